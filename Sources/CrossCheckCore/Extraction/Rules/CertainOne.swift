/// "The suspects are: one Musa Bello, 34, and …", "arrested one Chinedu Okafor, 27, of Enugu":
/// "one" before a person's full name means "a certain" (a style of Nigerian, Ghanaian and South
/// Asian police and court copy); it counts no one. It is told by a list's colon before it or
/// the person's age after it: "one Grand Slam", "one New Zealander" and "one Red Cross worker"
/// count.
extension FigureRecognizer {
  /// Whether the mention is a lower-case "one" before a full name that closes its phrase.
  func isCertainOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let surname = first + 2
    guard isLoneOne(mention), !tokens[first].isCapitalized, surname < tokens.count,
      tokens[first + 1].kind == .word, tokens[first + 1].isCapitalized,
      tokens[surname].kind == .word, tokens[surname].isCapitalized,
      isWrittenAsName(first + 1), isWrittenAsName(surname),
      !Vocabulary.personNouns.contains(lower(surname))
    else { return false }
    // Listed after a colon or "namely", or given an age ("one Musa Bello, 34,"): a person;
    // "won one Grand Slam", "killed one New Zealander" count.
    if isSymbol(first - 1, 0x3A) || isWord(first - 1, "namely") { return true }
    let comma = surname + 1
    return isSymbol(comma, 0x2C) && comma + 1 < tokens.count
      && tokens[comma + 1].kind == .number && isSymbol(comma + 2, 0x2C)
  }

}
