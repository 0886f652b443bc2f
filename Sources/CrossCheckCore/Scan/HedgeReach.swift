/// How far a hedged figure reaches. A writer who rounds an exact value and hedges it ("more than
/// 14,000" for 14,212, "nearly an hour" for 58 minutes, "at least six" for six) keeps the exact
/// value within one step of the hedged number's last digit, on the side the hedge names: "more
/// than 70,000" stands for up to 80,000, "just over 743,300" for no more than 743,400, "fewer
/// than 11,000" for down to 10,000; "about" reaches half a step (or a few percent) either side,
/// a range its two ends. An exact value within that reach differs from the hedged one by its
/// hedge, not by its facts; one beyond it ("more than 380" against 398) is a different value.
enum HedgeReach {
  /// The widest reach of a hedge, as a share of its number.
  static let maximumShare = 0.25

  /// Whether the exact `other` lies within the reach of the hedged `hedged`, once in one unit
  /// (`written` is the hedged figure's magnitude, `other` the other's). Word fractions ("about a
  /// fifth") have a step of their own and are left to rounding.
  static func admits(_ hedged: ScanReasons.Member, written: Double, other: Double) -> Bool {
    guard hedged.measure.isHedged, !hedged.measure.isWordFraction, written != 0 else {
      return false
    }
    let figure = hedged.figure
    let tolerance = 1e-9 * max(abs(written), abs(other))
    guard let value = figure.value?.doubleValue, value != 0 else {
      // A range: the other value, read in the range's own unit, lies between its ends.
      guard let low = figure.low?.doubleValue, let high = figure.high?.doubleValue else {
        return false
      }
      let inOwnUnit = other * (low + high) / 2 / written
      return inOwnUnit >= min(low, high) * (1 - 1e-9) && inOwnUnit <= max(low, high) * (1 + 1e-9)
    }
    // One step of the last written digit, in the unit of the magnitudes compared; a number
    // of one significant figure ("more than 1,000", "about 100") reaches no further than a
    // share of itself: 1,900 is no "more than 1,000" a checker would let pass, 146 no "about
    // 100". Below ten, a step of one is the writer's natural reach ("at least six" for seven).
    let place = Measure.place(of: abs(value))
    let reach = abs(value) < 10 ? place : min(place, maximumShare * abs(value))
    let step = abs(written) * reach / abs(value)
    switch figure.qualifier {
    case .approx:
      return abs(other - written) <= max(step / 2, ScanReasons.roundingShare * abs(written))
        + tolerance
    case .atLeast, .moreThan:
      return other >= written - tolerance && other <= written + step + tolerance
    case .atMost, .lessThan:
      return other <= written + tolerance && other >= written - step - tolerance
    case nil:
      return false
    }
  }

  /// One figure hedged and the other not ("over 430" against 435; "at least six" against
  /// six), the exact value within the hedge's reach: the hedge is the difference to check. A
  /// word fraction ("one in three") is a rounding in itself, no exact value, and a vague amount
  /// ("hundreds") no hedge.
  static func isHedgeAgainstExact(_ a: ScanReasons.Member, _ b: ScanReasons.Member) -> Bool {
    guard a.measure.isHedged != b.measure.isHedged,
      !a.measure.isWordFraction, !b.measure.isWordFraction,
      // "Hundreds" lies near any value of its order of magnitude: no hedge of one of them.
      !VagueAmount.isVague(a.figure), !VagueAmount.isVague(b.figure),
      let (x, y) = Measure.magnitudes(a.measure, b.measure)
    else { return false }
    return a.measure.isHedged ? admits(a, written: x, other: y) : admits(b, written: y, other: x)
  }
}
