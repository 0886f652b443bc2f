/// "€352,400" in one report and "€352,000" in another of the same story; "8,412" in two: a
/// value of three or more significant digits is specific, and two reports of one story seldom
/// meet it, or its rounding to another specific value, by chance. (A rounding to a round
/// value, "14%" for 14.2%, meets a tenth of all values near it: no sign at all.) Such a pair is one figure reported twice, however
/// little the words around the two share (a figure said far from its subject, in another
/// house's phrasing), unless a rule says they measure different things.
enum SpecificValueMatch {
  /// How alike such a pair is at least: enough to be offered on its own.
  static let sameness = 0.5
  /// The fewest significant digits that make a value specific ("8,412", "€352,400", "43.9").
  static let leastDigits = 3

  /// Whether two figures of different sources on one story (``PairScore/storySimilarity``
  /// at its full 1) are one value in one unit, or one is the other rounded to its last
  /// significant digit, and both are specific.
  @inline(__always)
  static func areOne(_ a: Measure, _ b: Measure, sameSource: Bool, story: Double) -> Bool {
    // (A range or a bound has its first number's precision: "between 1,250 and 1,350" meets
    // 1,300.)
    guard !sameSource, story >= 1, areInOneUnit(a, b),
      min(a.significantDigits, b.significantDigits) >= leastDigits,
      let (x, y) = Measure.magnitudes(a, b)
    else { return false }
    return Measure.areWithinRounding(a, b, x, y)
  }

  /// Whether two measures are written in one unit and currency, as a matched value must be: a
  /// count may leave its noun unsaid ("an extra 264,000" for 263,661 people); a tally's counts
  /// ("31 votes to 4") have no one written precision.
  static func areInOneUnit(_ a: Measure, _ b: Measure) -> Bool {
    a.currency == b.currency && a.dimension != .tally
      && (a.unitFamily == b.unitFamily
        || (a.dimension == .count && (a.unitFamily == nil || b.unitFamily == nil)))
  }
}
