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

  static func stem(_ word: String) -> String {
    if let stem = asciiStem(word) { return stem }
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

  /// The same rules over the bytes of an ASCII word (nearly every subject word), where a
  /// character is a byte: no Unicode comparisons. Nil for any other word.
  private static func asciiStem(_ word: String) -> String? {
    var bytes = Array(word.utf8)
    // A carriage return would join a line break into one character: not a word's byte.
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
    for index in bytes.indices where bytes[index] &- 0x41 < 26 { bytes[index] |= 0x20 }
    func ends(_ suffix: String) -> Bool {
      let tail = suffix.utf8
      return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
    }
    if ends("'s") { bytes.removeLast(2) }
    let lowered = String(decoding: bytes, as: UTF8.self)
    if let known = irregular[lowered] { return known }
    guard bytes.count > 3 else { return lowered }
    for suffix in suffixes where ends(suffix) && bytes.count - suffix.utf8.count >= 3 {
      if suffix == "s" && (ends("ss") || ends("us") || ends("is")) { continue }
      if suffix == "es" && !(ends("ses") || ends("xes") || ends("ches") || ends("shes")) {
        bytes.removeLast(1)
        return asciiTrimDouble(bytes)
      }
      bytes.removeLast(suffix.utf8.count)
      if suffix == "ies" || suffix == "ied" { bytes.append(0x69) }
      return asciiTrimDouble(bytes)
    }
    if ends("e") && bytes.count > 4 { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func asciiTrimDouble(_ bytes: [UInt8]) -> String {
    var bytes = bytes
    let count = bytes.count
    if count > 3, bytes[count - 1] == bytes[count - 2],
      bytes[count - 1] != 0x6C, bytes[count - 1] != 0x73, bytes[count - 1] != 0x7A
    {
      bytes.removeLast()
    } else if bytes.last == 0x65 && count > 4 {
      bytes.removeLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func trimDouble(_ word: String) -> String {
    guard word.count > 3, let last = word.last, word.dropLast().last == last, !"lsz".contains(last)
    else {
      return word.hasSuffix("e") && word.count > 4 ? String(word.dropLast()) : word
    }
    return String(word.dropLast())
  }
}
