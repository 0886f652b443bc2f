/// A light English stemmer for matching subjects: "visits" and "visit", "frozen" and "freeze",
/// "meetings" and "met" share a stem. Deliberately simple: suffix stripping plus a few irregular
/// forms common in news; it only needs to make the same word forms meet.
enum Stemmer {
  private static let irregular: [String: String] = [
    "met": "meet", "meeting": "meet", "meetings": "meet", "frozen": "freez", "froze": "freez",
    "people": "person", "children": "child", "men": "man", "women": "woman", "held": "hold",
    "holding": "hold", "holdings": "hold", "lives": "life", "told": "tell", "said": "say",
    "paid": "pay", "spent": "spend", "won": "win", "lost": "lose", "losses": "loss",
    "countries": "countri", "visited": "visit", "u.s": "us", "us": "us",
    // Words for the same kind of event meet on one stem, so "four hours of negotiations" and
    // "a five-hour summit" can be compared.
    "talks": "meet", "talk": "meet", "summit": "meet", "summits": "meet", "negotiations": "meet",
    "negotiation": "meet", "session": "meet", "sessions": "meet",
  ]

  private static let suffixes = [
    "ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "es", "ed", "s",
  ]

  /// Irregular forms by their bytes, so that an ASCII word is looked up without a String.
  private static let packedIrregular = PackedWordTable(irregular)

  static func stem(_ word: String) -> String {
    var word = word
    if let stem = word.withUTF8({ asciiStem($0, 0, $0.count) }) { return stem }
    return unicodeStem(word)
  }

  /// Whether the word in `bytes[start..<end]` is all ASCII, with no carriage return (which
  /// would join a line break into one character, no word's byte): a character is a byte.
  static func isASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    for index in start..<end where bytes[index] >= 0x80 || bytes[index] == 0x0D { return false }
    return true
  }

  /// The stem of the word in `bytes[start..<end]`, if it is ASCII (nearly every subject word),
  /// or ASCII with a closing "’s" ("Russia’s"): worked out on the bytes, where a character is a
  /// byte, and the stem made as a String once. Nil for any other word: ``stem(_:)`` then takes
  /// the Unicode way.
  static func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
    var end = end
    var possessive = false
    if !isASCIIWord(bytes, start, end) {
      // The rules take "’s" off first, as "'s", and only once; what is left is ASCII here.
      guard end - start >= 4, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80,
        bytes[end - 2] == 0x99, bytes[end - 1] | 0x20 == 0x73, isASCIIWord(bytes, start, end - 4)
      else { return nil }
      end -= 4
      possessive = true
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, end - start + 1)) {
      buffer in
      var count = 0
      for index in start..<end {
        let byte = bytes[index]
        buffer[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        count += 1
      }
      return asciiStem(lowered: buffer, count: count, possessiveTaken: possessive)
    }
  }

  /// The ASCII rules of ``unicodeStem(_:)`` over the lower-cased word in `word[0..<count]`,
  /// which they shorten in place (and lengthen by at most one byte, for which there is room);
  /// `possessiveTaken` when a closing "’s" is already off. Suffixes are compared as static
  /// strings: no array is made for a word.
  private static func asciiStem(
    lowered word: UnsafeMutableBufferPointer<UInt8>, count: Int, possessiveTaken: Bool
  ) -> String {
    var count = count
    if !possessiveTaken && ends(word, count, "'s") { count -= 2 }
    if count > 0,
      case .found(let known) = packedIrregular.probe(UnsafeBufferPointer(word), 0, count)
    {
      return known
    }
    guard count > 3 else { return string(word, count) }
    let last = word[count - 1]
    // ``suffixes`` in their order, each tried where it fits ("s" last); most words end in a
    // letter no suffix ends in.
    for suffix in asciiSuffixes
    where suffix.utf8Start[suffix.utf8CodeUnitCount - 1] == last && ends(word, count, suffix)
      && count - suffix.utf8CodeUnitCount >= 3
    {
      let length = suffix.utf8CodeUnitCount
      if length == 1 {
        if ends(word, count, "ss") || ends(word, count, "us") || ends(word, count, "is") { break }
      } else if length == 2 && ends(word, count, "es") {
        if !(ends(word, count, "ses") || ends(word, count, "xes") || ends(word, count, "ches")
          || ends(word, count, "shes"))
        {
          return trimDouble(word, count - 1)  // only the "s" goes
        }
      }
      count -= length
      if length == 3 && word[count] == 0x69 && word[count + 1] == 0x65 {  // "ies", "ied"
        word[count] = 0x69
        count += 1
      }
      return trimDouble(word, count)
    }
    if count > 4 && last == 0x65 { count -= 1 }
    return string(word, count)
  }

  private static func ends(
    _ word: UnsafeMutableBufferPointer<UInt8>, _ count: Int, _ tail: StaticString
  ) -> Bool {
    let length = tail.utf8CodeUnitCount
    guard count >= length else { return false }
    let tailBytes = tail.utf8Start
    for offset in 0..<length where word[count - length + offset] != tailBytes[offset] {
      return false
    }
    return true
  }

  private static func string(_ word: UnsafeMutableBufferPointer<UInt8>, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: word[0..<count]), as: UTF8.self)
  }

  /// A doubled final consonant (not l, s, z) goes, or else a final "e" after four letters.
  private static func trimDouble(_ word: UnsafeMutableBufferPointer<UInt8>, _ count: Int)
    -> String
  {
    var count = count
    if count > 3, word[count - 1] == word[count - 2],
      word[count - 1] != 0x6C, word[count - 1] != 0x73, word[count - 1] != 0x7A
    {
      count -= 1
    } else if count > 4 && word[count - 1] == 0x65 {
      count -= 1
    }
    return string(word, count)
  }

  /// ``suffixes`` as static strings.
  private static let asciiSuffixes: [StaticString] = [
    "ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "es", "ed", "s",
  ]

  /// The rules on Characters: for words of other scripts, and the plain form the ASCII way
  /// must agree with.
  static func unicodeStem(_ word: String) -> String {
    var word = word.lowercased()
    if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2) }
    if let known = irregular[word] { return known }
    guard word.count > 3 else { return word }
    for suffix in suffixes {
      if word.hasSuffix(suffix), word.count - suffix.count >= 3 {
        if suffix == "s" && (word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is")) {
          continue
        }
        if suffix == "es"
          && !(word.hasSuffix("ses") || word.hasSuffix("xes") || word.hasSuffix("ches")
            || word.hasSuffix("shes"))
        {
          word.removeLast(1)
          return trimDouble(word)
        }
        word.removeLast(suffix.count)
        if suffix == "ies" || suffix == "ied" { word += "i" }
        return trimDouble(word)
      }
    }
    if word.hasSuffix("e") && word.count > 4 { word.removeLast() }
    return word
  }

  private static func trimDouble(_ word: String) -> String {
    guard word.count > 3, let last = word.last, word.dropLast().last == last, !"lsz".contains(last)
    else {
      return word.hasSuffix("e") && word.count > 4 ? String(word.dropLast()) : word
    }
    return String(word.dropLast())
  }
}
