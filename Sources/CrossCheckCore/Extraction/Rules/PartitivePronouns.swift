/// "Police arrested 40 people. 12 of them were charged": a count of "them", "those" or "these"
/// counts what the figure before it counted, in the sentence before as well as in its own, not
/// the article's topic.
extension FigureRecognizer {
  private static let pointingPronouns = ["them", "those", "these"]

  /// Whether "of them" (or "those", "these") follows the figure ending at token `last`.
  func pointsBack(after last: Int) -> Bool {
    isWord(last + 1, "of") && isWord(last + 2, in: Self.pointingPronouns)
  }
}
