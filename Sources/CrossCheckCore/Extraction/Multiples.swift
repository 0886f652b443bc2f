/// A multiple written with a glued "x": "1.5x book value", "trades at 20x earnings". A count of
/// times, as "six times" is, not an unknown token.
extension FigureRecognizer {
  /// Whether the mention is a number with a multiple's suffix.
  func isMultiple(_ mention: NumberMention) -> Bool {
    guard let suffix = mention.leftoverSuffix else { return false }
    return Vocabulary.multipleSuffixes.contains(suffix)
  }
}
