/// "11.98per cent": a house style that glues half of "per cent" to the number (as "5percent"
/// glues all of it; see ``Vocabulary/percentSuffixes``) still writes a percent.
extension FigureRecognizer {
  /// The token of the word that ends a percent split across a glued suffix, or nil.
  func splitPercentWord(after mention: NumberMention) -> Int? {
    guard let suffix = mention.leftoverSuffix,
      suffix.lowercased() == Vocabulary.splitPercentSuffix.glued,
      isWord(mention.lastToken + 1, Vocabulary.splitPercentSuffix.word)
    else { return nil }
    return mention.lastToken + 1
  }
}
