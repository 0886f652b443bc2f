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

  static func stem(_ word: String) -> String {
    var word = word.lowercased()
    if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2) }
    if let known = irregular[word] { return known }
    guard word.count > 3 else { return word }
    for suffix in [
      "ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "es", "ed", "s",
    ] {
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
