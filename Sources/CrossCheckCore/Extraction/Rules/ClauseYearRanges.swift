import Foundation

/// "From 2019 to 2022 prices rose", "Between 2010 and 2020, exports doubled": two years that
/// open a clause say when what follows happened. Two dates, as "from 2014 to 2024" is inside a
/// clause, not a count range of the plural noun after them ("1500 to 2000 people" stays a count:
/// it opens no clause). The second year's reading is ``isSecondYearOfPair(_:)``.
extension FigureRecognizer {
  /// Whether `first` and `second`, joined by the word at token `connector`, are two years after
  /// a clause's opening "from" or "between".
  func opensClauseWithYears(_ first: Amount, _ second: Amount, connector: Int) -> Bool {
    let opener = first.firstToken - 1
    return first.mention.isYearLike && second.mention.isYearLike && first.value < second.value
      && first.currency == nil && second.currency == nil && !first.isPercent && !second.isPercent
      && DecimalParts.isBetween(first.value, 1800, 2100)
      && DecimalParts.isBetween(second.value, 1800, 2100)
      && (isWord(opener, "from") && isWord(connector, "to")
        || isWord(opener, "between") && isWord(connector, "and"))
      && opensClause(opener)
      // "Between 1900 and 2000 people marched": round hundreds before a plural count it.
      && !(countsPlural(after: second) && NumberParser.isInteger(first.value / 100)
        && NumberParser.isInteger(second.value / 100))
  }

  /// Whether token `index` opens a clause: the line's first, after a comma, semicolon, colon
  /// or opening quote, or after a sentence's end.
  private func opensClause(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    for mark: UInt32 in [0x2C, 0x3B, 0x3A, 0x22, 0x201C] where isSymbol(index - 1, mark) {
      return true
    }
    return ContextAnalyzer(recognizer: self).endsSentence(at: index - 1)
  }
}
