/// "the FTSEurofirst 300 index", "a white Mercedes Benz 230 car", "the Boeing 777 aircraft":
/// digits between a capitalized name and a singular noun for a product or an index name a
/// model or an index; a count would count a plural ("Ryanair's 20 aircraft" has no name before
/// its number, and "on Monday 300 car owners" counts the owners after the product's noun).
extension FigureRecognizer {
  /// Whether the mention is the number of a named product or index.
  func isProductNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let next = mention.lastToken + 1
    // A model's number has no thousands separator ("the Westfield 2,000 car park" counts).
    guard first == mention.lastToken, first > 0, tokens[first].kind == .number,
      !tokens[first].hasSuffix,
      !(tokens[first].start..<tokens[first].end).contains(where: { bytes[$0] == 0x2C }),
      next < tokens.count, tokens[next].kind == .word,
      !tokens[next].isCapitalized, tokens[first - 1].kind == .word,
      tokens[first - 1].isCapitalized, isWord(next, in: Vocabulary.productNouns),
      !opensSentence(first - 1), Vocabulary.months[lower(first - 1)] == nil,
      !isWord(first - 1, in: ContextAnalyzer.weekdays)
    else { return false }
    let after = next + 1
    return after >= tokens.count || tokens[after].kind != .word
      || roles(after).contains(.stopWord) || !Self.readsAsPlural(lower(after))
  }
}
