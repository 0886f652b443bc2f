/// "$14 billion a quarter", "5% a quarter", "twice a quarter": "a quarter" right after a figure
/// is the period it is paid or counted in (per quarter), as "a year" is, not the fraction 0.25.
/// "a quarter of the vote" and "cut by a quarter" stay fractions.
extension FigureRecognizer {
  /// Whether the mention is a "quarter" that names a rate's period.
  func isRatePeriodQuarter(_ mention: NumberMention) -> Bool {
    let last = mention.lastToken
    guard isWord(last, "quarter"), !isWord(last + 1, "of"), !isGluedHyphen(last + 1) else {
      return false
    }
    var lead = last - 1
    if mention.firstToken == last {
      guard isWord(lead, in: Vocabulary.perPeriodWords) else { return false }
    } else {
      guard mention.firstToken == lead, isWord(lead, in: Vocabulary.perPeriodWords) else {
        return false
      }
    }
    lead -= 1
    // What a rate's period follows: the figure's number, scale, percent, currency or noun.
    guard lead >= 0 else { return false }
    let token = tokens[lead]
    if token.kind == .number { return true }
    if isSymbol(lead, 0x25) { return true }
    guard token.kind == .word else { return false }
    if isScaleWord(lead) || isWord(lead, in: ["percent", "cent", "points", "twice", "once"]) {
      return true
    }
    return Vocabulary.currencyNames[lower(lead)] != nil
  }
}
