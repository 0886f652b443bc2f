/// "lost about 20% of their body weight over 72 weeks", "a fall of 5% in its value over two
/// years": "over" and a time after the of-phrase that ends a figure is the period the figure
/// spans, not "more than" (as "$400 billion over 30 years" right after the figure is). After
/// people ("10% of adults over 65 years") it stays a bound. So is "over" after the noun a figure
/// measures when that noun is a change or a payment ("a 35% wage increase over four years", "a
/// $7bn aid package over five years"); after any other word ("patients waiting over 18 weeks")
/// it stays "more than".
extension FigureRecognizer {
  /// The most words of an of-phrase between a figure and "over".
  private static let ofPhraseWords = 4
  /// Nouns for people, after which "over" bounds an age.
  private static let peopleNouns: Set<String> = [
    "people", "adults", "those", "children", "men", "women", "patients", "residents", "workers",
    "population",
  ]

  /// Whether "over" at `over` ends the of-phrase of the figure that ends at `limit`.
  func isSpanAfterOfPhrase(over: Int, limit: Int) -> Bool {
    guard limit >= 0, isWord(limit + 1, "of"), over - (limit + 2) <= Self.ofPhraseWords,
      over > limit + 2
    else { return false }
    for index in (limit + 2)..<over where tokens[index].kind != .word { return false }
    // "vehicles over 10 years old": an age, a bound whatever is aged.
    for index in (over + 2)...(over + 4) where isWord(index, "old") { return false }
    return !isWord(over - 1, in: Self.peopleNouns) && !isWord(over - 1, in: Vocabulary.personNouns)
  }

  /// The most words of the noun phrase between a figure and "over".
  private static let nounPhraseWords = 3

  /// Whether "over" at `over` follows the figure that ends at `limit` and a short noun phrase
  /// that ends in a change or payment noun (``Vocabulary/spanningChangeNouns``).
  func isSpanAfterChangeNoun(over: Int, limit: Int) -> Bool {
    guard limit >= 0, over - limit - 1 >= 1, over - limit - 1 <= Self.nounPhraseWords,
      isWord(over - 1, in: Vocabulary.spanningChangeNouns)
    else { return false }
    for index in (limit + 1)..<over
    where tokens[index].kind != .word || tokens[index].isCapitalized {
      return false
    }
    return true
  }
}
