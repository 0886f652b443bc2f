import Foundation

/// "Oct. 14, 2025", and without the comma "Aug 25 2013 | 10:19 PM": a year after a month and
/// its day is the date's year. Without a comma the four digits must be a modern year with no
/// noun after them, so "on March 5 1500 people marched" keeps its count.
extension FigureRecognizer {
  /// The year after the day at token `day` (a month before it), and its token.
  func yearAfterMonthAndDay(_ day: Int) -> (token: Int, year: Decimal)? {
    let next = day + 1
    if isSymbol(next, 0x2C), next + 1 < tokens.count, tokens[next + 1].kind == .number,
      tokens[next + 1].end - tokens[next + 1].start == 4,
      let year = parser.digitValue(tokens[next + 1])
    {
      return (next + 1, year)
    }
    guard next < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore,
      !tokens[next].hasSuffix, tokens[next].end - tokens[next].start == 4,
      let year = parser.digitValue(tokens[next]), DecimalParts.isBetween(year, 1900, 2100)
    else { return nil }
    let after = next + 1
    guard after < tokens.count else { return (next, year) }
    if tokens[after].kind == .symbol, !tokens[after].spaceBefore { return nil }  // "2013%"
    if tokens[after].kind == .word, !isWord(after, in: Vocabulary.stopWords) { return nil }
    return (next, year)
  }
}
