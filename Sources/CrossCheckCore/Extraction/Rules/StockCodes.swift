/// "Sakura Motors (7291)", "(7203.T)", "(HKEX: 0700)", "(TSE: 6758)": digits alone in brackets
/// after a company's name are its stock code when an exchange's code and a colon come before
/// them or an exchange's suffix is glued after them ("7203.T", "0700.HK"). Four to six digits
/// with no thousands comma and no year's value, alone in brackets right after a capitalized
/// name, are a code too: news writes a count that large with its comma ("Germany (1,200)").
extension FigureRecognizer {
  /// Whether the mention is a stock code in brackets.
  func isStockCode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let open = first - 1
    guard !mention.isSpelledOut, mention.lastToken == first, isPlainDigits(first),
      (4...6).contains(tokens[first].end - tokens[first].start), open >= 1
    else { return false }
    // "(HKEX: 0700)": an exchange's code of capitals and a colon, after the bracket.
    if isSymbol(open, 0x3A), open >= 2, isCapitals(open - 1), isSymbol(open - 2, 0x28),
      isSymbol(first + 1, 0x29)
    {
      return true
    }
    guard isSymbol(open, 0x28), !tokens[first].spaceBefore, tokens[open - 1].kind == .word,
      tokens[open - 1].isCapitalized
    else { return false }
    // "(7203.T)": an exchange's suffix of one or two capitals glued after a dot.
    if isSymbol(first + 1, 0x2E), !tokens[first + 1].spaceBefore, first + 3 < tokens.count,
      isCapitals(first + 2), tokens[first + 2].end - tokens[first + 2].start <= 2,
      !tokens[first + 2].spaceBefore, isSymbol(first + 3, 0x29)
    {
      return true
    }
    return !mention.isYearLike && isSymbol(first + 1, 0x29) && !tokens[first + 1].spaceBefore
  }

  /// A word of two to six capital letters: an exchange's code ("TSE", "HKEX"), or one or two
  /// for its suffix ("T", "HK").
  private func isCapitals(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    return (1...6).contains(token.end - token.start)
      && (token.start..<token.end).allSatisfy { bytes[$0] &- 0x41 < 26 }
  }
}
