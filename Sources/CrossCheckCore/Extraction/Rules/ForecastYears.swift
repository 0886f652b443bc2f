/// "raised its forecast for 2026 to 2.1% from 1.7%", "cut growth in 2025 to 3%": a year after
/// "for" or "in" names the period the level is for, a date, even before "to" and a percentage
/// or an amount: it is not the low end of a range that takes the percent or currency of the
/// number after it.
extension FigureRecognizer {
  /// Prepositions before the year a forecast or a level is for.
  private static let levelPeriodPrepositions = ["for", "in"]

  /// Whether `first`, a bare year after "for" or "in", is the period of `second`, a percentage
  /// or an amount of money. An amount must be scaled or below the year: "rent for 1500 to 2000
  /// euros" is a range of rents.
  func isPeriodOfLevel(_ first: Amount, _ second: Amount) -> Bool {
    first.mention.isYearLike && !first.isPercent && first.currency == nil
      && first.quantityUnit == nil && first.scale == nil
      && DecimalParts.isBetween(first.value, 1900, 2100)
      && (second.isPercent
        || second.currency != nil && (second.scale != nil || second.value < first.value))
      && isWord(first.firstToken - 1, in: Self.levelPeriodPrepositions)
  }
}
