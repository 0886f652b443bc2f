/// "401(k)", "501(c)(3)", "Section 230(c)": digits with a letter in brackets glued after them
/// name a section of a code or a law (and the plans and bodies named after it); they count
/// nothing.
extension FigureRecognizer {
  /// Whether the mention's digits are followed, with no space, by one or two letters in brackets.
  func isLetteredSubsection(_ mention: NumberMention) -> Bool {
    let number = mention.lastToken
    let open = number + 1
    guard isPlainDigits(number), open + 2 < tokens.count, isSymbol(open, 0x28),
      !tokens[open].spaceBefore, tokens[open + 1].kind == .word, !tokens[open + 1].spaceBefore,
      isSymbol(open + 2, 0x29), !tokens[open + 2].spaceBefore
    else { return false }
    let letter = tokens[open + 1]
    let length = letter.end - letter.start
    return length <= 2 && bytes[letter.start..<letter.end].allSatisfy { $0 &- 0x61 < 26 }
  }
}
