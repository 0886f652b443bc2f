/// Suggestions for mistyped names ("compre" → "compare"), by Damerau–Levenshtein distance.
enum EditDistance {
  /// The closest of `candidates` to `word`, if it is close enough to be what was meant.
  static func suggestion(for word: String, among candidates: [String]) -> String? {
    let limit = max(1, min(2, word.count / 3))
    let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else {
      return candidates.first { $0.hasPrefix(word.lowercased()) && word.count >= 2 }
    }
    return best.0
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
