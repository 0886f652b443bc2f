/// "The suspects are: one Musa Bello, 34, and …", "arrested one Chinedu Okafor of Enugu": "one"
/// before a person's full name means "a certain" (a style of Nigerian, Ghanaian and South Asian
/// police and court copy); it counts no one. A count of one would name a noun ("one Red Cross
/// worker", "one British national"), so the two capitalized words must end the phrase.
extension FigureRecognizer {
  /// Whether the mention is a lower-case "one" before a full name that closes its phrase.
  func isCertainOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let surname = first + 2
    guard isLoneOne(mention), !tokens[first].isCapitalized, surname < tokens.count,
      tokens[first + 1].kind == .word, tokens[first + 1].isCapitalized,
      tokens[surname].kind == .word, tokens[surname].isCapitalized,
      isNameWord(first + 1), isNameWord(surname),
      !Vocabulary.personNouns.contains(lower(surname))
    else { return false }
    let next = surname + 1
    return next >= tokens.count || tokens[next].kind == .punctuation || isWord(next, "and")
  }

  /// Whether word token `index` is written as a name: a capital, then a lower-case letter
  /// ("Bello"; not "MP" or "UN").
  private func isNameWord(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.end - token.start >= 2 else { return false }
    return bytes[token.start + 1] &- 0x61 < 26
  }
}
