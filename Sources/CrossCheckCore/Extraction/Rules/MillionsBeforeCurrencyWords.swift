/// "a 115m euro move", "a 30m pound bid", "the 2m dollar fine": a glued "m" before a currency's
/// name, singular as an adjective or plural, is millions of that money, not metres.
extension NumberParser {
  /// Whether token `index`, spaced from the number, names a currency ("euro", "pounds").
  func isCurrencyName(at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaceBefore else {
      return false
    }
    let word = lowercased(tokens[index].start, tokens[index].end)
    // "10m pounds of pressure" is weight, "a 10m pound bid" money: "pound(s) of" is no money.
    if word == "pound" || word == "pounds", isWord(index + 1, "of") { return false }
    // "The 100m won him gold": "won" is far more often the verb than Korea's money.
    if word == "won" { return false }
    return Vocabulary.currencyNames[word] != nil
  }
}
