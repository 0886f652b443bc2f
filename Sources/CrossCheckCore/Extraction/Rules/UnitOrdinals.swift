/// "the 4th Infantry Division", "the US 7th Fleet", "the 101st Airborne", "the 9th Circuit",
/// "the 2nd Amendment", "the 3rd Precinct": an ordinal before a capitalized word of a standing
/// body's name (a military unit, a court circuit, an amendment, a district or precinct), with at
/// most two more capitalized words of the name between, names the body; it ranks nothing in the
/// story. Written in lower case ("finished 4th in the division") it still ranks.
extension FigureRecognizer {
  /// Capitalized words of a name that may stand between its ordinal and its unit word.
  private static let unitNamePartsBetween = 2

  /// Whether the mention is the ordinal of a standing unit's or body's name.
  func isUnitOrdinal(_ mention: NumberMention) -> Bool {
    guard mention.isOrdinal, mention.firstToken == mention.lastToken else { return false }
    let first = mention.firstToken
    guard tokens[first].kind == .number || tokens[first].isCapitalized else { return false }
    var next = first + 1
    while next < tokens.count, next <= first + 1 + Self.unitNamePartsBetween,
      tokens[next].kind == .word, tokens[next].isCapitalized, tokens[next].spaceBefore
    {
      if isWord(next, in: Vocabulary.unitNameNouns) { return true }
      // A headline's "Climbs To 4th As Division Rivals Falter": no name runs through "As".
      if Vocabulary.stopWords.contains(lower(next)) { return false }
      next += 1
    }
    return false
  }
}
