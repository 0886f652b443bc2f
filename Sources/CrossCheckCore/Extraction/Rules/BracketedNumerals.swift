/// "fifteen (15) per cent", "five (5) people", "fifty thousand (50,000) naira": a number in words
/// restated in digits in brackets, as contracts, court reports and official notices write it,
/// is one number; its unit comes after the closing bracket.
extension FigureRecognizer {
  /// Joins each spelled-out mention to the bracketed digits of the same value right after it:
  /// the mention reaches over the closing bracket, and the digits are no mention of their own.
  func joinBracketedNumerals(_ mentions: inout [NumberMention]) {
    var index = 1
    while index < mentions.count {
      let words = mentions[index - 1]
      let digits = mentions[index]
      let opening = words.lastToken + 1
      let closing = digits.lastToken + 1
      guard words.isSpelledOut, !digits.isSpelledOut, digits.firstToken == opening + 1,
        isSymbol(opening, 0x28), isSymbol(closing, 0x29), words.value == digits.value,
        words.isOrdinal == digits.isOrdinal
      else {
        index += 1
        continue
      }
      mentions[index - 1].lastToken = closing
      mentions[index - 1].end = tokens[closing].end
      mentions.remove(at: index)
    }
  }
}
