/// A season or fiscal year written across two calendar years: "2023-24", "the 2024–25 season",
/// "FY2019-20", and with a slash "the 2018/19 Budget". One date, not a year and a count of 24.
extension FigureRecognizer {
  /// The last token of a split year that starts with `amount`, or nil.
  func splitYearEnd(_ amount: Amount) -> Int? {
    let dash = amount.lastToken + 1
    let second = dash + 1
    guard amount.mention.isYearLike, amount.currency == nil, !amount.isPercent,
      amount.firstToken == amount.lastToken, second < tokens.count,
      tokens[dash].kind == .dash || isSymbol(dash, 0x2F), !tokens[dash].spaceBefore,
      !tokens[second].spaceBefore,
      tokens[second].kind == .number, !tokens[second].hasSuffix,
      tokens[second].end - tokens[second].start == 2,
      let year = Int(text(tokens[amount.firstToken].start, tokens[amount.firstToken].end)),
      let next = Int(text(tokens[second].start, tokens[second].end)),
      next == (year + 1) % 100
    else { return nil }
    // "2023-24-25" is a code, not a season.
    if second + 1 < tokens.count,
      tokens[second + 1].kind == .dash || isSymbol(second + 1, 0x2F),
      !tokens[second + 1].spaceBefore
    {
      return nil
    }
    return second
  }
}
