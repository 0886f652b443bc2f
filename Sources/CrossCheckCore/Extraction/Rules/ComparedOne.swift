/// "worse than one that struck in 2010", "stronger than one which hit the coast": "one" after
/// a comparison's "than" and before a relative pronoun stands for the noun compared, not a
/// count. After "more", "less" or "fewer" it is a count ("more than one that was damaged").
extension FigureRecognizer {
  /// Whether the mention is such a pronoun "one".
  func isComparedOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard isLoneOne(mention), isWord(first - 1, "than"),
      isWord(first + 1, in: Vocabulary.relativePronouns)
    else { return false }
    return !isWord(first - 2, in: Vocabulary.countComparatives)
  }
}
