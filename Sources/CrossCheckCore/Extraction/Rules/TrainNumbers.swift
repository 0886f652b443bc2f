/// "the 13-Up Indus Valley Express", "the 12-Dn Karachi Express": a number joined by a hyphen
/// to "Up", "Dn" or "Down" with a capital names a train by its number and direction, as South
/// Asian railways do; it counts nothing.
extension FigureRecognizer {
  /// Whether the mention is a train's number before its direction.
  func isTrainNumber(_ mention: NumberMention) -> Bool {
    let last = mention.lastToken
    guard !mention.isSpelledOut, isGluedHyphen(last + 1), tokens[last + 2].isCapitalized else {
      return false
    }
    return isWord(last + 2, in: Vocabulary.trainDirections)
  }
}
