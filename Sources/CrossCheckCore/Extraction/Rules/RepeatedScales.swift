/// "polled 8,794,726 million votes", "a turnout of 25,587,223 million": digits written out to
/// the unit that already reach a scale, followed by that scale's word, repeat it (a writer's
/// slip); the count is the digits. Not for a round number ("1,200,000 million yen" is written in
/// millions: the digits below the scale are all zeros), not for money in any form ("N1,234,567
/// million" in an account is trillions; "USD 1,200,000 million", "14,460,000 million rupees"),
/// nor with no digit groups ("1500 million" is 1.5 billion).
extension NumberParser {
  /// Whether the scale word of `exponent` after the digits read into `state` repeats them.
  func repeatsItsScale(_ exponent: Int, _ state: CompoundState) -> Bool {
    let digits = state.lastConsumed
    guard exponent >= 6, digits >= 0, digits < tokens.count, tokens[digits].kind == .number,
      !tokens[digits].hasSuffix, wholeDigitsWithGroups(of: tokens[digits]) > exponent,
      DecimalParts.equals(state.total, 0), !hasOnlyZerosBelowScale(tokens[digits], exponent),
      !namesCurrency(state.index + 1, after: true)
    else { return false }
    // A sign before the digits, letters glued to them or a currency code make it money.
    let before = digits - 1
    guard before >= 0 else { return true }
    if tokens[before].kind == .symbol { return false }
    guard tokens[before].kind == .word else { return true }
    return tokens[digits].spaceBefore && !namesCurrency(before, after: false)
  }

  /// Whether the word at `index` names a currency: a code or abbreviation before the amount
  /// ("USD", "Rs", "KSh", "N"), a name or nationality after it ("yen", "Kenyan shillings").
  private func namesCurrency(_ index: Int, after: Bool) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    let word = lowercased(token.start, token.end)
    if after {
      return Vocabulary.currencyNames[word] != nil
        || Vocabulary.currencyNationalities[word] != nil
    }
    return Vocabulary.currencyPrefix(word) != nil
      || Vocabulary.gluedLetterSigns[word.uppercased()] != nil
  }

  /// Whether the last `exponent` digits before any decimal point are all zeros: "1,200,000"
  /// below "million" is a round count of millions, not the unit digits of a count.
  private func hasOnlyZerosBelowScale(_ token: Token, _ exponent: Int) -> Bool {
    var seen = 0
    var index = token.start
    while index < token.end, bytes[index] != 0x2E { index += 1 }
    while index > token.start, seen < exponent {
      index -= 1
      let byte = bytes[index]
      guard Tokenizer.isDigit(byte) else { continue }
      if byte != 0x30 { return false }
      seen += 1
    }
    return true
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
