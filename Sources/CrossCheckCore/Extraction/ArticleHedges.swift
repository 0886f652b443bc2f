/// "up to a 30% lower risk", "as much as a 10% drop", "nearly a 5% rise": a hedge before the
/// article of a percentage used as an adjective bounds the percentage. Only hedges that cannot
/// be prepositions of a topic ("concerns over a 5% rise" gives no bound).
extension FigureRecognizer {
  /// Whether an article stands between the percentage draft starting at token `start` and a
  /// word before it (a hedge, checked by the caller against
  /// ``Vocabulary/hedgesBeforeArticle``).
  func isArticleAfterHedge(_ draft: FigureDraft, start: Int, limit: Int) -> Bool {
    guard draft.kind == .percent, start - 2 > limit, start >= 2,
      isWord(start - 1, in: ["a", "an"]), tokens[start - 2].kind == .word
    else { return false }
    return true
  }
}
