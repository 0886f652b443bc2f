import Foundation

/// "an eight-and-a-half-year contract", "two-and-a-quarter hours", "an eight and half year
/// deal": a mixed number written with hyphens between its words, or with "and half" for "and a
/// half" (common in Nigerian and Indian English), is one number (8.5), not a whole number and a
/// half read apart.
extension NumberParser {
  /// The fraction after the "and" at `index` when it is "half" without its article, and a
  /// scale, a unit of time or length or a written unit follows ("two and half hours", "one and
  /// half lakh"): before anything else "half" is a share of its own ("arrested forty and half
  /// were freed", "one and half of all voters").
  func bareHalfPart(at index: Int) -> (value: Decimal, last: Int)? {
    guard case .half? = word(index + 1), measuresAfterHalf(index + 2) else { return nil }
    return (DecimalParts.quotient(1, 2), index + 1)
  }

  /// Whether the token at `index` is a scale, a unit word or a written unit.
  private func measuresAfterHalf(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    switch word(index) {
    case .scale?, .timeUnit?, .lengthUnit?: return true
    default:
      return UnitTable.written[lowercased(tokens[index].start, tokens[index].end)] != nil
    }
  }

  /// The fraction and its last token when the short hyphen at `index` opens "-and-a-half",
  /// "-and-a-quarter" or "-and-three-quarters", every part glued by a hyphen.
  func hyphenedAndFraction(at index: Int) -> (value: Decimal, last: Int)? {
    guard isGluedShortHyphen(index), isWord(index + 1, "and"), isGluedShortHyphen(index + 2),
      isGluedShortHyphen(index + 4)
    else { return nil }
    let numerator: Decimal
    switch word(index + 3) {
    case .article?: numerator = 1
    case .unit(let value)? where value > 0: numerator = Decimal(value)
    default: return nil
    }
    switch word(index + 5) {
    case .half? where numerator == 1: return (DecimalParts.quotient(numerator, 2), index + 5)
    case .quarter(let plural)? where (plural || numerator == 1) && numerator < 4:
      return (DecimalParts.quotient(numerator, 4), index + 5)
    default: return nil
    }
  }

  /// A one-character hyphen with no space on either side.
  private func isGluedShortHyphen(_ index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let token = tokens[index]
    return token.kind == .dash && token.end - token.start == 1 && !token.spaceBefore
      && !tokens[index + 1].spaceBefore
  }
}
