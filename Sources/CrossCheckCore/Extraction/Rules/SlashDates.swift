import Foundation

/// A day and a month written with a slash are a date: "on Wednesday, 12/5", "25/12". Not a
/// fraction (its top is the larger, so "1/3" stays a third), and a slash before or after makes
/// a longer date or a code. The order is known only when the day is above 12: "25/12" is 25
/// December; "12/5" (12 May or December 5) keeps no ISO date.
extension FigureRecognizer {
  /// Whether `amount` and the number glued after its slash are a date; if so its draft is
  /// written into `draft` (left as it was otherwise).
  func slashDate(_ amount: Amount, into draft: inout FigureDraft) -> Bool {
    let slash = amount.lastToken + 1
    let second = slash + 1
    guard second < tokens.count, isSymbol(slash, 0x2F), !tokens[slash].spaceBefore,
      !tokens[second].spaceBefore, amount.firstToken == amount.lastToken,
      amount.currency == nil, !amount.isPercent, amount.quantityUnit == nil, amount.scale == nil,
      let first = dayOrMonth(amount.firstToken), let last = dayOrMonth(second),
      first >= last, first <= 12 || last <= 12
    else { return false }
    if amount.firstToken > 0, isSymbol(amount.firstToken - 1, 0x2F) { return false }
    // "12/5/2024", "12/5-6": a longer date or a code.
    if second + 1 < tokens.count, !tokens[second + 1].spaceBefore,
      isSymbol(second + 1, 0x2F) || tokens[second + 1].kind == .dash
        || tokens[second + 1].kind == .number
    {
      return false
    }
    draft = FigureDraft(
      start: amount.start, end: tokens[second].end, firstToken: amount.firstToken,
      lastToken: second)
    draft.kind = .date
    if first > 12 {
      draft.date = FigureRecognizer.isoDate(month: Int(truncating: last as NSNumber), day: first)
    }
    return true
  }

  /// A day or month number of one or two digits at token `index`, glued to the token before.
  private func dayOrMonth(_ index: Int) -> Decimal? {
    let token = tokens[index]
    guard token.kind == .number, !token.hasSuffix, token.scalar == 0,
      (1...2).contains(token.end - token.start), let value = parser.digitValue(token),
      NumberParser.isInteger(value), DecimalParts.isBetween(value, 1, 31)
    else { return nil }
    return value
  }
}
