/// The sets of a match listed after its result: "beat Djokovic 1-6, 7-6 (8-6), 6-1, 3-6, 6-4".
/// A word of a result ("beat", "won") is near the first score only; each score after it is a
/// tally because the one before it is, a comma or a tie-break's bracket apart.
extension FigureRecognizer {
  /// The most scores walked back over: a five-set match with its tie-breaks.
  private static let longestScoreList = 12

  /// Whether the dash-joined pair starting at token `first` goes on a list of scores whose
  /// first has a word of a result just before it.
  func continuesScoreList(_ first: Int) -> Bool {
    var start = first
    for _ in 0..<Self.longestScoreList {
      guard let previous = scoreBefore(start) else { return false }
      start = previous
      let window = max(0, start - 8)..<start
      if window.contains(where: { isWord($0, in: Vocabulary.tallyWords) }) { return true }
      if hasAdjacentTallyWord(first: start, last: start) { return true }  // "drew 6-6, 7-6"
    }
    return false
  }

  /// The first token of a glued "N-N" that ends a comma or an opening bracket before `index`
  /// ("6-1, 6-4", "7-6 (8-6)", "7-6 (8-6), 6-1").
  private func scoreBefore(_ index: Int) -> Int? {
    var position = index - 1
    // Cheapest first: the separator, one token back.
    guard isSymbol(position, 0x2C) || isSymbol(position, 0x28) else { return nil }
    position -= 1
    if isSymbol(position, 0x29) { position -= 1 }
    guard position >= 2, tokens[position].kind == .number, !tokens[position].spaceBefore,
      tokens[position - 1].kind == .dash, !tokens[position - 1].spaceBefore,
      tokens[position - 2].kind == .number
    else { return nil }
    return position - 2
  }
}
