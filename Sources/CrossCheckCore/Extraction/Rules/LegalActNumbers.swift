/// "Law 4150/2013", "Delegated Regulation (EU) 2020/687", "Directive 2009/128/EC": acts are
/// numbered by two numbers joined by a slash, a year among them; neither is a figure or a date.
extension FigureRecognizer {
  /// Whether the mention is either number of such an act's number, after a designator and
  /// perhaps the bracketed code of its legislature ("(EU)").
  func isLegalActNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, tokens[first].kind == .number else { return false }
    let start: Int
    if isSymbol(first - 1, 0x2F), first >= 2, tokens[first - 2].kind == .number,
      !tokens[first - 1].spaceBefore, !tokens[first].spaceBefore
    {
      start = first - 2
    } else if isSymbol(first + 1, 0x2F), first + 2 < tokens.count,
      tokens[first + 2].kind == .number, !tokens[first + 1].spaceBefore,
      !tokens[first + 2].spaceBefore
    {
      start = first
    } else {
      return false
    }
    var before = start - 1
    // "(EU)", "(EC)": the legislature's code in brackets.
    if isSymbol(before, 0x29), isSymbol(before - 2, 0x28), before >= 2,
      tokens[before - 1].kind == .word
    {
      before -= 3
    }
    guard before >= 0, tokens[before].kind == .word else { return false }
    return Vocabulary.legalActDesignators.contains(lower(before))
  }
}
