import Foundation

/// A ratio of two whole numbers: "a 3:1 majority", "debt-to-equity of 2:1", "a 10-for-1 stock
/// split", "a two-for-one offer". One figure of two parts, like a tally, not two counts. (A
/// colon followed by two digits, "3:15", is a clock time, read before this.)
extension FigureRecognizer {
  /// Whether a ratio starts with `amount`; if so its tally draft is written into `draft` (left
  /// as it was otherwise).
  func ratio(_ amount: Amount, into draft: inout FigureDraft) -> Bool {
    let joiner = amount.lastToken + 1
    // Cheapest first: a colon or a hyphen glued to the number.
    guard joiner + 1 < tokens.count, !tokens[joiner].spaceBefore,
      tokens[joiner].kind != .word, tokens[joiner].scalar == 0x3A || isGluedHyphen(joiner)
    else { return false }
    var second = joiner + 1
    if tokens[joiner].scalar != 0x3A {
      // "10-for-1": "for" between two glued hyphens.
      guard isWord(second, "for"), isGluedHyphen(second + 1) else { return false }
      second += 2
    }
    guard second < tokens.count, !tokens[second].spaceBefore,
      amount.currency == nil, !amount.isPercent, amount.quantityUnit == nil,
      amount.scale == nil, amount.firstToken == amount.lastToken,
      let numerator = wholePart(amount.firstToken), let denominator = wholePart(second),
      numerator > 0, denominator > 0
    else { return false }
    // "3:1:2" and "1-for-2-for-3" are codes, not ratios.
    if second + 1 < tokens.count, !tokens[second + 1].spaceBefore,
      tokens[second + 1].kind != .word,
      tokens[second + 1].scalar == 0x3A || tokens[second + 1].kind == .dash
    {
      return false
    }
    draft = tallyDraft(
      from: amount.firstToken, start: amount.start, through: second,
      components: [numerator, denominator])
    return true
  }

  /// A dash or colon glued to the number ending at `last`: what a period of years or a ratio
  /// needs next, asked before either rule copies anything.
  func isGluedMark(after last: Int) -> Bool {
    let next = last + 1
    return next + 1 < tokens.count && !tokens[next].spaceBefore && tokens[next].kind != .word
      && !tokens[next + 1].spaceBefore
  }

  /// A whole number of at most three digits, or a number word up to ten, at token `index`.
  private func wholePart(_ index: Int) -> Decimal? {
    let token = tokens[index]
    if token.kind == .number {
      guard !token.hasSuffix, token.end - token.start <= 3, let value = parser.digitValue(token)
      else { return nil }
      return value
    }
    guard token.kind == .word, let word = parser.word(index), case .unit(let value) = word,
      value > 0, value <= 10
    else { return nil }
    return Decimal(value)
  }
}
