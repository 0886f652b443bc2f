/// Restricted Damerau–Levenshtein distance (insertions, deletions, substitutions and swaps of
/// two neighbours), with an early exit once the distance must exceed a limit.
public enum DamerauLevenshtein {
  /// The distance between `a` and `b`, or nil when it is more than `limit`.
  public static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int)
    -> Int?
  {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    var before = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      swap(&before, &previous)
      swap(&previous, &current)
    }
    let result = previous[b.count]
    return result <= limit ? result : nil
  }
}
