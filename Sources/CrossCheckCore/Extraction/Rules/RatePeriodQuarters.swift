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
    if Vocabulary.currencyNames[lower(lead)] != nil { return true }
    return isCountedNounBeforePeriod(lead, quarter: last)
  }

  /// "3,000 customers a quarter", "12 launches a quarter": a counted noun right after its
  /// number, and the clause going on after "quarter" with no noun ("a quarter century").
  private func isCountedNounBeforePeriod(_ noun: Int, quarter: Int) -> Bool {
    guard noun >= 1, tokens[noun - 1].kind == .number, !tokens[noun].isCapitalized,
      !Vocabulary.stopWords.contains(lower(noun))
    else { return false }
    let next = quarter + 1
    return next >= tokens.count || tokens[next].kind != .word
      || Vocabulary.stopWords.contains(lower(next))
  }
}
