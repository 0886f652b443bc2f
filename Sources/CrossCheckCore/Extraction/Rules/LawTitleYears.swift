/// "the Maritime Transport Act 1994", "Companies Act 2006", "the Building Regulations 2010": a
/// year right after a named law's title noun is part of its name (as British, Commonwealth and
/// Indian statutes are cited), not a date the story reports. The title noun is capitalized and
/// follows the law's capitalized name, so "an act 1994 made law" or "the Act 2" are not.
extension FigureRecognizer {
  /// Whether the mention is the year that ends a law's name.
  func isLawTitleYear(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, mention.isYearLike, isDigits(first), first >= 2,
      tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
      isWord(first - 1, in: Vocabulary.documentTitleNouns),
      tokens[first - 2].kind == .word, tokens[first - 2].isCapitalized
    else { return false }
    // "The Act 1994": a determiner is no name.
    return !isWord(first - 2, in: Vocabulary.yearDeterminers)
  }
}
