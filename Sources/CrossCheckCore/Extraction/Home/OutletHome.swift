import Foundation

/// Where a source's outlet is from, as its metadata shows: the country of its web address's
/// host (".ca", ".com.au", ".co.nz"), strong evidence, for an outlet writes "$" for its own
/// country's dollar; and the places its name names ("The Winnipeg Ledger"), weak evidence,
/// counted with the places of the story's opening (``PlaceTally``). Metadata is whatever the
/// sidecar held: an address that does not parse, or whose host is no country's, says nothing.
struct OutletHome: Sendable, Equatable {
  /// The country (ISO 3166) of the web address's host, when the gazetteer knows the country.
  let webCountry: String?
  /// The countries whose places the outlet's name names, each counted once: weak evidence,
  /// which never makes a home on its own (``PlaceTally`` needs two mentions).
  let nameMentions: [String: Int]

  init(webCountry: String? = nil, nameMentions: [String: Int] = [:]) {
    self.webCountry = webCountry
    self.nameMentions = nameMentions
  }

  init(metadata: SourceMetadata) {
    self.init(
      webCountry: metadata.url.flatMap(Self.country(ofWebAddress:)),
      nameMentions: (metadata.outlet.map(PlaceTally.mentions(inName:)) ?? [:]).mapValues { _ in 1 })
  }

  /// The longest web address read: a sidecar may hold anything.
  private static let longestAddress = 2_048

  /// The country of a web address's host, by its last label, a country code top-level domain
  /// ("www.example.com.au" is AU); nil for an address with no host, a generic domain (".com"),
  /// an IP address, or a country the gazetteer does not know (".io" and ".tv" are sold to
  /// anyone).
  static func country(ofWebAddress address: String) -> String? {
    guard address.utf8.count <= longestAddress,
      let host = URLComponents(string: address)?.host?.lowercased()
    else { return nil }
    // "example.ca." is written with the root's dot.
    let labels = host.split(separator: ".")
    guard labels.count >= 2, let last = labels.last, last.utf8.count == 2,
      last.utf8.allSatisfy({ (0x61...0x7A).contains($0) })
    else { return nil }
    let code = Vocabulary.domainCountries[String(last)] ?? last.uppercased()
    return knownCountries.contains(code) ? code : nil
  }

  /// The countries the gazetteer has places of, and those with their own dollar.
  private static let knownCountries = Set(Vocabulary.placeCountries.values)
    .union(Vocabulary.homeDollars.keys)
}
