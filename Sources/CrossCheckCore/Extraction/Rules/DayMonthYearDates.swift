import Foundation

/// A day written before its month takes the year written after it: "20 November 2024" is one
/// date, 2024-11-20, as "November 20, 2024" is (British, European, Indian and Australian style),
/// not "20 November" and "November 2024" on top of each other.
extension FigureRecognizer {
  /// Makes `draft` the date of `day` in the month named at token `month` ("14 October",
  /// "the 15th of February"), with the year after it if one is written; whether that token
  /// names a month.
  func readDate(_ draft: inout FigureDraft, day: Decimal, monthAt month: Int) -> Bool {
    guard month < tokens.count, tokens[month].kind == .word, tokens[month].isCapitalized,
      let number = monthNumber(at: month)
    else { return false }
    draft.kind = .date
    draft.value = nil
    draft.date = FigureRecognizer.isoDate(month: number, day: day)
    draft.lastToken = month
    draft.end = tokens[month].end
    if let (yearToken, year) = yearAfterDayAndMonth(month) {
      draft.lastToken = yearToken
      draft.end = tokens[yearToken].end
      draft.date = FigureRecognizer.isoDate(year: year, month: number, day: day)
    }
    return true
  }

  /// The token and value of a four-digit year right after the month at token `month`, or nil.
  func yearAfterDayAndMonth(_ month: Int) -> (token: Int, year: Decimal)? {
    let index = month + 1
    guard index < tokens.count else { return nil }
    let token = tokens[index]
    guard token.kind == .number, token.spaceBefore, !token.hasSuffix,
      token.end - token.start == 4, let year = parser.digitValue(token),
      DecimalParts.isBetween(year, 1000, 2999)
    else { return nil }
    // "on 3 May 2000% more": a sign after the digits makes them no year.
    if index + 1 < tokens.count, tokens[index + 1].kind == .symbol, !tokens[index + 1].spaceBefore {
      return nil
    }
    return (index, year)
  }
}
