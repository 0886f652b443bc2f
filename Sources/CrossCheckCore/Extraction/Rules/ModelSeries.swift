/// "the best-selling 737 MAX and 767 and 777 wide-body programs", "assemble the 737 MAX and
/// 777": numbers of as many digits (three or more) joined by "and", "or" or a comma to a model
/// name (``isModelName(_:mention:)``) are the series' other models, not counts.
extension FigureRecognizer {
  /// The fewest digits of a model number in a series: "4 and 6 women" counts.
  private static let seriesDigits = 3

  /// Whether the mention is a later member of a series whose first member names a model.
  func isModelSeriesMember(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first == mention.lastToken, !mention.isYearLike,
      let digits = seriesDigitCount(first), !startsPluralName(first + 1)
    else { return false }
    var member = first
    // Walk back over "and 767", ", 767", "MAX and": each step one member further back.
    while member >= 2,
      isWord(member - 1, in: Self.conjunctions) || isSymbol(member - 1, 0x2C)
    {
      var previous = member - 2
      if tokens[previous].kind == .word, tokens[previous].isCapitalized,
        !startsPluralName(previous)
      {
        previous -= 1  // "737 MAX and": the model's name word
      }
      guard previous >= 1, seriesDigitCount(previous) == digits else { return false }
      if previous + 1 < member - 1, followsDeterminer(previous) { return true }
      member = previous
    }
    return false
  }

  /// Whether the number at `index` comes after a determiner, directly or across one hyphenated
  /// adjective ("the best-selling 737 MAX").
  func followsDeterminer(_ index: Int) -> Bool {
    if isWord(index - 1, in: Vocabulary.ordinalDeterminers) { return true }
    return index >= 4 && tokens[index - 1].kind == .word && isGluedHyphen(index - 2)
      && tokens[index - 3].kind == .word && isWord(index - 4, in: Vocabulary.ordinalDeterminers)
  }

  /// Plain digits, three or more, with nothing glued: the digit count, or nil.
  func seriesDigitCount(_ index: Int) -> Int? {
    guard isPlainDigits(index) else { return nil }
    let count = tokens[index].end - tokens[index].start
    return count >= Self.seriesDigits ? count : nil
  }

  /// "202 Labour MPs": a capitalized word that opens a plural noun phrase is a counted group's
  /// name, so the numbers before it count.
  private func startsPluralName(_ index: Int) -> Bool {
    index < tokens.count && tokens[index].kind == .word && tokens[index].isCapitalized
      && namesPlural(startingAt: index)
  }
}
