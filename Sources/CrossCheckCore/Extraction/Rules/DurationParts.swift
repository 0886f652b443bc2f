import Foundation

/// "2 hours, 9 minutes and 48 seconds", "3 minutes, 51 seconds", "1 hour and 20 minutes": a
/// time told in parts, each in a smaller unit, is one duration in its first (larger) unit, as
/// "2 years and 3 months" is 2.25 years.
extension FigureRecognizer {
  /// Whether the duration `part` (its value `value`, in a unit `factor` times smaller) goes on
  /// the duration `whole`: right after it, after "and", or after a comma (and "and") when the
  /// part is less than one of the larger unit ("3 hours, 90 minutes longer" is two figures).
  func continuesDuration(
    _ whole: FigureDraft, with part: FigureDraft, value: Decimal, factor: Decimal
  ) -> Bool {
    let gap = whole.lastToken + 1
    if part.firstToken == gap { return true }
    if part.firstToken == gap + 1 && isWord(gap, "and") { return true }
    guard isSymbol(gap, 0x2C), value < factor else { return false }
    return part.firstToken == gap + 1 || (part.firstToken == gap + 2 && isWord(gap + 1, "and"))
  }
}

/// "a fortnight" is two weeks (as labelled: a duration keeps a unit of its own kind); "A year later, the mine reopened" tells the time between two
/// events, a duration of one year (as "two years later" is one of two), where "a year ago"
/// dates the story's own time and is none.
extension FigureRecognizer {
  /// Weeks in a fortnight.
  private static let fortnightWeeks: Decimal = 2

  /// The value and unit of one `unit` of time after an article: a fortnight in weeks.
  func articleSpan(_ unit: String) -> (value: Decimal, unit: String) {
    unit == "fortnight" ? (Self.fortnightWeeks, "week") : (1, unit)
  }

  /// Whether the article and its unit end at token `last`, and "later" follows.
  func isSpanToLaterEvent(after last: Int) -> Bool {
    isWord(last + 1, "later")
  }
}
