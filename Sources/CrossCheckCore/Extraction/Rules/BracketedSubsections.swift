/// "section 3(4)", "Article 12(1)(2)": digits in brackets glued to a section's number (or to the
/// subsection before them) number a subsection of a law or a document; they count nothing.
extension FigureRecognizer {
  /// Whether the mention is a number in brackets glued to a number or a closing bracket.
  func isBracketedSubsection(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let open = first - 1
    guard mention.lastToken == first, isPlainDigits(first), open >= 1, isSymbol(open, 0x28),
      !tokens[open].spaceBefore, !tokens[first].spaceBefore, isSymbol(first + 1, 0x29),
      !tokens[first + 1].spaceBefore
    else { return false }
    return tokens[open - 1].kind == .number || isSymbol(open - 1, 0x29)
  }
}
