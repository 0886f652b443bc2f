/// "The rand firmed to 18.40 per dollar", "the rupee at 84.2 against the dollar": an exchange
/// rate is an amount of the currency the sentence names before it, the price of one unit of
/// the other (as "1,530 naira to the dollar" writes its currency out).
extension FigureRecognizer {
  /// Words joining a rate to the currency it is the price of.
  private static let rateWords = ["per", "to", "against", "a"]

  /// Reads a bare number before "per dollar", "to the dollar" or "against the euro" as money in
  /// the other currency the sentence names before it.
  func markExchangeRates(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      guard drafts[index].kind == .count, drafts[index].unit == nil,
        drafts[index].value != nil, drafts[index].scale == nil,
        let (base, baseToken) = rateBase(after: drafts[index].lastToken),
        let quoted = currencyNamed(before: drafts[index].firstToken), quoted != base
      else { continue }
      drafts[index].kind = .money
      drafts[index].unit = quoted
      // What the rate is of: "per dollar" and "to the pound" are two rates, not one.
      drafts[index].nounTokens = drafts[index].lastToken + 1..<baseToken + 1
      drafts[index].compoundUnit = nil
    }
  }

  /// The currency a rate after token `last` is quoted against ("per dollar", "to the euro")
  /// and the token that names it.
  private func rateBase(after last: Int) -> (String, Int)? {
    var index = last + 1
    guard isWord(index, in: Self.rateWords) else { return nil }
    index += 1
    if isWord(index, "the") || isWord(index, "one") || isWord(index, "each") { index += 1 }
    if index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
      index + 1 < tokens.count, tokens[index + 1].kind == .word, !isWord(index, "the")
    {
      index += 1  // "per US dollar"
    }
    guard index < tokens.count, tokens[index].kind == .word,
      let base = Vocabulary.currencyNames[lower(index)], Self.isMainCurrency(base)
    else { return nil }
    return (base, index)
  }

  /// The nearest currency named before token `first` in its sentence ("The rand ...").
  private func currencyNamed(before first: Int) -> String? {
    var index = first - 1
    while index >= 0 {
      if tokens[index].kind != .word {
        if isSymbol(index, 0x2E) || isSymbol(index, 0x3B) { return nil }
      } else if let code = Vocabulary.currencyNames[lower(index)], Self.isMainCurrency(code),
        !isWord(index, "won") || isWord(index - 1, "the")
      {
        return code
      }
      index -= 1
    }
    return nil
  }

  /// A currency, not a sub-unit ("cents", "pence").
  private static func isMainCurrency(_ code: String) -> Bool {
    Vocabulary.subunitCurrencies[code] == nil
  }
}
