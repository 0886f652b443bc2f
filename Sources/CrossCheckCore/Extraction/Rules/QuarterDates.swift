import Foundation

/// A quarter of a reporting year is a date, not an ordinal: "the third quarter", "third-quarter
/// revenue", "the first quarter of 2025" (ISO year and quarter, "2025-Q1", when the year is
/// written).
extension FigureRecognizer {
  /// Reads the ordinal draft as a quarter when "quarter" follows it; returns whether it did.
  func readQuarter(_ draft: inout FigureDraft, mention: NumberMention) -> Bool {
    guard mention.isOrdinal, draft.qualifier == nil, draft.low == nil, let value = draft.value,
      DecimalParts.isBetween(value, 1, 4)
    else { return false }
    var word = draft.lastToken + 1
    if isGluedHyphen(word) { word += 1 }
    guard isWord(word, "quarter") else { return false }
    // "the third quarter in a row", "the second quarter running": a count of quarters in a
    // streak, the ordinal of a series, not a date.
    if isQuarterStreak(after: word) { return false }
    // "scored 30 points in the fourth quarter": a period of a game, no date.
    if isGameQuarter(word) {
      draft.kind = .ordinal
      draft.unit = "quarter"
      draft.lastToken = word
      draft.end = tokens[word].end
      return true
    }
    draft.kind = .date
    draft.unit = nil
    draft.value = nil
    draft.lastToken = word
    draft.end = tokens[word].end
    draft.date = nil
    // "the third quarter of 2024", "fourth quarter 2025".
    var yearIndex = word + 1
    if isWord(yearIndex, "of") { yearIndex += 1 }
    if yearIndex < tokens.count, tokens[yearIndex].kind == .number, !tokens[yearIndex].hasSuffix,
      tokens[yearIndex].end - tokens[yearIndex].start == 4,
      let year = parser.digitValue(tokens[yearIndex]), DecimalParts.isBetween(year, 1000, 2999)
    {
      draft.lastToken = yearIndex
      draft.end = tokens[yearIndex].end
      let quarter = NSDecimalNumber(decimal: value).intValue
      draft.date = FigureRecognizer.isoDate(year: year) + "-Q\(quarter)"
    }
    return true
  }

  /// Whether "in a row" or "running" follows the "quarter" at token `index`.
  private func isQuarterStreak(after index: Int) -> Bool {
    (isWord(index + 1, "in") && isWord(index + 2, "a") && isWord(index + 3, "row"))
      || isWord(index + 1, "running")
  }

  /// Whether a word of a game is near the "quarter" at token `index`, in its sentence.
  private func isGameQuarter(_ index: Int) -> Bool {
    var position = index - 1
    while position >= 0, index - position <= 15, !isSymbol(position, 0x2E) {
      if isWord(position, in: Vocabulary.gameWords) { return true }
      position -= 1
    }
    position = index + 1
    while position < tokens.count, position - index <= 10, !isSymbol(position, 0x2E) {
      if isWord(position, in: Vocabulary.gameWords) { return true }
      position += 1
    }
    return false
  }
}
