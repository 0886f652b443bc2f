/// "Down 36 pct" in one report and "a drop of 36 percentage points" in another: one number
/// given as a change, once in percent and once in points, is the classic slip of a change in a
/// rate, and the number itself is the sign the two are one change, as a shared word would be,
/// even when the reports word it apart. Only unhedged changes vouch so: "about 36 per cent" is
/// as often another rise that happens to share the number.
enum PercentAndPointsEvidence {
  /// Whether the group is two figures, one in percent and one in points, of one unhedged
  /// number, neither a level.
  static func vouches(_ members: [FigureProfile]) -> Bool {
    guard members.count == 2 else { return false }
    let (a, b) = (members[0].measure, members[1].measure)
    guard PairScore.isPercentAgainstPoints(a, b), !a.isHedged, !b.isHedged,
      a.shareRole != .level, b.shareRole != .level, let x = a.magnitude, x > 0
    else { return false }
    return x == b.magnitude
  }
}
