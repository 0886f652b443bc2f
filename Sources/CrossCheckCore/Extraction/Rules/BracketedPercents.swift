/// "0.02 per cent higher than in December (0.85) per cent": a number alone in brackets with a
/// percent word after the closing bracket is that percent; the bracket sets off the number, as
/// a sentence's aside, not the unit.
extension FigureRecognizer {
  /// The last token of the percent word after the bracket that closes right after `mention`,
  /// when an opening bracket comes right before it; nil otherwise.
  func bracketedPercentEnd(after mention: NumberMention) -> Int? {
    let closing = mention.lastToken + 1
    guard mention.firstToken > 0, isSymbol(mention.firstToken - 1, 0x28), isSymbol(closing, 0x29)
    else { return nil }
    let word = closing + 1
    if isWord(word, in: ["percent", "pct"]) { return word }
    if isWord(word, "per"), isWord(word + 1, "cent") { return word + 1 }
    return nil
  }
}
