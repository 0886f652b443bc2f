import Foundation

/// "the record of 34 set in 1994-95", "12 hit by the storm": a number above one takes a plural
/// noun, so a lone singular word right after it that a preposition follows is no counted noun
/// but a verb (a participle of a reduced relative clause). Nouns whose plural is their singular
/// ("staff", "aircraft", "crew") still count.
extension FigureRecognizer {
  /// Whether `noun`, the words after a count of `value`, is such a verb.
  func isVerbAfterCount(_ noun: Range<Int>, value: Decimal?) -> Bool {
    // Cheapest first: one word, not capitalized, then a preposition; the value last.
    let word = noun.lowerBound
    guard noun.count == 1, tokens[word].kind == .word, !tokens[word].isCapitalized,
      isWord(noun.upperBound, in: Vocabulary.participlePrepositions), let value, value > 1
    else { return false }
    let lowered = lower(word)
    return !lowered.hasSuffix("s") && !FigureRecognizer.irregularPlurals.contains(lowered)
      && !Vocabulary.invariantPlurals.contains(lowered)
  }
}
