/// "oh-eight-hundred, oh-two-nine, nine-nine-nine": a number read aloud digit by digit (a
/// telephone number, a code), with "oh" for zero and its groups joined by hyphens, is no figure:
/// a group opened by "oh", or three digit words or more in a row. "two-three" stays a range.
extension FigureRecognizer {
  /// Whether the spelled-out mention is a run of digits read aloud.
  func isSpokenDigits(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isSpelledOut, tokens[first].kind == .word else { return false }
    if isGluedHyphen(first - 1), isWord(first - 2, "oh") { return true }
    guard isDigitWord(first) else { return false }
    var start = first
    while isGluedHyphen(start - 1), isDigitWord(start - 2) { start -= 2 }
    var end = first
    while isGluedHyphen(end + 1), isDigitWord(end + 2) { end += 2 }
    return (end - start) / 2 + 1 >= 3
  }

  /// Whether token `index` is one digit in words ("nine"; "oh" for zero).
  private func isDigitWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    if isWord(index, "oh") { return true }
    if case .unit(let value)? = parser.lexicon.word(tokens[index]) { return value <= 9 }
    return false
  }
}
