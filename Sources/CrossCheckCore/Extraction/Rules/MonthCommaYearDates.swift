import Foundation

/// "in January, 2020", "December, 2019": a month, a comma and a year are one date, as "January
/// 2020" is (a house style of Indian and Nigerian papers). The year must be a modern year with
/// no noun after it, so "By March, 2000 workers had left" keeps its count.
extension FigureRecognizer {
  /// The month token before the comma before the year `mention`, when the two make a date.
  func monthBeforeCommaAndYear(_ mention: NumberMention) -> Int? {
    let number = mention.firstToken
    guard mention.isYearLike, number == mention.lastToken, number >= 2,
      isSymbol(number - 1, 0x2C), tokens[number - 2].kind == .word,
      tokens[number - 2].isCapitalized, roles(number - 2).contains(.month),
      DecimalParts.isBetween(mention.value, 1900, 2100)
    else { return nil }
    let after = number + 1
    guard after < tokens.count else { return number - 2 }
    if tokens[after].kind == .symbol, !tokens[after].spaceBefore { return nil }  // "2020%"
    if tokens[after].kind == .word, !isWord(after, in: Vocabulary.stopWords) { return nil }
    return number - 2
  }
}
