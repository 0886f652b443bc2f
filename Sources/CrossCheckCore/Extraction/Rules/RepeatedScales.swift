/// "polled 8,794,726 million votes", "a turnout of 25,587,223 million": digits written out to
/// the unit that already reach a scale, followed by that scale's word, repeat it (a writer's
/// slip); the count is the digits. Not after a currency ("N1,234,567 million" in an account is
/// trillions), nor with no digit groups ("1500 million" is 1.5 billion).
extension NumberParser {
  /// Whether the scale word of `exponent` after the digits read into `state` repeats them.
  func repeatsItsScale(_ exponent: Int, _ state: CompoundState) -> Bool {
    let digits = state.lastConsumed
    guard exponent >= 6, digits >= 0, digits < tokens.count, tokens[digits].kind == .number,
      !tokens[digits].hasSuffix, wholeDigitsWithGroups(of: tokens[digits]) > exponent,
      DecimalParts.equals(state.total, 0)
    else { return false }
    // A sign before the digits, or letters glued to them, make it money.
    let before = digits - 1
    guard before >= 0 else { return true }
    if tokens[before].kind == .symbol { return false }
    return tokens[before].kind != .word || tokens[digits].spaceBefore
  }

  /// The digits before any decimal point of a number written with comma groups ("8,794,726"
  /// has 7), read from its bytes; 0 when it has no comma. More digits than a scale's exponent
  /// reach the scale.
  private func wholeDigitsWithGroups(of token: Token) -> Int {
    var count = 0
    var grouped = false
    for index in token.start..<token.end {
      let byte = bytes[index]
      if byte == 0x2E { break }
      if byte == 0x2C {
        grouped = true
      } else if Tokenizer.isDigit(byte) {
        count += 1
      }
    }
    return grouped ? count : 0
  }
}
