/// "The group opened 11 stores in the half", "our third consecutive half of market share
/// gains": in company reports "the half" is the half-year reported on, a period, not a
/// fraction of anything. "Half of the stores", "the half that voted" keep their fraction.
extension FigureRecognizer {
  /// Whether the mention is a lone "half" named as a period.
  func isHalfPeriod(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, isWord(first, "half") else { return false }
    // "our third consecutive half of market share gains": a run of halves is of periods.
    if isWord(first - 1, in: Vocabulary.runAdjectives) { return true }
    guard isWord(first - 1, in: Vocabulary.halfPeriodOpeners) else { return false }
    let next = first + 1
    // The half ends its clause or a place or time phrase follows ("in the half to July").
    guard next < tokens.count else { return true }
    if tokens[next].kind == .punctuation { return !isSymbol(next, 0x2D) }
    return isWord(next, in: Vocabulary.halfPeriodFollowers)
  }
}
