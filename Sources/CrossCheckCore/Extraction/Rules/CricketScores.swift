import Foundation

/// A cricket score is runs and wickets: "287 for 6", "45 for two", "287/6", and a bowler's
/// "5 for 32" is wickets and runs. One tally of two parts, not two counts. One part is at most
/// ten (a side has ten wickets); after a slash the runs are more than a month has days, so that
/// "12/5" is no score.
extension FigureRecognizer {
  /// The most wickets a side can lose.
  private static let wickets: Decimal = 10
  /// Above any day of a month: "287/6" is a score, "12/5" may be a date.
  private static let fewestRunsBeforeASlash: Decimal = 32

  /// Whether a score starts with `amount`; if so its tally draft is written into `draft` (left
  /// as it was otherwise).
  func cricketScore(_ amount: Amount, into draft: inout FigureDraft) -> Bool {
    let joiner = amount.lastToken + 1
    let second = joiner + 1
    // Cheapest first: a glued slash or the word "for" right after the number.
    guard second < tokens.count else { return false }
    let slashed = isSymbol(joiner, 0x2F) && !tokens[joiner].spaceBefore
    guard slashed || isWord(joiner, "for") else { return false }
    guard amount.firstToken == amount.lastToken, tokens[amount.firstToken].kind == .number,
      !tokens[amount.firstToken].hasSuffix, !amount.mention.isYearLike,
      amount.currency == nil, !amount.isPercent, amount.quantityUnit == nil,
      amount.scale == nil, let first = wholeNumber(amount.firstToken),
      let last = slashed ? gluedWhole(second) : wholeNumber(second),
      !(second + 1 < tokens.count && continuesNumber(second + 1)),
      !countsPluralNoun(after: second)
    else { return false }
    if slashed {
      guard first >= Self.fewestRunsBeforeASlash, last <= Self.wickets else { return false }
    } else {
      guard first <= Self.wickets || last <= Self.wickets else { return false }
    }
    draft = tallyDraft(
      from: amount.firstToken, start: amount.start, through: second, components: [first, last])
    return true
  }

  /// A whole number in digits (at most four) or a number word up to ten at token `index`.
  private func wholeNumber(_ index: Int) -> Decimal? {
    let token = tokens[index]
    if token.kind == .number {
      guard !token.hasSuffix, token.end - token.start <= 4, let value = parser.digitValue(token),
        NumberParser.isInteger(value)
      else { return nil }
      return value
    }
    guard case .unit(let value)? = parser.word(index), value <= 10 else { return nil }
    return Decimal(value)
  }

  /// A whole number of one or two digits glued to the slash before it.
  private func gluedWhole(_ index: Int) -> Decimal? {
    let token = tokens[index]
    guard token.kind == .number, !token.spaceBefore, token.end - token.start <= 2 else {
      return nil
    }
    return wholeNumber(index)
  }

  /// Whether token `index` carries the number before it on: more digits, a number word or a
  /// glued mark ("6-3", "6/7", "six hundred").
  private func continuesNumber(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.kind == .number || (token.kind == .word && token.lexeme >= 0) { return true }
    return !token.spaceBefore && (token.kind == .dash || isSymbol(index, 0x2F))
  }

  /// Whether a plural noun follows token `index` ("5 for 2 years" counts years, no score).
  private func countsPluralNoun(after index: Int) -> Bool {
    guard let noun = nounPhrase(after: index) else { return false }
    let head = lower(noun.upperBound - 1)
    return FigureRecognizer.irregularPlurals.contains(head)
      || (head.count > 2 && head.hasSuffix("s") && !head.hasSuffix("ss"))
  }
}
