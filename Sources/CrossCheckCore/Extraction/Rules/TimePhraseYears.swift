/// "In 2022 prices rose 5%", "By 2030 emissions must fall", "At the start of 2021 sales fell",
/// "In the first half of 2023 exports grew": four plain digits from 1800 to 2099
/// (``isPlainYear(_:)``) that open a clause after a preposition of time, or follow "of" after a
/// part of a period ("the start of"), are the phrase's year, even before a plural: the noun
/// after them is the clause's subject, not what they count. A count in such a place is written
/// with a separator ("In 2,000 homes"); a preposition inside a clause ("cut power in 2000
/// homes") is left as a count, and so are words that also open clauses of their own ("After
/// 2000 votes were counted") or name a count's end ("the end of 2000 jobs").
extension FigureRecognizer {
  /// Whether `mention` is the year of a time phrase that opens a clause.
  func isTimePhraseYear(_ mention: NumberMention) -> Bool {
    guard isPlainYear(mention) else { return false }
    let preposition = mention.firstToken - 1
    guard preposition >= 0, tokens[preposition].kind == .word else { return false }
    // "the start of 2021", "the first half of 2023": the year of a part of a period.
    if isWord(preposition, "of") {
      let part = preposition - 1
      guard part >= 0 else { return false }
      return isWord(part, in: Vocabulary.periodParts)
        || (isWord(part, in: Vocabulary.orderedPeriodParts) && part >= 1
          && isWord(part - 1, in: Vocabulary.periodOrdinals))
    }
    guard isWord(preposition, in: Vocabulary.clauseTimePrepositions) else { return false }
    // The preposition opens the sentence, or a clause after a comma, semicolon or dash.
    let before = preposition - 1
    return opensSentence(preposition) || tokens[before].kind == .dash
      || isSymbol(before, 0x2C) || isSymbol(before, 0x3B)
  }
}
