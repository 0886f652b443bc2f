/// "One is based in the east and the other in the west", "One was sold; the other remains":
/// a sentence's opening "One" before its verb, answered by "the other" or "another" in the same
/// sentence, picks one of a pair named before it, a pronoun and not a count. Not when a number
/// follows "the other" ("One was killed and the other 14 passengers were injured": the sentence
/// splits a count), nor when a casualty word follows the verb ("One is dead and the other in
/// hospital"): a victim counted, the figure news reports most.
extension FigureRecognizer {
  /// Whether the mention is such an opening "One".
  func isCorrelativeOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isSpelledOut, mention.lastToken == first, tokens[first].isCapitalized,
      isWord(first, "one"), isWord(first + 1, in: Vocabulary.correlativeOneVerbs),
      first == 0 || ContextAnalyzer(recognizer: self).endsSentence(at: first - 1),
      !isWord(first + 2, in: Vocabulary.casualtyWords)
    else { return false }
    let analyzer = ContextAnalyzer(recognizer: self)
    var index = first + 2
    while index < tokens.count, index - first <= 40 {
      if isWord(index, "another") { return !isNumber(index + 1) }
      if isWord(index, "the") && isWord(index + 1, "other") { return !isNumber(index + 2) }
      if analyzer.endsSentence(at: index) { return false }
      index += 1
    }
    return false
  }

  /// A number in digits or a number word ("14", "two"), not "one" ("the other one").
  private func isNumber(_ index: Int) -> Bool {
    guard index < tokens.count else { return false }
    if tokens[index].kind == .number { return true }
    guard tokens[index].kind == .word else { return false }
    switch parser.lexicon.word(tokens[index]) {
    case .unit(let value)?: return value != 1
    case .tens?: return true
    default: return false
    }
  }
}
