/// "past 600C", "past $100", "past 40 degrees": "past" before a figure is the mark it went beyond.
/// Not on a clock ("half past five", "ten past nine", "past 5pm"), nor as the adjective of a
/// recent span ("the past 10 years", "past two decades").
extension FigureRecognizer {
  /// Whether "past" at token `past` is no bound on `draft`.
  func isPastNoBound(_ draft: FigureDraft, past: Int) -> Bool {
    if draft.kind == .time || draft.kind == .date || nextIsTimeUnit(draft) { return true }
    let previous = past - 1
    if previous >= 0 {
      // A clock's minutes before "past", or a determiner making "past" an adjective.
      if tokens[previous].kind == .number || isNumberWord(previous)
        || isWord(previous, in: Self.pastClockOrDeterminers)
      {
        return true
      }
    }
    let next = draft.lastToken + 1
    return isWord(next, in: Self.clockWords)
  }

  /// Words before "past" that make it a clock's ("quarter past") or an adjective ("the past").
  private static let pastClockOrDeterminers = [
    "half", "quarter", "the", "this", "these", "its", "their", "his", "her", "our", "my", "your",
  ]
  /// Words after a number that make it a clock time ("past 5 o'clock").
  private static let clockWords = ["o'clock", "o’clock", "am", "pm", "a.m.", "p.m."]
}
