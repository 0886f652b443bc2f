import Foundation

/// A period written as two full years joined by a dash: "the 1981-2010 average", "paid
/// 2028-2031", "in 2010-2015 prices". Two dates, the years it starts and ends, as "from 2014 to
/// 2024" is; not a count from 1,981 to 2,010, and the second year is no count of the noun after
/// it. (A season, "2023-24", is one split year: see ``splitYearEnd(_:)``.)
extension FigureRecognizer {
  /// The years a period may span: a dash between two numbers outside it is more likely a range
  /// or a code.
  private static let spannedYears: ClosedRange<Decimal> = 1800...2100

  /// Whether a span of years starts with `amount`; if so the date draft of its first year is
  /// written into `draft` (left as it was otherwise), and the second year is read next. A Bool,
  /// not an optional draft: the recognizer asks this of most numbers, and a returned draft was
  /// copied whole even when there was none.
  func yearSpan(_ amount: Amount, into draft: inout FigureDraft) -> Bool {
    guard isYearSpanStart(amount) else { return false }
    draft = FigureDraft(
      start: amount.start, end: amount.end, firstToken: amount.firstToken,
      lastToken: amount.lastToken)
    draft.kind = .date
    draft.date = FigureRecognizer.isoDate(year: amount.value)
    return true
  }

  /// Whether `amount` is the first of two full years joined by a glued dash.
  private func isYearSpanStart(_ amount: Amount) -> Bool {
    amount.mention.isYearLike && amount.currency == nil && !amount.isPercent
      && amount.firstToken == amount.lastToken
      && isYearSpanStart(token: amount.firstToken, value: amount.value)
  }

  /// Whether a date draft is the first year of a span, read alone: the dash and number glued
  /// after it are no code ("+1-222-2222").
  func startsYearSpan(_ draft: FigureDraft) -> Bool {
    guard draft.kind == .date, draft.firstToken == draft.lastToken,
      tokens[draft.firstToken].kind == .number,
      let year = parser.digitValue(tokens[draft.firstToken])
    else { return false }
    return isYearSpanStart(token: draft.firstToken, value: year)
  }

  /// Whether the year `value` written at token `index` is followed by a glued dash and a later
  /// year.
  private func isYearSpanStart(token index: Int, value: Decimal) -> Bool {
    let dash = index + 1
    let second = dash + 1
    // Cheapest first: a dash glued on both sides, four more digits.
    guard isGluedDash(dash), tokens[second].kind == .number,
      !tokens[second].hasSuffix, tokens[second].end - tokens[second].start == 4,
      let end = parser.digitValue(tokens[second]), end > value,
      Self.spannedYears.contains(value), Self.spannedYears.contains(end)
    else { return false }
    // "2010-2015-2020" is a code, not a period.
    return
      !(second + 1 < tokens.count && tokens[second + 1].kind == .dash
      && !tokens[second + 1].spaceBefore)
  }

  /// Whether `mention` is the second year of a span ("2028-2031") or of a pair a clause opens
  /// with ("From 2019 to 2022 prices rose"): a date, whatever plural follows it.
  func isSecondYearOfPair(_ mention: NumberMention) -> Bool {
    let connector = mention.firstToken - 1
    let first = connector - 1
    guard isPlainYear(mention), first >= 0, tokens[first].kind == .number,
      tokens[first].end - tokens[first].start == 4,
      let year = parser.digitValue(tokens[first]), Self.spannedYears.contains(year),
      year < mention.value
    else { return false }
    if tokens[connector].kind == .dash { return isGluedDash(connector) }
    return isWord(first - 1, "from") && isWord(connector, "to")
      || isWord(first - 1, "between") && isWord(connector, "and")
  }
}
