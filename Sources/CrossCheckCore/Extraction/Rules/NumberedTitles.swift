/// "Modern Warfare 3 and Diablo IV", "sales of Grand Theft Auto 5,", "World War 2": a number
/// of one or two digits after a name of two or more capitalized words, with no noun after it, is the name's
/// sequel or series number, not a count. A number near it on either side, in digits or words or
/// "nil" ("Leeds United 1, Aston Villa 3", "the Liberal Democrats 72 and the SNP nine"), makes a
/// list of results, which stays; so does a two-digit number after a plural name ("Liberal
/// Democrats 72"): a party's seats or a team's points, where sequels that reach ten follow a
/// singular word ("FIFA 23", "Football Manager 24").
extension FigureRecognizer {
  /// Whether the mention is the number that ends such a title.
  func isNumberedTitle(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let first = mention.firstToken
    // Token checks first, the value's (one or two plain digits) read from its bytes: most
    // counts are turned away here, without decimal arithmetic.
    guard draft.kind == .count, first >= 2, first == mention.lastToken, tokens[first].spaceBefore,
      isPlainDigits(first), tokens[first].end - tokens[first].start <= 2,
      isTitleWord(first - 1), isTitleWord(first - 2)
    else { return false }
    let next = first + 1
    if next < tokens.count {
      let token = tokens[next]
      let endsName =
        token.kind == .punctuation && [0x2E, 0x2C, 0x3B, 0x29].contains(token.scalar)
        || (token.kind == .word && !token.isCapitalized && roles(next).contains(.stopWord))
      guard endsName else { return false }
    }
    if tokens[first].end - tokens[first].start == 2 && isPluralName(first - 1) { return false }
    return !isInListOfResults(first) && !isTitleCased()
  }

  /// A capitalized plural ending in "s" ("Democrats", "Chiefs"), not one in "ss", "us" or "is"
  /// ("Express", "Olympus", "Paris").
  private func isPluralName(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.end - token.start > 3, bytes[token.end - 1] == 0x73 else { return false }
    return ![0x73, 0x75, 0x69].contains(bytes[token.end - 2])
  }

  /// A capitalized word that may be part of a name: no month, weekday or stop word.
  private func isTitleWord(_ index: Int) -> Bool {
    guard tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
    let wordRoles = roles(index)
    return !wordRoles.contains(.month) && !wordRoles.contains(.weekday)
      && !wordRoles.contains(.stopWord)
  }

  /// Whether the number at `index` is one of a list of results: another number within a
  /// name's reach on either side ("Leeds United 1, Aston Villa 3", "won 61 seats, the Greens 52
  /// and the Liberals 14").
  private func isInListOfResults(_ index: Int) -> Bool {
    let reach = 6
    for other in max(0, index - reach)...min(tokens.count - 1, index + reach)
    where other != index && isResult(other) {
      return true
    }
    return false
  }

  /// A number in digits, a number word ("nine") or a word for none ("nil", "none").
  private func isResult(_ index: Int) -> Bool {
    switch tokens[index].kind {
    case .number: return true
    case .word:
      switch parser.lexicon.word(tokens[index]) {
      case .unit?, .tens?: return true
      default: return isWord(index, in: Vocabulary.scoreWordsForNone)
      }
    default: return false
    }
  }
}
