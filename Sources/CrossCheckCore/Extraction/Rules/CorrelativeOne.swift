/// "One is based in the east and the other in the west", "One was sold; the other remains":
/// a sentence's opening "One" before its verb, answered by "the other" or "another" in the same
/// sentence, picks one of a pair named before it, a pronoun and not a count.
extension FigureRecognizer {
  /// Whether the mention is such an opening "One".
  func isCorrelativeOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isSpelledOut, mention.lastToken == first, tokens[first].isCapitalized,
      isWord(first, "one"), isWord(first + 1, in: Vocabulary.correlativeOneVerbs),
      first == 0 || ContextAnalyzer(recognizer: self).endsSentence(at: first - 1)
    else { return false }
    let analyzer = ContextAnalyzer(recognizer: self)
    var index = first + 2
    while index < tokens.count, index - first <= 40 {
      if isWord(index, "another") || (isWord(index, "the") && isWord(index + 1, "other")) {
        return true
      }
      if analyzer.endsSentence(at: index) { return false }
      index += 1
    }
    return false
  }
}
