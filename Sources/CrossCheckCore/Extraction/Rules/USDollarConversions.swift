/// "$US13.4 billion ($20.9 billion)", "US$5 billion ($6.8 billion)": a bare "$" in brackets
/// after an amount in US dollars cannot be its conversion into US dollars; it converts it into
/// the home dollar of the paper (an Australian, New Zealand or Canadian one), so it is read as
/// a bare "$" is, by the article's home.
extension FigureRecognizer {
  /// Whether the amount whose last token is `amountEnd` is written in US dollars: "$US13.4
  /// billion", "US$5 billion", "USD 5 billion".
  func isUSDollarAmount(endingAt amountEnd: Int) -> Bool {
    var number = amountEnd
    if tokens[number].kind != .number {
      number -= 1  // the scale: "billion", "bn"
      guard number >= 0, tokens[number].kind == .number else { return false }
    }
    guard number >= 2 else { return false }
    let before = number - 1
    // "$US13.4": the letters glued between the sign and the number.
    if tokens[before].kind == .word, !tokens[number].spaceBefore, isSymbol(before - 1, 0x24) {
      return Vocabulary.signFirstDollarLetters[text(tokens[before].start, tokens[before].end)]
        == "USD"
    }
    // "US$5", "USD 5".
    if isSymbol(before, 0x24), tokens[before - 1].kind == .word {
      return Vocabulary.dollarPrefixes[lower(before - 1)] == "USD"
    }
    return tokens[before].kind == .word && text(tokens[before].start, tokens[before].end) == "USD"
  }
}
