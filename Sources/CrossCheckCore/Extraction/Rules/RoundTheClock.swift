import Foundation

/// "24 hours a day", "seven days a week", "365 days a year": a span as long as the period it is
/// counted per says "all the time" (round the clock), no figure a reader checks.
extension FigureRecognizer {
  /// Whether the mention is the whole of the period written after it ("24 hours a day").
  func isRoundTheClock(_ mention: NumberMention) -> Bool {
    let unit = mention.lastToken + 1
    guard unit + 2 < tokens.count, tokens[unit].kind == .word,
      let spans = Vocabulary.wholePeriods[lower(unit)],
      isWord(unit + 1, in: Vocabulary.perPeriodWords),
      let whole = spans[lower(unit + 2)]
    else { return false }
    return mention.value == Decimal(whole)
  }
}
