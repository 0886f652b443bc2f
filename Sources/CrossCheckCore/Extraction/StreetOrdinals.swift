/// "Fourth Street", "Fifth Avenue", "42nd Street", "the Second Avenue subway": a capitalized
/// ordinal (or digits with an ordinal ending) right before a capitalized street word names the
/// street; it ranks nothing.
extension FigureRecognizer {
  /// Whether the mention is the ordinal of a street's name.
  func isStreetOrdinal(_ mention: NumberMention) -> Bool {
    guard mention.isOrdinal, mention.firstToken == mention.lastToken else { return false }
    let first = mention.firstToken
    let next = first + 1
    let isNameOrdinal = tokens[first].kind == .number || tokens[first].isCapitalized
    guard isNameOrdinal, next < tokens.count, tokens[next].kind == .word,
      tokens[next].isCapitalized
    else { return false }
    return isStreetWord(next)
  }
}
