import Foundation

/// A number in scientific notation is one number: "9 x 10^13 joules" is 90 trillion joules,
/// "6.02 × 10^23 atoms" one count, not a multiple of 9 and a separate power of ten.
extension FigureRecognizer {
  /// Whether a power of ten is written after `amount` with "x" or "×"; if so `amount` becomes
  /// the product (and is left as it was otherwise). In place, not an optional copy returned:
  /// the recognizer asks this of most numbers.
  func joinScientificPower(
    to amount: inout Amount, mentions: [NumberMention], from index: Int
  ) -> Bool {
    let sign = amount.lastToken + 1
    guard index < mentions.count, sign + 1 < tokens.count,
      isWord(sign, "x") || isSymbol(sign, 0xD7)
    else { return false }
    let power = mentions[index]
    let ten = tokens[power.firstToken]
    // "10^13", "10^-3": a ten with its exponent, no scale, currency or sign of its own.
    guard power.firstToken == sign + 1, power.lastToken > power.firstToken,
      ten.kind == .number, ten.end - ten.start == 2, bytes[ten.start] == 0x31,
      bytes[ten.start + 1] == 0x30, power.scale == nil, !power.isOrdinal,
      amount.currency == nil, !amount.isPercent, amount.quantityUnit == nil, amount.scale == nil
    else { return false }
    amount.value = amount.value * power.value
    amount.mention.value = amount.value
    amount.lastToken = power.lastToken
    amount.end = power.end
    amount.mention.lastToken = power.lastToken
    amount.mention.end = power.end
    return true
  }
}
