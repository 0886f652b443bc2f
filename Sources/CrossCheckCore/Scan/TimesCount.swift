/// A figure in `times` counts occurrences ("three times before", "twice") or multiplies
/// ("doubled", "more than double", "twice as many"): it is no count of things. Against "eight
/// people", "two buildings" or "10 bodies" it never measures the same thing, and the two never
/// pair. It still meets another `times` figure of its sort (a factor another factor, a count of
/// occurrences another), and a count of occurrences meets an occurrence's
/// place ("three times before", "the fourth time": a classic confusion); a factor meets no
/// ordinal ("more than doubled", "the second").
enum TimesCount {
  /// Whether the figure is written in `times`, and whether it is a factor.
  static func reading(_ figure: Figure) -> (isTimes: Bool, isFactor: Bool) {
    // Most counts are read here: only a unit of five letters is lowercased to be compared.
    guard figure.kind == .count,
      figure.unit.map({ $0.utf8.count == 5 && $0.lowercased() == "times" }) ?? false
    else { return (false, false) }
    let text = figure.text.lowercased()
    return (true, ScanVocabulary.multiplierStems.contains { text.contains($0) })
  }

  /// A `times` figure against a count that is neither in `times` nor an occurrence's place,
  /// or a factor against a count of occurrences ("doubled their lead" against "scored twice").
  @inline(__always)
  static func isTimesAgainstCount(_ a: Measure, _ b: Measure) -> Bool {
    guard a.dimension == .count else { return false }
    if a.isTimes && b.isTimes { return a.isFactor != b.isFactor }
    guard a.isTimes != b.isTimes else { return false }
    let (times, other) = a.isTimes ? (a, b) : (b, a)
    if other.isOrdinal { return times.isFactor }
    return !(other.unitFamily.map(ScanVocabulary.timesUnits.contains) ?? false)
  }
}
