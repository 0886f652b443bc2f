/// "the iPhone 6 and 6 Plus", "the Lumia 920 and 925", "the iPhone 5s and 5c": after a brand
/// name, two numbers of as many digits joined by "and", "or" or a comma are a series of models,
/// each one a name. Not at the start of a sentence, where "Between 20 and 30" is a range.
extension FigureRecognizer {
  /// Whether the mention is one of two model numbers coordinated after a brand name.
  func isCoordinatedModelName(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first == mention.lastToken, !mention.isYearLike,
      let digits = modelDigitCount(first)
    else { return false }
    // The first of the pair: "Lumia [920] and 925". (The other number, told by its token, is
    // asked first: most numbers have none two tokens away.)
    if modelDigitCount(first + 2) == digits,
      isWord(first + 1, in: Self.conjunctions) || isSymbol(first + 1, 0x2C),
      isBrandName(first - 1), !countsAfter(first + 2)
    {
      return true
    }
    // The second: "Lumia 920 and [925]".
    return first >= 3 && modelDigitCount(first - 2) == digits
      && (isWord(first - 1, in: Self.conjunctions) || isSymbol(first - 1, 0x2C))
      && isBrandName(first - 3) && !countsAfter(first)
  }

  /// The words that join the models of a series (``isModelSeriesMember(_:)`` too).
  static let conjunctions: WordList = ["and", "or"]

  /// The digits of a model number ("6", "920", "5s", "5c"): plain digits with at most two
  /// letters glued after them; nil for anything else.
  private func modelDigitCount(_ index: Int) -> Int? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .number,
      tokens[index].scalar == 0, tokens[index].end - tokens[index].suffixStart <= 2
    else { return nil }
    let token = tokens[index]
    let digits = bytes[token.start..<token.suffixStart]
    guard !digits.isEmpty, digits.allSatisfy({ Tokenizer.isDigit($0) }),
      bytes[token.suffixStart..<token.end].allSatisfy({ ($0 | 0x20) &- 0x61 < 26 })
    else { return nil }
    return digits.count
  }

  /// A capitalized name inside a sentence ("Lumia", "iPhone"), not a month.
  private func isBrandName(_ index: Int) -> Bool {
    guard index >= 1, tokens[index].kind == .word,
      tokens[index].isCapitalized || isInnerCapitalized(index),
      Vocabulary.months[lower(index)] == nil
    else { return false }
    let previous = tokens[index - 1]
    return previous.kind == .word || previous.kind == .number
      || (previous.kind == .punctuation && !isSymbol(index - 1, 0x2E))
  }

  /// "4 and 6 women": a lower-case plural after the second number is what both count.
  private func countsAfter(_ index: Int) -> Bool {
    let next = index + 1
    guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else {
      return false
    }
    let word = lower(next)
    return word.count > 2 && word.hasSuffix("s") && !word.hasSuffix("ss")
  }
}
