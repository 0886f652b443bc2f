import Foundation

/// A day written before its month takes the year written after it: "20 November 2024" is one
/// date, 2024-11-20, as "November 20, 2024" is (British, European, Indian and Australian style),
/// not "20 November" and "November 2024" on top of each other.
extension FigureRecognizer {
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
