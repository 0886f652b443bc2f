/// "fired over 15% of its workforce", "arrested over 200 of the protesters": after a verb that
/// acts on people, "over" and a figure with an of-phrase is the verb's object, bounded below.
/// "jailed over £2.3m fraud" keeps "over" as the cause (``Vocabulary/causeBeforeOver``).
extension FigureRecognizer {
  /// Whether "over" at `over`, after a people-object verb, bounds the figure ending at token
  /// `figureEnd` because "of" follows it.
  func isBoundOnPartitiveObject(over: Int, figureEnd: Int) -> Bool {
    over > 0 && isWord(over - 1, in: Vocabulary.peopleObjectCauseVerbs)
      && isWord(figureEnd + 1, "of")
  }
}
