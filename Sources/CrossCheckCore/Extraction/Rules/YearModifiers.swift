/// A year that names the occasion of the noun after it: "the 2008 financial crisis", "the 2019
/// Hong Kong protests", "its 2023 accounts", "Labour's 2024 manifesto". After a determiner or a
/// possessive, four plain digits from 1800 to 2099 are the year of the thing named, even before
/// a plural ("the 2016 Rio Games"): news writes a count that large with a separator ("the 2,000
/// Britons"). Without one, "won 2024 votes" stays a count; nor is a year what counts people
/// ("its 1900 employees", "the 2000 residents"): a year dates an occasion, not a group.
extension FigureRecognizer {
  /// Whether `mention` is a year modifying the noun phrase after it.
  func isYearModifier(_ mention: NumberMention) -> Bool {
    guard isPlainYear(mention) else { return false }
    let previous = mention.firstToken - 1
    guard previous >= 0, tokens[previous].kind == .word,
      isWord(previous, in: Vocabulary.yearDeterminers) || isPossessiveWord(previous)
    else { return false }
    guard let noun = nounPhrase(after: mention.lastToken) else { return true }
    return !isWord(noun.upperBound - 1, in: Vocabulary.groupsOfPeople)
  }

  /// Four plain digits from 1800 to 2099 in one token: a number that may be a year
  /// (``isYearModifier(_:)``, ``isTimePhraseYear(_:)``).
  func isPlainYear(_ mention: NumberMention) -> Bool {
    mention.isYearLike && mention.firstToken == mention.lastToken
      && DecimalParts.isBetween(mention.value, 1800, 2099)
  }
}
