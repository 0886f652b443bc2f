/// "1. Storm hits coast", "2) Prices rise": the number that opens a line of a numbered list
/// (a "Most read" box, a press release's numbered points) orders the items, it counts nothing.
extension FigureRecognizer {
  /// Whether the mention is a list item's number: one or two plain digits first on the line,
  /// then a glued "." or ")" and a space.
  func isListMarker(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first == 0, mention.lastToken == first, isPlainDigits(first),
      tokens[first].end - tokens[first].start <= 2, first + 2 < tokens.count
    else { return false }
    let mark = first + 1
    guard isSymbol(mark, 0x2E) || isSymbol(mark, 0x29), !tokens[mark].spaceBefore else {
      return false
    }
    return tokens[mark + 1].spaceBefore
  }
}
