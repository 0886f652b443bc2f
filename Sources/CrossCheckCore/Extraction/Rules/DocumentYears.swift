/// "the Commission's 2006 Guidelines", "the 1998 Act": a year between a determiner and a
/// capitalized name for a law or a rulebook is part of the document's title, not a date the
/// story reports. ("The 2016 Olympics" names no document and stays a date.)
extension FigureRecognizer {
  /// Whether the mention is the year of a document's title.
  func isDocumentYear(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first > 0, mention.lastToken == first, mention.isYearLike, isDigits(first),
      first + 1 < tokens.count, tokens[first + 1].kind == .word, tokens[first + 1].isCapitalized,
      isWord(first + 1, in: Vocabulary.documentTitleNouns)
    else { return false }
    return isWord(first - 1, in: Vocabulary.yearDeterminers) || isPossessiveWord(first - 1)
  }
}
