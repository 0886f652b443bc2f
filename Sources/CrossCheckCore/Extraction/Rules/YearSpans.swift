import Foundation

/// A period written as two full years joined by a dash: "the 1981-2010 average", "in 2010-2015
/// prices". One date, an ISO 8601 interval ("1981/2010"), not a count from 1,981 to 2,010 nor a
/// lone year. (A season, "2023-24", is a split year: see ``splitYearEnd(_:)``.)
extension FigureRecognizer {
  /// The years a period may span: a dash between two numbers outside it is more likely a range
  /// or a code.
  private static let spannedYears: ClosedRange<Decimal> = 1800...2100

  /// Whether a span of years starts with `amount`; if so its date draft is written into
  /// `draft` (left as it was otherwise). A Bool, not an optional draft: the recognizer asks this
  /// of most numbers, and a returned draft was copied whole even when there was none.
  func yearSpan(_ amount: Amount, into draft: inout FigureDraft) -> Bool {
    let dash = amount.lastToken + 1
    let second = dash + 1
    // Cheapest first: a year-like number, a dash glued on both sides, four more digits.
    guard amount.mention.isYearLike, second < tokens.count, tokens[dash].kind == .dash,
      !tokens[dash].spaceBefore, !tokens[second].spaceBefore, tokens[second].kind == .number,
      !tokens[second].hasSuffix, tokens[second].end - tokens[second].start == 4,
      amount.currency == nil, !amount.isPercent, amount.firstToken == amount.lastToken,
      let end = parser.digitValue(tokens[second]), end > amount.value,
      Self.spannedYears.contains(amount.value), Self.spannedYears.contains(end)
    else { return false }
    // "2010-2015-2020" is a code, not a period.
    if second + 1 < tokens.count, tokens[second + 1].kind == .dash, !tokens[second + 1].spaceBefore
    {
      return false
    }
    draft = FigureDraft(
      start: amount.start, end: tokens[second].end, firstToken: amount.firstToken,
      lastToken: second)
    draft.kind = .date
    draft.low = amount.value
    draft.high = end
    draft.lowInclusive = true
    draft.highInclusive = true
    draft.date =
      FigureRecognizer.isoDate(year: amount.value) + "/" + FigureRecognizer.isoDate(year: end)
    return true
  }
}
