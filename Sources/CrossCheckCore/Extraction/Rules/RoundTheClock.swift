import Foundation

/// "24 hours a day", "seven days a week", "365 days a year": a span as long as the period it is
/// counted per says "all the time" (round the clock), no figure a reader checks.
extension FigureRecognizer {
  /// Whether the mention is the whole of the period written after it ("24 hours a day").
  func isRoundTheClock(_ mention: NumberMention) -> Bool {
    let unit = mention.lastToken + 1
    guard unit + 2 < tokens.count, tokens[unit].kind == .word,
      // The periods are time units, which the lexicon knows: an ASCII word it does not know (most
      // words after a number) is none, and no String is made for it.
      tokens[unit].lexeme >= 0 || !isASCII(unit),
      let spans = Vocabulary.wholePeriods[lower(unit)],
      isWord(unit + 1, in: Vocabulary.perPeriodWords),
      let whole = spans[lower(unit + 2)]
    else { return false }
    return mention.value == Decimal(whole)
  }
}
