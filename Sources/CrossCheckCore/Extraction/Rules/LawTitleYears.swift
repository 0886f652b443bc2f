/// "the Maritime Transport Act 1994", "Companies Act 2006", "the Building Regulations 2010": a
/// year right after a named law's title noun is part of its name (as British, Commonwealth and
/// Indian statutes are cited), not a date the story reports. The title noun is capitalized and
/// follows the law's capitalized name, so "an act 1994 made law" or "the Act 2" are not. Indian
/// statutes put a comma before the year ("the Arbitration and Conciliation Act, 1996"), and
/// American ones "of" ("the Civil Rights Act of 1964", "the Inflation Reduction Act of 2022").
extension FigureRecognizer {
  /// Whether the mention is the year that ends a law's name.
  func isLawTitleYear(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, mention.isYearLike, isDigits(first) else { return false }
    let noun = isSymbol(first - 1, 0x2C) || isWord(first - 1, "of") ? first - 2 : first - 1
    guard noun >= 1, tokens[noun].kind == .word, tokens[noun].isCapitalized,
      isWord(noun, in: Vocabulary.documentTitleNouns),
      tokens[noun - 1].kind == .word, tokens[noun - 1].isCapitalized
    else { return false }
    // "The Act 1994": a determiner is no name.
    return !isWord(noun - 1, in: Vocabulary.yearDeterminers)
  }
}
