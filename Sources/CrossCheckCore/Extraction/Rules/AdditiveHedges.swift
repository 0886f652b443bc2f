/// "at least another 400 people", "nearly a further 2,000", "up to an additional 300 jobs",
/// "about an extra 50": a word that adds to a number already given ("another", "a further",
/// "an additional", "an extra") may stand between a hedge and its number, which the hedge still
/// bounds. Only hedges that may come before an article do (``Vocabulary/hedgesBeforeArticle``).
extension FigureRecognizer {
  /// How many tokens of an additive word (with its article) end right before token `start`,
  /// after a word that may be a hedge and past `limit`; 0 when there is none.
  func additiveWords(before start: Int, limit: Int) -> Int {
    if start - 2 > limit, start >= 2, tokens[start - 2].kind == .word, isWord(start - 1, "another")
    {
      return 1
    }
    if start - 3 > limit, start >= 3, tokens[start - 3].kind == .word,
      isWord(start - 1, in: Vocabulary.additiveWords),
      isWord(start - 2, in: Vocabulary.indefiniteArticles)
    {
      return 2
    }
    return 0
  }
}
