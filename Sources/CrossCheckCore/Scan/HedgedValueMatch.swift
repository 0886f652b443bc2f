/// "Rs 1,870 crore" in one report and "close to Rs 1,900 crore" in another of the same story;
/// "39.8" and "almost 40"; "$3,860" and "about $3,900": a specific value (``SpecificValueMatch``)
/// and another report's hedged number whose reach (``HedgeReach``) takes it in are one figure,
/// rounded and hedged by a second writer. Two reports of one story seldom meet a specific value
/// within a hedge's reach by chance, so such a pair is offered however little the words around
/// the two share, unless a rule says they measure different things.
enum HedgedValueMatch {
  /// How alike such a pair is at least: enough to be offered on its own, a little below a
  /// specific value met exactly, as a hedge reaches further than a rounding.
  static let sameness = 0.45
  /// The fewest significant digits of the hedged number ("close to Rs 1,900 crore").
  static let leastHedgedDigits = 2

  /// Whether `a` and `b`, of different sources on one story (``PairScore/storySimilarity``
  /// at its full 1), values close or equal (`relation`), are one exact specific value and a
  /// hedge that admits it, in one unit.
  static func areOne(
    _ a: FigureProfile, _ b: FigureProfile, relation: PairScore.ValueRelation, story: Double
  ) -> Bool {
    // Within a few percent (``PairScore/valueRelation(_:_:)``): "about" reaches further
    // when it explains a difference than when it vouches for one figure.
    guard relation == .close || relation == .equal,
      a.source != b.source, story >= 1, a.measure.isHedged != b.measure.isHedged,
      SpecificValueMatch.areInOneUnit(a.measure, b.measure),
      // A story's temperatures (or magnitudes) crowd a narrow band: no digit there is specific.
      a.measure.dimension != .temperature, a.measure.dimension != .magnitude
    else { return false }
    let (exact, hedged) = a.measure.isHedged ? (b, a) : (a, b)
    // A range or a bound is hedged too; the exact side is a plain value of specific digits,
    // and the hedged side no value of one digit, which takes in too much ("about 50%").
    guard exact.figure.value != nil,
      exact.measure.significantDigits >= SpecificValueMatch.leastDigits,
      hedged.measure.significantDigits >= leastHedgedDigits
    else { return false }
    return HedgeReach.isHedgeAgainstExact(ScanReasons.Member(a), ScanReasons.Member(b))
  }
}
