/// "the department's Second Chance programme", "backed by First Abu Dhabi Bank", "the Second
/// World War": an ordinal word written with a capital in the middle of a sentence, before a
/// capitalized word that is not an event of a series ("the Second Test" ranks), is part of a
/// name, as a capitalized number word is ("the Three Lions"); it ranks nothing. A headline in title case capitalizes every word, and a word in capitals is
/// stressed (``isShoutedNumberWord(_:)``), so neither says so.
extension FigureRecognizer {
  /// Whether the mention is a capitalized ordinal word inside a proper name.
  func isNamedOrdinal(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let next = first + 1
    guard mention.isOrdinal, mention.lastToken == first, first > 0,
      tokens[first].kind == .word, tokens[first].isCapitalized,
      tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized,
      next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized,
      tokens[next].spaceBefore, !isShoutedNumberWord(first),
      // "their Third Straight Road Game": a word of a run ranks it in a series, capitals or not.
      !isWord(next, in: ["straight", "consecutive", "successive"]),
      // "the Second Test", "his Eighth Ballon d'Or": an event of a series is ranked in it,
      // however many capitals the line has.
      !isWord(next, in: Vocabulary.seriesEventNouns)
    else { return false }
    return !isTitleCased()
  }
}
