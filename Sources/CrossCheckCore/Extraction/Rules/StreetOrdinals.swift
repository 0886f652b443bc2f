/// "Fourth Street", "Fifth Avenue", "42nd Street", "the Second Avenue subway", "the Third
/// Mainland Bridge": a capitalized ordinal (or digits with an ordinal ending) before a
/// capitalized street word, with at most two more capitalized words of the name between, names
/// the street or bridge; it ranks nothing. So does an ordinal in digits after a compass point
/// written short ("W. 10th and Waterall Streets", "E. 42nd"), as US police and traffic reports
/// write intersections.
extension FigureRecognizer {
  /// Capitalized words of a name that may stand between its ordinal and its street word.
  private static let namePartsBetween = 2

  /// Whether the mention is the ordinal of a street's name.
  func isStreetOrdinal(_ mention: NumberMention) -> Bool {
    guard mention.isOrdinal, mention.firstToken == mention.lastToken else { return false }
    let first = mention.firstToken
    let isNameOrdinal = tokens[first].kind == .number || tokens[first].isCapitalized
    guard isNameOrdinal else { return false }
    if tokens[first].kind == .number, isCompassAbbreviation(endingAt: first - 1) { return true }
    var next = first + 1
    while next < tokens.count, next <= first + 1 + Self.namePartsBetween,
      tokens[next].kind == .word, tokens[next].isCapitalized
    {
      // "Third Street", "the Third Mainland Bridge"; not a headline's "Third Straight Road Game".
      if isStreetWord(next),
        next == first + 1 || Vocabulary.longNameCrossings.contains(lower(next))
      {
        return true
      }
      next += 1
    }
    return false
  }

  /// Whether token `index` ends a compass point written short: "W.", "NE." or "W" alone.
  private func isCompassAbbreviation(endingAt index: Int) -> Bool {
    let letters = isSymbol(index, 0x2E) ? index - 1 : index
    guard letters >= 0, tokens[letters].kind == .word,
      tokens[letters].end - tokens[letters].start <= 2,
      isCapitalCode(letters) || isSingleCapital(letters),
      Vocabulary.compassAbbreviations.contains(lower(letters))
    else { return false }
    // One letter needs its full stop ("W. 10th"; "finished W 3rd" is no street); the stop is
    // glued to it.
    guard letters != index else { return tokens[letters].end - tokens[letters].start == 2 }
    return !tokens[index].spaceBefore
  }

  /// Whether token `index` is one capital letter alone.
  private func isSingleCapital(_ index: Int) -> Bool {
    tokens[index].end - tokens[index].start == 1 && tokens[index].isCapitalized
  }
}
