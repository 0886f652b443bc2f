/// "a working constellation now feels a million miles away.", "a million miles from what
/// families could pay", "a million miles from the truth": very far, said of a hope or a price;
/// no distance is measured. A distance in space names where it is from ("about a million
/// miles from Earth", "a million miles away from the Sun").
extension FigureRecognizer {
  /// Whether the mention is the "a million" of the idiom "a million miles away/from".
  func isMillionMilesIdiom(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let miles = mention.lastToken + 1
    guard isWord(first, "a"), mention.lastToken == first + 1, isWord(first + 1, "million"),
      isWord(miles, "miles")
    else { return false }
    var next = miles + 1
    if isWord(next, "away") {
      next += 1
      // "away." or "away," closes the idiom; "away from the Sun" measures.
      if next >= tokens.count || tokens[next].kind == .punctuation { return true }
    }
    guard isWord(next, "from") else { return false }
    var object = next + 1
    if isWord(object, "the") { object += 1 }
    return object < tokens.count && tokens[object].kind == .word && !tokens[object].isCapitalized
  }
}
