/// "a 2012 Toyota Sienna", "a stolen 2019 Honda Civic": a year right before a carmaker's name is
/// the vehicle's model year, part of what names the car, not a date the story reports.
extension FigureRecognizer {
  /// Whether the mention is a year before a capitalized carmaker's name.
  func isModelYear(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let make = first + 1
    guard mention.lastToken == first, mention.isYearLike, isDigits(first), make < tokens.count,
      tokens[make].kind == .word, tokens[make].isCapitalized
    else { return false }
    return isWord(make, in: Vocabulary.vehicleMakes)
  }
}
