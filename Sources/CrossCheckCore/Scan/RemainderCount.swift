/// "180 have been identified while 95 are yet to be identified", "with 175 bodies yet to be
/// identified": a count of those still waiting for what the story counts is the remainder,
/// the complement of those already done, never the same measure as a count of the done ones.
/// Two remainders ("175 yet to be identified", "about 170 yet to be identified") still meet.
enum RemainderCount {
  /// How many words after the figure, in its clause, the adverb may come ("95 more are yet
  /// to be identified").
  static let reach = 5

  /// A remainder and a count of the done ones score this much of their sameness.
  static let factor = 0.5

  /// Whether the figure's clause says, after it, that what it counts is yet to happen.
  /// `last` is the figure's last token.
  static func isRemainder(last: Int, in tokens: [FigureProfiler.Token]) -> Bool {
    guard last >= 0, last < tokens.count else { return false }
    let clause = tokens[last].clause
    var index = last + 1
    while index < tokens.count, index - last <= reach, tokens[index].clause == clause {
      if tokens[index].marks.contains(.remainder) { return true }
      index += 1
    }
    return false
  }

  /// A remainder against a count that is none.
  @inline(__always)
  static func areComplements(_ a: Measure, _ b: Measure) -> Bool {
    a.dimension == .count && a.isRemainder != b.isRemainder
  }
}
