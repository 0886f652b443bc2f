/// "It was a punishing one", "the second one this year", "the only one that survived": "one"
/// after a determiner and a modifier, with no noun after it, stands for a noun said before it
/// (a pronoun), not a count. "only one state", "a mere one", "an additional one" stay counts.
extension FigureRecognizer {
  /// Whether the mention is such a pronoun "one".
  func isElidedNounOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard isLoneOne(mention), first >= 2, isWord(first - 2, in: Vocabulary.elidedNounDeterminers)
    else { return false }
    // "the only one", "its only one": with a determiner, "only" marks the one of its kind.
    if isWord(first - 1, "only") { return true }
    let modifier = first - 1
    guard tokens[modifier].kind == .word, !tokens[modifier].isCapitalized,
      !isWord(modifier, in: Vocabulary.countingModifiers),
      !isWord(modifier, in: Vocabulary.countStressers), !isCardinalWord(modifier)
    else { return false }
    let next = first + 1
    guard next < tokens.count else { return true }
    if tokens[next].kind == .punctuation {
      return [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F].contains(tokens[next].scalar)
    }
    return isWord(next, in: Vocabulary.afterElidedNoun)
  }
}
