/// "Melbourne VIC 3000", "Sydney NSW 2000", "Austin, TX 78701": digits after a state's postal
/// abbreviation in capitals, as many as its postcodes have, are a postcode, not a figure.
extension FigureRecognizer {
  /// Whether the mention is a postcode after a state abbreviation.
  func isPostcode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    // "the NSW 2023 election": a year before a noun is a year; a postcode ends the address.
    let next = first + 1
    guard first > 0, mention.lastToken == first, !mention.isSpelledOut,
      !mention.isYearLike || next >= tokens.count || tokens[next].kind != .word,
      isPlainDigits(first), tokens[first].spaceBefore, isCapitalCode(first - 1),
      let lengths = Vocabulary.postcodeRegions[text(tokens[first - 1].start, tokens[first - 1].end)]
    else { return false }
    return lengths.contains(tokens[first].end - tokens[first].start)
  }
}
