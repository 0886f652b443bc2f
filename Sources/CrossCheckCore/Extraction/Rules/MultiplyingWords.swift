import Foundation

/// "twice the EU rate", "more than double what banks paid", "sales doubled", "nearly tripled":
/// a word that multiplies is a count of times, as "two times" and "twofold" are. "Twice" and
/// "thrice" always are; "double" and "triple" only where they multiply: a past "doubled" that is
/// not another verb ("doubled down", "doubled over in pain", "doubled as a shelter"), or a bare "double" after a hedge,
/// "to" or a modal, or before what is multiplied ("double the budget", "triple its output").
/// Not an adjective of kind ("double earthquakes", "the triple train crash", "a double"), nor a
/// compound ("double-digit", "twice-weekly").
extension FigureRecognizer {
  /// Whether the mention is "twice", "doubled" or another multiplying word: it ends no range
  /// ("more than doubled to 40 million" is a multiple and a level).
  func isMultiplyingWord(_ mention: NumberMention) -> Bool {
    guard mention.isMultiple, tokens[mention.firstToken].kind == .word else { return false }
    let word = lower(mention.firstToken)
    return Vocabulary.multipleAdverbs[word] != nil || Vocabulary.multiplyingWords[word] != nil
  }

  /// Whether the mention is a multiplying word that here names a kind, not a multiple.
  func isIdleMultiplyingWord(_ mention: NumberMention) -> Bool {
    guard mention.isMultiple, mention.firstToken == mention.lastToken else { return false }
    let index = mention.firstToken
    let word = lower(index)
    let isAdverb = Vocabulary.multipleAdverbs[word] != nil
    guard isAdverb || Vocabulary.multiplyingWords[word] != nil else { return false }
    if isGluedHyphen(index + 1) { return true }
    if isAdverb { return false }
    if word.hasSuffix("ed") {
      // "doubled over in pain", but "tripled over the summer".
      let bentOver =
        isWord(index + 1, "over")
        && (index + 2 >= tokens.count || tokens[index + 2].kind == .punctuation
          || isWord(index + 2, in: Vocabulary.bentOverFollowers))
      return bentOver || isWord(index + 1, in: Vocabulary.multiplyingParticles)
        || isWord(index - 1, in: Vocabulary.nounPhraseOpeners)
    }
    return !isWord(index - 1, in: Vocabulary.multiplyingLeads)
      && !isWord(index + 1, in: Vocabulary.multipliedOpeners)
  }
}
