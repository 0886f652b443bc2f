/// "Symptoms last one to three days", "the last one or two games": "one" before "to" or "or"
/// and another number opens a range or a choice of counts, even after a word that would make it
/// a pronoun ("the last one", "the new one"); only "no one" and "every one" stay pronouns.
extension FigureRecognizer {
  /// Whether the mention, a lone "one", opens a range or a choice with a number after it.
  func opensRangeWithOne(_ mention: NumberMention) -> Bool {
    let connector = mention.lastToken + 1
    let partner = connector + 1
    guard partner < tokens.count, isWord(connector, "to") || isWord(connector, "or"),
      tokens[partner].kind == .number || isCardinalWord(partner),
      !isWord(mention.firstToken - 1, in: ["no", "every", "any", "someone"])
    else { return false }
    return true
  }
}
