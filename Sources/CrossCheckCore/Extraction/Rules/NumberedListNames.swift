/// Names of stock indices and rankings built on a number: "the S&P 500", "FTSE 100", "Nikkei
/// 225", "Russell 2000", "the Fortune 500". The number names the list (how many members it was
/// made with), it is not a count in the story, and it must not become a year ("Russell 2000").
extension FigureRecognizer {
  /// Whether the mention is the number of a stock index's or a ranking's name.
  func isNumberedListName(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first > 0, tokens[first].kind == .number, !mention.isSpelledOut,
      !tokens[first].hasSuffix, mention.scale == nil, tokens[first].spaceBefore,
      tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized
    else { return false }
    if isWord(first - 1, in: Vocabulary.numberedListNames) { return true }
    // "S&P 500", "S&P/ASX 200": the letters around an ampersand or a slash.
    return first >= 3 && isWord(first - 1, in: ["p", "asx", "tsx"])
      && [0x26, 0x2F].contains(tokens[first - 2].scalar) && tokens[first - 3].kind == .word
  }
}
