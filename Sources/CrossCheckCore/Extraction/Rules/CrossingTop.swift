/// "would top 11%", "could top 11 per cent", "is expected to top $1bn": the verb "top" after a
/// modal or "to" crosses a mark, a lower bound as "topped" and "tops" are. Elsewhere "top" is
/// the adjective of a rank ("the top 10", "a top 5 finish") and bounds nothing.
extension FigureRecognizer {
  /// Whether the "top" at token `index` is the verb's plain form.
  func isCrossingTop(_ index: Int) -> Bool {
    var lead = index - 1
    // "would still top", "could easily top": one adverb between. A negation ("won't top",
    // "will not top", "never") says the mark is not crossed: no lower bound.
    if isWord(lead, in: Vocabulary.negations) { return false }
    if isWord(lead, in: ["still", "easily", "soon", "likely", "even"]) { lead -= 1 }
    guard isWord(lead, in: Vocabulary.plainVerbLeads), !isWord(lead, in: Vocabulary.negations)
    else { return false }
    // "to top" crosses a mark after a word of expectation ("expected to top $1bn", "set to
    // top"); after a verb of motion it names a place in a chart ("rose to top 10").
    return !isWord(lead, "to") || isWord(lead - 1, in: Vocabulary.expectationLeads)
  }
}
