import Foundation

/// Where an article is from, as its text shows: the country of its dateline and how many times
/// it names a place of each country in the gazetteer (``Vocabulary/placeCountries``) or a time
/// zone only that country keeps (``Vocabulary/timeZoneCountries``). Made once
/// per source, of its opening (``openingBytes``), whatever runs its text is extracted in.
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
      let lineEnd = Self.lineEnd(from: lineStart, before: lines.upperBound, in: bytes)
      if lineEnd > lineStart {
        // The dateline opens the story: the headline and a byline may come first. Only a line
        // that opens with three capitals is read as text.
        if datelineCountry == nil && linesRead < 5 && lineEnd - lineStart >= 3
          && (0..<3).allSatisfy({ Self.isCapital(bytes[lineStart + $0]) })
        {
          let head = UnsafeBufferPointer(
            rebasing: bytes[lineStart..<min(lineEnd, lineStart + Self.datelineBytes)])
          datelineCountry = Datelines.country(of: String(decoding: head, as: UTF8.self)[...])
        }
        linesRead += 1
        // A dateline says where the story is from: the places it names are not needed.
        if datelineCountry != nil { return }
        countPlaces(in: lineStart..<lineEnd, of: bytes)
      }
      lineStart = lineEnd + 1
    }
  }

  /// How much of an article's opening is tallied: its headline, dateline and first
  /// paragraphs, where a story says where it is from.
  static let openingBytes = 3_000

  /// How far into a line a dateline's dash may come.
  private static let datelineBytes = 120

  /// The article's home country, by the strongest evidence that says: its dateline's, which
  /// says where the story was filed; else its outlet's web address's, for an outlet writes "$"
  /// for its own dollar; else the country whose places its opening and its outlet's name name
  /// most often, at least twice and more often than any other. Nil when none says.
  func home(outlet: OutletHome) -> String? {
    if let datelineCountry { return datelineCountry }
    // Only a web country with a currency of its own to decide: a .co.uk outlet's "$" in a story
    // on Ontario says nothing of the pound, so its places decide.
    if let country = outlet.webCountry,
      Vocabulary.homeDollars[country] != nil || Vocabulary.currencyHomes.values.contains(country)
        || Vocabulary.homeNamedCurrencies.values.contains(where: { $0[country] != nil })
    {
      return country
    }
    var mentions = self.mentions
    for (country, count) in outlet.nameMentions { mentions[country, default: 0] += count }
    let ranked = mentions.sorted { $0.value > $1.value }
    guard let top = ranked.first, top.value >= 2 else { return nil }
    if ranked.count > 1 && ranked[1].value == top.value { return nil }
    return top.key
  }

  /// How many places of each country a name ("The Winnipeg Ledger") names.
  static func mentions(inName name: String) -> [String: Int] {
    var tally = PlaceTally()
    var name = name
    name.withUTF8 { tally.countPlaces(in: 0..<$0.count, of: $0) }
    return tally.mentions
  }

  /// What a single word is to the gazetteer: a place's country, and whether a longer name
  /// starts with it ("new" of "new south wales").
  private struct PlaceWord: Sendable {
    var country: String?
    var startsLongerName = false
  }

  /// The gazetteer's words, looked up from a word's bytes with no String made.
  private static let placeWords: PackedWordTable<PlaceWord> = {
    // Split at the ASCII space's byte, not by Characters: this is made at every start.
    var words: [String: PlaceWord] = [:]
    words.reserveCapacity(Vocabulary.placeCountries.count)
    for (name, country) in Vocabulary.placeCountries {
      if let space = name.utf8.firstIndex(of: UInt8(ascii: " ")) {
        words[String(name[..<space]), default: PlaceWord()].startsLongerName = true
      } else {
        words[name, default: PlaceWord()].country = country
      }
    }
    // "4.52pm NZST": a time zone of one country names it as a place does.
    for (zone, country) in Vocabulary.timeZoneCountries where words[zone.lowercased()] == nil {
      words[zone.lowercased(), default: PlaceWord()].country = country
    }
    return PackedWordTable(words)
  }()

  /// Counts the gazetteer's places named in the line: capitalized words, the longest name
  /// first ("New South Wales" before "Wales").
  private mutating func countPlaces(in line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) {
    var index = Self.nextCapital(from: line.lowerBound, before: line.upperBound, in: bytes)
    while index < line.upperBound {
      // Only a capital that starts a word can start a place's name.
      guard index == line.lowerBound || !Self.isLetter(bytes[index - 1]) else {
        index = Self.nextCapital(from: index + 1, before: line.upperBound, in: bytes)
        continue
      }
      let word = Self.word(startingAt: index, before: line.upperBound, in: bytes)
      index = word.upperBound
      if case .found(let place) = Self.placeWords.probe(
        bytes, word.lowerBound, Self.withoutFinalDots(word, in: bytes))
      {
        if place.startsLongerName,
          let longer = Self.longerName(after: word, before: line.upperBound, in: bytes)
        {
          mentions[longer.country, default: 0] += 1
          index = longer.end
        } else if let country = place.country {
          mentions[country, default: 0] += 1
        }
      }
      index = Self.nextCapital(from: index, before: line.upperBound, in: bytes)
    }
  }

  /// Where the line starting at `start` ends: its line feed, or `limit`, found by the C
  /// library's search, which reads many bytes at a time.
  private static func lineEnd(
    from start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    guard start < limit, let base = bytes.baseAddress,
      let found = memchr(base + start, 0x0A, limit - start)
    else { return limit }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  /// Where the first capital letter at or after `start` is, or `limit`: eight bytes at a time
  /// (a capital is one byte in thirty of an article's text), each byte's high bit set in a
  /// mask when it lies between "A" and "Z" (Bit Twiddling Hacks' "hasbetween", which is exact
  /// for every byte: no sum carries into the next byte, and bytes from 0x80 up never match).
  private static func nextCapital(
    from start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    guard let base = bytes.baseAddress else { return limit }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let lowSeven = ones &* 0x7F
    var index = start
    while index + 8 <= limit {
      let chunk = UInt64(
        littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let low = chunk & lowSeven
      // High bit of a byte: below "[" (0x5B), not above 0x7F, above "@" (0x40).
      let capitals =
        (ones &* (0x7F + 0x5B) &- low) & ~chunk & (low &+ ones &* (0x7F - 0x40)) & (ones &* 0x80)
      if capitals != 0 { return index + capitals.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < limit && !isCapital(bytes[index]) { index += 1 }
    return index
  }

  /// The gazetteer's name of two or three capitalized words starting with `word`, the longest
  /// first, and where it ends.
  private static func longerName(
    after word: Range<Int>, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (country: String, end: Int)? {
    var name = lowered(word, in: bytes)
    var end = word.upperBound
    var found: (country: String, end: Int)?
    for _ in 0..<3 {
      guard end + 1 < limit, bytes[end] == 0x20, isLetter(bytes[end + 1]) else { break }
      let next = self.word(startingAt: end + 1, before: limit, in: bytes)
      // Inside a name only a short particle is lower-case ("Dar es Salaam", "Rio de Janeiro").
      guard isCapital(bytes[end + 1]) || next.count <= 3 else { break }
      name += " " + lowered(next, in: bytes)
      end = next.upperBound
      if let country = Vocabulary.placeCountries[name] { found = (country, end) }
    }
    return found
  }

  /// The ASCII word starting at `start`: letters, and dots between or after them ("U.S.").
  private static func word(
    startingAt start: Int, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int> {
    var end = start + 1
    while end < limit && (isLetter(bytes[end]) || bytes[end] == 0x2E) { end += 1 }
    return start..<end
  }

  /// Where the word ends without its final dots ("B.C." is "B.C").
  private static func withoutFinalDots(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    var end = word.upperBound
    while end > word.lowerBound + 1 && bytes[end - 1] == 0x2E { end -= 1 }
    return end
  }

  /// The word lower-cased, without its final dots.
  private static func lowered(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let end = withoutFinalDots(word, in: bytes)
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[word.lowerBound..<end]).lazy.map {
        isCapital($0) ? $0 + 0x20 : $0
      }, as: UTF8.self)
  }

  private static func isCapital(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }

  private static func isLetter(_ byte: UInt8) -> Bool {
    isCapital(byte) || (0x61...0x7A).contains(byte)
  }
}
