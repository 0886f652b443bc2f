/// "in quarter one", "Quarter 2 results": a quarter named by the number after it is a period's
/// name, as "Q1" is; the number counts nothing.
extension FigureRecognizer {
  /// Whether the mention is the number of a quarter written after the word.
  func isQuarterName(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    // The word first: comparing the value as a decimal costs far more.
    guard isWord(first - 1, "quarter"), mention.lastToken == first, !mention.isOrdinal,
      !mention.isFraction, (1...4).contains(mention.value)
    else { return false }
    // "a quarter one" is no name.
    return !isWord(first - 2, in: Vocabulary.determiners)
  }
}
