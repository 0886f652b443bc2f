/// "One thing to remember is …", "One question is whether …": a sentence that opens with "One"
/// and a noun for one of the writer's own points uses "one" as a pronoun does, not as a count.
extension FigureRecognizer {
  /// Whether the mention is such an opening "One".
  func isDiscourseOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isSpelledOut, mention.lastToken == first, tokens[first].isCapitalized,
      isWord(first, "one"), opensSentence(first)
    else { return false }
    return isWord(first + 1, in: Vocabulary.discourseNounsSingular)
  }

  /// Whether token `index` is the first of its sentence: the line's first, or after a full
  /// stop, a question or exclamation mark, or an opening quote.
  private func opensSentence(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    return Self.sentenceEnders.contains { isSymbol(index - 1, $0) }
  }

  private static let sentenceEnders: [UInt32] = [0x2E, 0x3F, 0x21, 0x22, 0x201C]
}
