/// "Dropped by 13 percentage points" and "a drop of twelve and a half percent": a change in
/// points and a near value in percent that is no level are the classic slip of writing points
/// as percent, one change said twice, not a level against a change.
enum PointsWrittenAsPercent {
  /// The widest ratio between the two values (the larger over the smaller).
  static let widestRatio = 1.1

  static func isSlip(_ a: Measure, _ b: Measure) -> Bool {
    guard PairScore.isPercentAgainstPoints(a, b), a.shareRole != .level, b.shareRole != .level,
      let x = a.magnitude, let y = b.magnitude, x > 0, y > 0
    else { return false }
    return max(x, y) / min(x, y) <= widestRatio
  }
}
