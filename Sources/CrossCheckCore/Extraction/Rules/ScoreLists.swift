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
    let bracketed = isSymbol(position, 0x29)
    if bracketed { position -= 1 }
    // A tie-break in brackets may be written with a slash ("7-6 (7/4), 6-4").
    guard position >= 2, tokens[position].kind == .number, !tokens[position].spaceBefore,
      tokens[position - 1].kind == .dash || (bracketed && isSymbol(position - 1, 0x2F)),
      !tokens[position - 1].spaceBefore, tokens[position - 2].kind == .number
    else { return nil }
    return position - 2
  }

  /// "toppled Kevin Anderson 7-6, 6-4", "tops Khachanov 6-2, 6-3", "scoring 7-6 (7-3), 6-7
  /// (4-7), 3-6": two sets or more in a row, each won by the side with six or seven games, are
  /// a tennis score whatever verb comes before them; each is a tally. (A lone "6-4" might be a
  /// range; a row of set-shaped pairs is not.)
  func isSetScoreList(firstToken first: Int) -> Bool {
    guard isSetShaped(first) else { return false }
    if var before = scoreBefore(first) {
      // Over a tie-break in brackets to its set: "7-6 (7/4), 6-4".
      if isSymbol(before - 1, 0x28), let set = scoreBefore(before) { before = set }
      if isSetShaped(before) { return true }
    }
    // The next pair, over a tie-break in brackets: "7-6 (7-3), 6-7", "6-4, 6-3".
    var next = first + 3
    if isSymbol(next, 0x28), isSymbol(next + 4, 0x29) { next += 5 }
    if isSymbol(next, 0x2C) { next += 1 }
    return next != first + 3 && isSetShaped(next)
  }

  /// Whether tokens from `first` are a glued "N-N" of a tennis set: both at most seven, the
  /// larger six or seven.
  func isSetShaped(_ first: Int) -> Bool {
    guard first >= 0, first + 2 < tokens.count, tokens[first].kind == .number,
      tokens[first + 1].kind == .dash, !tokens[first + 1].spaceBefore,
      tokens[first + 2].kind == .number, !tokens[first + 2].spaceBefore,
      !tokens[first].hasSuffix, !tokens[first + 2].hasSuffix,
      let a = parser.digitValue(tokens[first]), let b = parser.digitValue(tokens[first + 2])
    else { return false }
    let larger = max(a, b)
    return max(a, b) <= 7 && min(a, b) >= 0 && (larger == 6 || larger == 7)
      && tokens[first].end - tokens[first].start == 1
  }
}
