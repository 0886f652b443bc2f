/// "48.2% of the most urgent calls", "a third of the least profitable branches": a superlative
/// between "of the" and a noun ranks the noun; the noun phrase after it is what the share
/// measures.
extension ContextAnalyzer {
  /// The noun phrase after "of", a determiner and "most" or "least" at `of`. Nil otherwise.
  func superlativePartitiveNoun(of: Int) -> [Int]? {
    var index = of + 1
    if recognizer.isWord(index, in: Vocabulary.determiners) { index += 1 }
    guard recognizer.isWord(index, in: Vocabulary.superlativeAdverbs) else { return nil }
    // Up to three words, to the verb of the clause ("most serious calls receiving").
    var end = index
    while end + 1 < tokens.count, end - index < 3, tokens[end + 1].kind == .word,
      !recognizer.roles(end + 1).contains(.stopWord), !isVerbHead(end + 1)
    {
      end += 1
    }
    return end > index ? Array((index + 1)...end) : nil
  }
}
