/// "Fourth Street", "Fifth Avenue", "42nd Street", "the Second Avenue subway", "the Third
/// Mainland Bridge": a capitalized ordinal (or digits with an ordinal ending) before a
/// capitalized street word, with at most two more capitalized words of the name between, names
/// the street or bridge; it ranks nothing.
extension FigureRecognizer {
  /// Capitalized words of a name that may stand between its ordinal and its street word.
  private static let namePartsBetween = 2

  /// Whether the mention is the ordinal of a street's name.
  func isStreetOrdinal(_ mention: NumberMention) -> Bool {
    guard mention.isOrdinal, mention.firstToken == mention.lastToken else { return false }
    let first = mention.firstToken
    let isNameOrdinal = tokens[first].kind == .number || tokens[first].isCapitalized
    guard isNameOrdinal else { return false }
    var next = first + 1
    while next < tokens.count, next <= first + 1 + Self.namePartsBetween,
      tokens[next].kind == .word, tokens[next].isCapitalized
    {
      // "Third Street", "the Third Mainland Bridge"; not a headline's "Third Straight Road Game".
      if isStreetWord(next),
        next == first + 1 || Vocabulary.longNameCrossings.contains(lower(next))
      {
        return true
      }
      next += 1
    }
    return false
  }
}
