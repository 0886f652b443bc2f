/// "About 40km north-east of Athens" in one report and "about 25 miles from the capital" in
/// another: one value written in two systems of units, agreeing once converted, is the classic
/// way two reports give one quantity (a converted distance, area or temperature), so such a
/// pair is raised as a count and an ordinal one apart are. So is one value given with two of a
/// unit's prefixes ("3.1 GW" and "3,100 megawatts", "1,940 GWh" and "1.94 terawatt hours"). Within one article a conversion
/// ("112.6 degrees (44.8 Celsius)") only repeats the value, and is left alone.
enum ConvertedValue {
  /// How much a converted value is raised.
  static let agreementFactor = 1.2

  /// Whether a dimension's units come in systems or prefixes a reporter converts between (a
  /// switch, not a set: this is asked of every pair of close values).
  static func isConverted(_ dimension: MeasureDimension) -> Bool {
    switch dimension {
    case .length, .area, .mass, .volume, .temperature, .speed, .energy, .power, .data, .dataRate:
      true
    default: false
    }
  }

  /// `agreementFactor` for two physical quantities of two articles in different units whose
  /// values agree (equal or close once in one unit) and whose clauses share a word or their
  /// sentences a name (`context` is their clauses' cosine), 1 otherwise: a heatwave's
  /// temperatures meet in two units by chance ("used to 45 degrees", "the city's record of
  /// 112.6 degrees"), and a value alone is nothing a checker could judge. A bare "degrees"
  /// names no unit.
  static func factor(
    _ x: FigureProfile, _ y: FigureProfile, relation: PairScore.ValueRelation, context: Double
  ) -> Double {
    // The cheap tests first, before any measure is read.
    guard relation == .equal || relation == .close, x.source != y.source,
      isConverted(x.measure.dimension)
    else { return 1 }
    let (a, b) = (x.measure, y.measure)
    guard let first = a.unitFamily, let second = b.unitFamily, first != second,
      !a.temperatureScaleUnknown, !b.temperatureScaleUnknown,
      context > 0 || PairScore.sharedCount(x.names, y.names) > 0
    else { return 1 }
    return agreementFactor
  }

  /// Whether two of `members`, from two articles, give one physical quantity in two units
  /// that agree once converted ("about 40km", "about 25 miles"): the conversion says what the
  /// figures share as a shared word would, so the group ranks as if it had one word more.
  static func isAgreementAcrossUnits(_ members: [FigureProfile]) -> Bool {
    for (index, x) in members.enumerated() where isConverted(x.measure.dimension) {
      for y in members[(index + 1)...] where x.source != y.source {
        let (a, b) = (x.measure, y.measure)
        guard let first = a.unitFamily, let second = b.unitFamily, first != second,
          !a.temperatureScaleUnknown, !b.temperatureScaleUnknown,
          let relation = PairScore.valueRelation(a, b)
        else { continue }
        if relation == .equal || relation == .close { return true }
      }
    }
    return false
  }
}
