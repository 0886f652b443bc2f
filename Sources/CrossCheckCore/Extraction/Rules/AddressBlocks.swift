/// "in the 2600 block of North Stemmons Freeway", "the 100-block of Main": US police and fire
/// reports place an incident by the block of a street's house numbers; the number is an
/// address, not a count or a year.
extension FigureRecognizer {
  /// Whether the mention is the house number of a street block.
  func isAddressBlock(_ mention: NumberMention) -> Bool {
    var block = mention.lastToken + 1
    if isGluedHyphen(block) { block += 1 }
    return tokens[mention.firstToken].kind == .number && isWord(block, "block")
      && isWord(block + 1, "of")
  }
}
