/// "downed Anderson 7-6 (7/4), 6-4", "lost 6-7 (4/7)": the points of a set's tie-break, in
/// brackets after the set and written with a slash, belong to the score; they are no date
/// (7 April) and no fraction (four sevenths).
extension FigureRecognizer {
  /// Whether the mention is the "N/N" of a bracketed tie-break right after a tennis set.
  func isSlashTieBreak(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first >= 4, first + 3 < tokens.count, isSymbol(first - 1, 0x28),
      isSymbol(first + 1, 0x2F), tokens[first + 2].kind == .number, isSymbol(first + 3, 0x29)
    else { return false }
    return isSetShaped(first - 4)
  }
}
