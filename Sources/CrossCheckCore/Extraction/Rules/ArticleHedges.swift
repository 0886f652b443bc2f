/// "up to a 30% lower risk", "as much as a 10% drop", "nearly a 5% rise": a hedge before the
/// article of a percentage used as an adjective bounds the percentage. Only hedges that cannot
/// be prepositions of a topic ("concerns over a 5% rise" gives no bound).
extension FigureRecognizer {
  /// Whether an article stands between a percentage (of `kind`) starting at token `start` and
  /// a word before it (a hedge, checked by the caller against
  /// ``Vocabulary/hedgesBeforeArticle``). Takes the kind, not the draft, so no draft is copied.
  func isArticleAfterHedge(kind: FigureKind, start: Int, limit: Int) -> Bool {
    guard kind == .percent, start - 2 > limit, start >= 2, tokens[start - 2].kind == .word
    else { return false }
    return isWord(start - 1, in: Vocabulary.indefiniteArticles)
  }
}
