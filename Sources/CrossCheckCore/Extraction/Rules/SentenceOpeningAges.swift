/// "At 21 he joined the army", "At 16, she left school": a bare number after a sentence's
/// opening "At" and before a personal pronoun is the person's age then, a duration in years,
/// not a count. A clock time would carry a marker or a colon ("At 5 p.m. he left"), read before
/// this.
extension FigureRecognizer {
  private static let personalPronouns = ["he", "she", "they", "i", "we"]

  /// Turns each such number into an age.
  func markAgesOpeningASentence(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      let number = drafts[index].firstToken
      // Cheapest first: one token, a count, and "At" with a capital just before it.
      guard drafts[index].lastToken == number, drafts[index].kind == .count, number > 0,
        tokens[number - 1].kind == .word, tokens[number - 1].isCapitalized,
        isWord(number - 1, "at"), drafts[index].qualifier == nil,
        tokens[number].kind == .number, !tokens[number].hasSuffix,
        tokens[number].end - tokens[number].start <= 2,
        let value = drafts[index].value, NumberParser.isInteger(value), value >= 1
      else { continue }
      let pronoun = isSymbol(number + 1, 0x2C) ? number + 2 : number + 1
      guard isWord(pronoun, in: Self.personalPronouns) else { continue }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].nounTokens = nil
      drafts[index].compoundUnit = "age"
    }
  }
}
