/// "Page 2 of 3", "Slide 4 of 12", "Step 3 of 5": the total after a numbered position belongs
/// to the position's name (a pager, a gallery, a form), like the position itself.
extension FigureRecognizer {
  /// Whether the mention is the "of N" total after a designator and its number.
  func isSequenceTotal(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first >= 3, isWord(first - 1, "of"), tokens[first - 2].kind == .number,
      tokens[first - 3].kind == .word, tokens[first - 3].isCapitalized
    else { return false }
    return isWord(first - 3, in: Vocabulary.sequenceDesignators)
  }
}
