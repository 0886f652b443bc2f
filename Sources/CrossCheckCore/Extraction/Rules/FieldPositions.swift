/// "a knock-on inside her own 22", "pinned back on their own 20.": a number after a possessive's
/// "own" with no noun after it names a line of the pitch (a rugby 22, a gridiron yard line), no
/// figure. "their own 22 players" still counts players.
extension FigureRecognizer {
  /// Whether the mention is a line of the pitch named by its number after "own".
  func isFieldPosition(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first >= 2, isWord(first - 1, "own"),
      isWord(first - 2, in: Vocabulary.personalPossessives) || isWord(first - 2, "its")
    else { return false }
    let next = mention.lastToken + 1
    return next >= tokens.count || tokens[next].kind == .punctuation
      || tokens[next].kind == .symbol
  }
}
