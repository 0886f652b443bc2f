/// "Ksh 157 B", "Ksh 18.2 B", "$3 B", "£40 m": a magnitude letter written apart after an amount
/// of money is billions or millions. After any other number, or before a noun it classes ("40 B
/// shares", "B-class"), the letter is a grade, a class or a name, and scales nothing.
extension FigureRecognizer {
  /// The power of ten of the magnitude letter at `index` after an amount of money, or nil.
  func spacedMoneyScale(at index: Int) -> Int? {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaceBefore,
      tokens[index].end - tokens[index].start == 1,
      let exponent = Vocabulary.spacedMoneyScales[text(tokens[index].start, tokens[index].end)]
    else { return nil }
    let next = index + 1
    guard next < tokens.count else { return exponent }
    // "B-class", "M&S": a letter joined to what follows is a name.
    if !tokens[next].spaceBefore, tokens[next].kind != .punctuation { return nil }
    if tokens[next].kind == .word, Vocabulary.letterClassNouns.contains(lower(next)) { return nil }
    return exponent
  }
}
