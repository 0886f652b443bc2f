/// "would top 11%", "could top 11 per cent", "is expected to top $1bn": the verb "top" after a
/// modal or "to" crosses a mark, a lower bound as "topped" and "tops" are. Elsewhere "top" is
/// the adjective of a rank ("the top 10", "a top 5 finish") and bounds nothing.
extension FigureRecognizer {
  /// Whether the "top" at token `index` is the verb's plain form.
  func isCrossingTop(_ index: Int) -> Bool {
    var lead = index - 1
    // "will not top", "would still top", "could easily top": one adverb between.
    if isWord(lead, in: ["not", "still", "easily", "soon", "likely", "even", "never"]) {
      lead -= 1
    }
    return isWord(lead, in: Vocabulary.plainVerbLeads)
  }
}
