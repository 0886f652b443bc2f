/// "LHS 3844 b", "TOI 270 d", "GJ 1214 b": a catalogue's capital letters, a number and a
/// lower-case letter for one of its companions name a star's planet; the number counts
/// nothing. (Written with a hyphen, "TOI-270 d" and "Kepler-22b" are names already.)
extension FigureRecognizer {
  /// Whether the mention is the number of such a catalogue name.
  func isCatalogueDesignation(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let letter = mention.lastToken + 1
    guard !mention.isSpelledOut, mention.lastToken == first, first > 0,
      tokens[first].kind == .number, !tokens[first].hasSuffix, isCatalogueCode(first - 1),
      letter < tokens.count, tokens[letter].kind == .word, tokens[letter].spaceBefore,
      tokens[letter].end - tokens[letter].start == 1,
      (0x62...0x69).contains(bytes[tokens[letter].start])
    else { return false }
    let next = letter + 1
    return next >= tokens.count || tokens[next].kind != .word || tokens[next].spaceBefore
  }

  /// Two to five capital letters alone: "LHS", "TOI", "WASP".
  private func isCatalogueCode(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.kind == .word && (2...5).contains(token.end - token.start)
      && UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]).allSatisfy {
        $0 &- 0x41 < 26
      }
  }
}
