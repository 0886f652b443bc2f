/// Where an article is from, as its text shows: the country of its dateline and how many times
/// it names a place of each country in the gazetteer (``Vocabulary/placeCountries``). Made for
/// each run of lines that holds a bare "$" and added up over the article.
struct PlaceTally: Sendable {
  /// The country of the first dateline found.
  private(set) var datelineCountry: String?
  /// How many times places of each country are named.
  private(set) var mentions: [String: Int] = [:]

  init() {}

  /// The tally of the whole lines `lines` of `bytes`: a dateline among their first lines, and
  /// the capitalized place names of every line.
  init(lines: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) {
    var lineStart = lines.lowerBound
    var linesRead = 0
    while lineStart < lines.upperBound {
      var lineEnd = lineStart
      while lineEnd < lines.upperBound && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if lineEnd > lineStart {
        // The dateline opens the story: the headline and a byline may come first.
        if datelineCountry == nil && linesRead < 5 {
          let line = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
          datelineCountry = Datelines.country(of: line[...])
        }
        linesRead += 1
        countPlaces(in: lineStart..<lineEnd, of: bytes)
      }
      lineStart = lineEnd + 1
    }
  }

  /// Adds the tally of a later run of the same article.
  mutating func add(_ other: PlaceTally) {
    if datelineCountry == nil { datelineCountry = other.datelineCountry }
    for (country, count) in other.mentions { mentions[country, default: 0] += count }
  }

  /// The article's home country: its dateline's, else the country it names places of most
  /// often, at least twice and more often than any other; nil when neither says.
  var home: String? {
    if let datelineCountry { return datelineCountry }
    let ranked = mentions.sorted { $0.value > $1.value }
    guard let top = ranked.first, top.value >= 2 else { return nil }
    if ranked.count > 1 && ranked[1].value == top.value { return nil }
    return top.key
  }

  /// Counts the gazetteer's places named in the line: capitalized words, the longest name
  /// first ("New South Wales" before "Wales").
  private mutating func countPlaces(in line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) {
    var index = line.lowerBound
    while index < line.upperBound {
      guard let word = Self.word(startingAt: index, before: line.upperBound, in: bytes) else {
        index += 1
        continue
      }
      defer { index = max(word.upperBound, index + 1) }
      guard (0x41...0x5A).contains(bytes[word.lowerBound]) else { continue }
      var name = Self.lowered(word, in: bytes)
      var found: (country: String, end: Int)?
      if Vocabulary.placeFirstWords.contains(name) {
        var end = word.upperBound
        for _ in 0..<2 {
          guard end + 1 < line.upperBound, bytes[end] == 0x20,
            let next = Self.word(startingAt: end + 1, before: line.upperBound, in: bytes),
            (0x41...0x5A).contains(bytes[next.lowerBound])
          else { break }
          name += " " + Self.lowered(next, in: bytes)
          end = next.upperBound
          if let country = Vocabulary.placeCountries[Self.withoutFinalDot(name)] {
            found = (country, end)
          }
        }
      }
      if found == nil, let country = Vocabulary.placeCountries[Self.lowered(word, in: bytes)] {
        found = (country, word.upperBound)
      }
      if let found {
        mentions[found.country, default: 0] += 1
        index = found.end
      }
    }
  }

  /// The ASCII word starting at `start` (letters, and dots between or after them: "U.S."),
  /// when a word starts there and not inside one.
  private static func word(
    startingAt start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int>? {
    guard isLetter(bytes[start]), start == 0 || !isLetter(bytes[start - 1]) else { return nil }
    var end = start + 1
    while end < limit && (isLetter(bytes[end]) || bytes[end] == 0x2E) { end += 1 }
    return start..<end
  }

  /// The word lower-cased, without its final dots.
  private static func lowered(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    var end = word.upperBound
    while end > word.lowerBound + 1 && bytes[end - 1] == 0x2E { end -= 1 }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[word.lowerBound..<end]).lazy.map {
        (0x41...0x5A).contains($0) ? $0 + 0x20 : $0
      }, as: UTF8.self)
  }

  private static func withoutFinalDot(_ name: String) -> String {
    var name = name
    while name.hasSuffix(".") { name.removeLast() }
    return name
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }
}
