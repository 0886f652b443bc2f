/// "the Three Lions", "the Three Tenors", "the Seven Sisters": a number word written with a
/// capital in the middle of a sentence, before a capitalized word, is part of a name; it counts
/// nothing. A headline in title case capitalizes every word, so there the capital says nothing.
extension FigureRecognizer {
  /// Whether the mention is a capitalized number word inside a proper name.
  func isNamedGroupNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let next = mention.lastToken + 1
    guard mention.isSpelledOut, mention.lastToken == first, first > 0,
      tokens[first].kind == .word, tokens[first].isCapitalized,
      tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized,
      next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized
    else { return false }
    return !isTitleCased()
  }
}
