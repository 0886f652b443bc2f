import Foundation

/// schema.org `ClaimReview` JSON-LD (https://schema.org/ClaimReview, the fact-check markup search
/// engines read): a JSON array with one object per discrepancy that has a verdict. Discrepancies
/// without a verdict have not been reviewed yet and are left out, so a session with no verdicts
/// gives `[]`.
///
/// Each object:
/// - `@context` `https://schema.org`, `@type` `ClaimReview`, `@id`
///   `urn:crosscheck:<session>:<label>` and `identifier` the label (`D1`).
/// - `url`: the page the review is published on, the `report-url` setting (Google requires
///   it; without the setting it is left out and `export` warns).
/// - `claimReviewed`: the claim as published: each figure's sentence in quotation marks,
///   attributed to its outlet ("Bloomberg News: “… $300 billion …”"), several joined with
///   " vs " (the same sentence from the same outlet once).
/// - `itemReviewed`: a `Claim` whose `appearance` holds one `CreativeWork` per source the
///   figures come from, in the order the figures name them: `identifier` `urn:sha256:<SHA-256 of
///   the file>` (the exact text reviewed, as the annotations name it), and when known `url`,
///   `name` and `headline` from the title, `publisher` an `Organization` named after the outlet,
///   and `datePublished`. The claim's `datePublished` is the earliest of those dates. A source no
///   longer loaded has nothing to describe it and is left out.
/// - `reviewRating`: a `Rating` with the verdict's text as `alternateName` ("Scope difference",
///   see ``Verdict/text(_:)``) and, as `ratingExplanation`,
///   the verdict's meaning followed by the comparison's explanations. There is no numeric
///   `ratingValue`: verdicts say what kind of difference it is, not a score on a scale.
/// - `author`: a `Person` named after the report author; with none set, an `Organization` named
///   "CrossCheck user" (``defaultAuthor``), since ClaimReview consumers require an author.
/// - `datePublished`: the report's date; `name` and `headline`: the discrepancy's title (or
///   "D1: $300 billion vs €210bn", the figures as quoted, without one); `reviewBody`: the
///   notes, one paragraph each;
///   `keywords`: the tags. Empty values are left out rather than written empty.
///
/// Dates are written only in ISO 8601 date form (`2026-01-22`, `2026-01`, `2026`); a source date
/// in any other form is left out.
public enum ClaimReviewReport {
  /// The author named when the session sets none.
  public static let defaultAuthor = "CrossCheck user"

  public static func render(_ report: Report) throws -> String {
    try JSONLD.serialize(report.discrepancies.compactMap { review($0, in: report) })
  }

  static func review(_ discrepancy: Report.Discrepancy, in report: Report) -> [String: Any]? {
    guard let verdict = discrepancy.verdict else { return nil }
    let claim = claimReviewed(discrepancy, in: report)
    let title =
      discrepancy.title
      ?? "\(discrepancy.label): " + discrepancy.figures.map(\.text).joined(separator: " vs ")
    var review: [String: Any] = [
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      "@id": JSONLD.urn(report.sessionName, discrepancy.label),
      "identifier": discrepancy.label,
      "claimReviewed": claim,
      "itemReviewed": itemReviewed(discrepancy, in: report),
      "reviewRating": rating(verdict: verdict, discrepancy),
      "author": author(report.author),
      "datePublished": report.date,
      "name": title,
      "headline": title,
    ]
    if let url = report.url.flatMap(WebAddress.link) { review["url"] = url }
    if !discrepancy.notes.isEmpty {
      review["reviewBody"] = discrepancy.notes.map(\.text).joined(separator: "\n\n")
    }
    if !discrepancy.tags.isEmpty {
      review["keywords"] = discrepancy.tags
    }
    return review
  }

  /// Each figure's sentence as published, quoted and attributed to its outlet
  /// ("Bloomberg News: “…”"), joined with " vs "; a sentence quoted twice by one outlet once.
  static func claimReviewed(_ discrepancy: Report.Discrepancy, in report: Report) -> String {
    var claims: [String] = []
    for figure in discrepancy.figures {
      var sentence = figure.sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
        .trimmingCharacters(in: .whitespaces)
      if sentence.isEmpty {
        sentence = figure.text
      } else if figure.sourceChanged {
        // Quoted from the context recorded when it was flagged, not a whole sentence.
        sentence = "…" + sentence + "…"
      }
      var claim = "“" + sentence + "”"
      if let outlet = report.sources.first(where: { $0.id == figure.sourceID })?.outlet,
        !outlet.trimmingCharacters(in: .whitespaces).isEmpty
      {
        claim = outlet + ": " + claim
      }
      if !claims.contains(claim) { claims.append(claim) }
    }
    return claims.joined(separator: " vs ")
  }

  static func itemReviewed(_ discrepancy: Report.Discrepancy, in report: Report) -> [String: Any] {
    var seen: Set<String> = []
    var appearances: [[String: Any]] = []
    var dates: [String] = []
    for figure in discrepancy.figures where seen.insert(figure.sourceID).inserted {
      // A source no longer loaded has no metadata to describe it with.
      guard let source = report.sources.first(where: { $0.id == figure.sourceID }) else {
        continue
      }
      var work: [String: Any] = [
        "@type": "CreativeWork", "identifier": "urn:sha256:" + source.sha256,
      ]
      if let url = source.link { work["url"] = url }
      if let title = source.title, !title.isEmpty {
        work["name"] = title
        work["headline"] = title
      }
      if let outlet = source.outlet, !outlet.isEmpty {
        work["publisher"] = ["@type": "Organization", "name": outlet]
      }
      if let date = source.date, JSONLD.isISODate(date) {
        work["datePublished"] = date
        dates.append(date)
      }
      appearances.append(work)
    }
    var claim: [String: Any] = ["@type": "Claim", "appearance": appearances]
    // ISO 8601 dates sort as text ("2025" before "2025-12-03" before "2026-01-22").
    if let earliest = dates.min() { claim["datePublished"] = earliest }
    return claim
  }

  static func rating(verdict: String, _ discrepancy: Report.Discrepancy) -> [String: Any] {
    var rating: [String: Any] = ["@type": "Rating", "alternateName": Verdict.text(verdict)]
    let sentences = ([discrepancy.verdictMeaning].compactMap { $0 } + discrepancy.explanations)
      .filter { !$0.isEmpty }
      .map { text -> String in
        let capitalized = text.prefix(1).uppercased() + text.dropFirst()
        return capitalized.hasSuffix(".") ? capitalized : capitalized + "."
      }
    if !sentences.isEmpty { rating["ratingExplanation"] = sentences.joined(separator: " ") }
    return rating
  }

  static func author(_ name: String?) -> [String: Any] {
    guard let name, !name.isEmpty else {
      return ["@type": "Organization", "name": defaultAuthor]
    }
    return ["@type": "Person", "name": name]
  }
}

/// What the two JSON-LD formats share.
enum JSONLD {
  /// Pretty-printed with sorted keys and unescaped slashes and non-ASCII characters, ending in a
  /// newline: the same value always gives the same bytes. Embeddable in a page
  /// (``JSONText/embeddable(_:)``).
  static func serialize(_ value: Any) throws -> String {
    let data = try JSONSerialization.data(
      withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return JSONText.embeddable(String(decoding: data, as: UTF8.self)) + "\n"
  }

  /// `urn:crosscheck:` and the parts joined with ":", each percent-encoded except for ASCII
  /// letters, digits and `-._~`, so a ":" in a session name cannot be taken for a separator.
  static func urn(_ parts: String...) -> String {
    "urn:crosscheck:" + parts.map(encode).joined(separator: ":")
  }

  static func encode(_ part: String) -> String {
    part.addingPercentEncoding(withAllowedCharacters: urnSafe) ?? part
  }

  private static let urnSafe = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 calendar dates, as schema.org `Date` is read).
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
    guard parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
    guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
    let numbers = parts.map { Int($0)! }
    if numbers.count > 1 && !(1...12).contains(numbers[1]) { return false }
    if numbers.count > 2 && !(1...31).contains(numbers[2]) { return false }
    return true
  }
}
