/// "a 25-cent fare hike", "a 10-pence rise": a currency's sub-unit joined on by a hyphen makes an
/// amount of money, as "25 cents" does, not a count of cents. A cent with no country follows the
/// article's home dollar, as a bare "$" does.
extension FigureRecognizer {
  /// Turns each count of a sub-unit joined on by a hyphen into money in that sub-unit (made the
  /// main currency by ``mainCurrencyOfSubunits(_:)``).
  func markHyphenatedSubunits(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices where drafts[index].kind == .count {
      guard let subunit = hyphenatedSubunit(after: drafts[index].lastToken),
        case .found(let code) = Vocabulary.subunitWords.probe(
          bytes, tokens[subunit].start, tokens[subunit].end)
      else { continue }
      let word = lower(subunit)
      drafts[index].kind = .money
      drafts[index].unit = code
      drafts[index].unitIsAmbiguous = Vocabulary.bareDollarWords.contains(word)
      drafts[index].lastToken = subunit
      drafts[index].end = tokens[subunit].end
      // "a 25-cent fare hike" prices the fare hike, as "a $53-million contract" does.
      drafts[index].nounTokens = nounPhrase(after: subunit)
      drafts[index].compoundUnit = nil  // what is priced is no count of cents
    }
  }

  /// The word joined by a hyphen to a draft's number ("cent" of "25-cent"), whether the
  /// draft's span, ending at token `last`, already takes it in or not. (Given the token, not
  /// the draft: a copy of a draft would retain its arrays.)
  private func hyphenatedSubunit(after last: Int) -> Int? {
    var word = last
    if tokens[word].kind == .number { word += 2 }
    guard word < tokens.count, word >= 2, tokens[word].kind == .word, isGluedHyphen(word - 1),
      tokens[word - 2].kind == .number
    else { return nil }
    return word
  }
}
