/// "his half-brother", "a half-empty stadium", "a half-built tower", "a quarter-finalist", "the
/// quarter-final": a fraction word joined by a hyphen to a word that names no unit is one word
/// of a compound (a kind of relative, a state, a round of a contest), not a half or a quarter
/// of anything counted. "A half-hour", "a quarter-mile" and "a half-dozen" measure, and keep
/// their reading (a duration, a quantity, a count of six).
extension FigureRecognizer {
  /// Whether the draft is a bare count read from a fraction word glued to a word outside the
  /// number and unit lexicon.
  func isFractionCompound(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let fraction = mention.lastToken
    let next = fraction + 1
    guard draft.kind == .count, draft.lastToken <= next + 1, isGluedHyphen(next),
      next + 1 < tokens.count, tokens[next + 1].kind == .word, tokens[next + 1].lexeme < 0,
      isWord(fraction, in: Vocabulary.compoundFractionWords)
    else { return false }
    return true
  }
}
