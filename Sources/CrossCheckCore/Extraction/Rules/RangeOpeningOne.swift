/// "Symptoms usually last one to three days", "wait one or two hours": "one" before "to" or
/// "or" and another number opens a range or a choice of counts, even after a word that can
/// make it a pronoun ("last"). A determiner before that word keeps the pronoun: "the first one
/// to 10 points", "the fastest one to 100 goals", "the last one to 3 million views". "No one"
/// and "every one" stay pronouns.
extension FigureRecognizer {
  /// Whether the mention, a lone "one", opens a range or a choice with a number after it.
  func opensRangeWithOne(_ mention: NumberMention) -> Bool {
    let connector = mention.lastToken + 1
    let partner = connector + 1
    let before = mention.firstToken - 1
    guard partner < tokens.count, isWord(connector, "to") || isWord(connector, "or"),
      tokens[partner].kind == .number || isCardinalWord(partner),
      !isWord(before, in: ["no", "every", "any", "someone"]),
      !isWord(before - 1, in: Vocabulary.ordinalDeterminers)
    else { return false }
    return true
  }
}
