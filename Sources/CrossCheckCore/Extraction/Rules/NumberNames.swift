/// "the number 14 shirt", "a number 2 pencil", "Number 10", "the number nine shirt": digits or
/// a number word right after the word "number" name something (a shirt, a route, a house), as
/// "No. 8" does; they count nothing.
extension FigureRecognizer {
  /// Whether the mention is digits or a number word named by the "number" before them.
  func isNumberName(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    // Cheapest first: the word before, then the digits.
    guard mention.lastToken == first, first > 0, !mention.isOrdinal,
      tokens[first - 1].kind == .word, tokens[first - 1].end - tokens[first - 1].start == 6,
      isWord(first - 1, "number"), tokens[first].spaceBefore,
      // A name's "number" has a determiner or a capital; the verb has neither ("The dead now
      // number 52").
      tokens[first - 1].isCapitalized || isWord(first - 2, in: Vocabulary.ordinalDeterminers)
    else { return false }
    return mention.isSpelledOut ? tokens[first].kind == .word : isPlainDigits(first)
  }
}
