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
}
