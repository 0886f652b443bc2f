/// "visit Building 2", "Suite 12, 400 Market Street", "moved to Tower 2": a capitalized word for
/// a part of a site, and digits after it, name a building, office or floor; they count nothing.
/// Opening a sentence the word may be a verb's "-ing" form ("Building 300 homes will take"),
/// whose number counts, and so does a number before the plural it counts, in any case ("Plans for
/// Building 300 Homes", "Next up: Building 300 homes").
extension FigureRecognizer {
  /// Whether the mention is the number of a building, suite or floor named by the word before.
  func isPremisesNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first > 0, mention.lastToken == first, !mention.isSpelledOut,
      tokens[first].kind == .number, tokens[first].spaceBefore, isPlainDigits(first),
      tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
      isWord(first - 1, in: Vocabulary.premisesDesignators)
    else { return false }
    let word = first - 1
    return word > 0 && !isPluralNoun(first + 1)
      && !ContextAnalyzer(recognizer: self).endsSentence(at: word - 1)
      && !(tokens[word - 1].kind == .punctuation
        && Vocabulary.openingQuotes.contains(tokens[word - 1].scalar))
  }

  /// A word of more than three letters ending in a single "s" ("homes", "Homes"), or an
  /// irregular plural ("people").
  private func isPluralNoun(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = lower(index)
    return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
      && !word.hasSuffix("'s") && !word.hasSuffix("’s")
      || FigureRecognizer.irregularPlurals.contains(word)
  }
}
