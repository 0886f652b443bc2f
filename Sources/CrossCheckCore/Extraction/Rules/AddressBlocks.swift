import Foundation

/// "in the 2600 block of North Stemmons Freeway", "residents of the 100 block said": US police
/// and fire reports place an incident by the block of a street's house numbers, always a
/// whole hundred after "the"; the number is an address, not a count or a year. ("A 5,000,000
/// block of shares", "a 40 block of seats" count.)
extension FigureRecognizer {
  /// Whether the mention is the house number of a street block.
  func isAddressBlock(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    var block = mention.lastToken + 1
    if isGluedHyphen(block) { block += 1 }
    // "the 300 block operation": a noun after "block" makes it a description.
    guard tokens[first].kind == .number, first == mention.lastToken, isWord(block, "block"),
      isWord(first - 1, "the"), mention.value >= 100,
      isWord(block + 1, "of") || block + 1 >= tokens.count
        || tokens[block + 1].kind == .punctuation || roles(block + 1).contains(.stopWord)
    else { return false }
    return DecimalParts.isWholeNumber(mention.value / 100)
  }
}
