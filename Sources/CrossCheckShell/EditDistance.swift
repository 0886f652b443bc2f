import CrossCheckCore

/// Suggestions for mistyped names ("compre" → "compare"), by Damerau–Levenshtein distance.
enum EditDistance {
  /// The closest of `candidates` to `word`, if it is close enough to be what was meant.
  static func suggestion(for word: String, among candidates: [String]) -> String? {
    // A singular for a plural ("discrepancy" for "discrepancies") is further apart in letters
    // than a typo, but plainly meant.
    if let plural = candidates.first(where: { isPlural($0, of: word.lowercased()) }) {
      return plural
    }
    let limit = max(1, min(2, word.count / 3))
    // A word longer than every candidate by more than the limit is none of them, nor a prefix
    // of one: a megabyte "command" from a hostile script is not compared letter by letter.
    guard word.count <= (candidates.map(\.count).max() ?? 0) + limit else { return nil }
    let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else {
      return candidates.first { $0.hasPrefix(word.lowercased()) && word.count >= 2 }
    }
    return best.0
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    return DamerauLevenshtein.distance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
  }

  /// Whether `candidate` is the English plural of `word`: +s, +es, or y → ies.
  static func isPlural(_ candidate: String, of word: String) -> Bool {
    guard word.count >= 3 else { return false }
    if candidate == word + "s" || candidate == word + "es" { return true }
    return word.hasSuffix("y") && candidate == word.dropLast() + "ies"
  }
}
