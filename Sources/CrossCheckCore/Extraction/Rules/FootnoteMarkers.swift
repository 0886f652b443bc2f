/// "the usual affordability yardstick.[2]", "[1] CMHC, Starts and Completions Survey": a small
/// number in square brackets glued to the text before it, or opening a line, marks a note; it
/// counts nothing.
extension FigureRecognizer {
  /// Whether the mention is such a note marker.
  func isFootnoteMarker(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, tokens[first].kind == .number, first >= 1,
      isSymbol(first - 1, 0x5B), isSymbol(first + 1, 0x5D), !tokens[first].spaceBefore,
      !tokens[first + 1].spaceBefore, tokens[first].end - tokens[first].start <= 3
    else { return false }
    return first == 1 || !tokens[first - 1].spaceBefore
  }
}
