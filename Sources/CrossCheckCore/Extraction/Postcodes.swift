/// "Melbourne VIC 3000", "Sydney NSW 2000", "Austin, TX 78701": digits after a state's postal
/// abbreviation in capitals, as many as its postcodes have, are a postcode, not a figure.
extension FigureRecognizer {
  /// Whether the mention is a postcode after a state abbreviation.
  func isPostcode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first > 0, mention.lastToken == first, !mention.isSpelledOut, isPlainDigits(first),
      tokens[first - 1].kind == .word, tokens[first].spaceBefore,
      let lengths = Vocabulary.postcodeRegions[text(tokens[first - 1].start, tokens[first - 1].end)]
    else { return false }
    return lengths.contains(tokens[first].end - tokens[first].start)
  }
}
