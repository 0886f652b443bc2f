/// "Local 1199", "Local 32BJ": a union local is named by its number after a capitalized "Local";
/// the number counts nothing.
extension FigureRecognizer {
  /// Whether the mention is the number of a union local.
  func isUnionLocal(_ mention: NumberMention) -> Bool {
    let previous = mention.firstToken - 1
    guard previous >= 0, tokens[mention.firstToken].kind == .number, !mention.isSpelledOut,
      tokens[previous].isCapitalized, isWord(previous, "local")
    else { return false }
    return tokens[mention.firstToken].spaceBefore
  }
}
