/// "the yield on the benchmark 2035 government bond", "its 2049 notes", "the 2031 gilt": a
/// bond is named by the year it matures, written before its noun (one word may come between). The
/// year tells which bond, as a model year tells which car; it is no date the story reports.
/// "The bank issued 2000 bonds" and "In 2035 bonds fall due" (no determiner) are not this.
extension FigureRecognizer {
  /// Whether the mention is the maturity year before a bond's noun.
  func isMaturityYear(_ mention: NumberMention) -> Bool {
    let year = mention.firstToken
    let next = year + 1
    guard isPlainYear(mention), year >= 1, next < tokens.count, tokens[next].kind == .word,
      // "the 2035 bond", "the benchmark 2035 bond": a determiner names one bond; "issued 2000
      // bonds" and "In 2035 bonds…" have none.
      isDeterminer(year - 1)
        || year >= 2 && tokens[year - 1].kind == .word && !tokens[year - 1].isCapitalized
          && !roles(year - 1).contains(.stopWord) && isDeterminer(year - 2)
    else { return false }
    if isWord(next, in: Vocabulary.bondNouns) { return true }
    return next + 1 < tokens.count && !roles(next).contains(.stopWord)
      && isWord(next + 1, in: Vocabulary.bondNouns)
  }

  /// Whether token `index` is a determiner or a possessive ("the", "its", "Kenya's").
  private func isDeterminer(_ index: Int) -> Bool {
    isWord(index, in: Vocabulary.yearDeterminers) || isWord(index, in: Vocabulary.determiners)
      || isPossessiveWord(index)
  }
}
