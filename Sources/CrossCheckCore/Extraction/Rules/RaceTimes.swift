import Foundation

/// A time taken to a fraction of a second, written as minutes and seconds: "a world record of
/// 3:49.11", "won in 1:45.2". A duration in seconds, not a count of 3 and a count of 49.11. No
/// clock reads seconds with a decimal point, so the form needs no other word to be sure.
extension FigureRecognizer {
  /// Whether "M:SS.f" starts at `amount`; if so its duration draft is written into `draft`
  /// (left as it was otherwise).
  func raceTime(_ amount: Amount, into draft: inout FigureDraft) -> Bool {
    let colon = amount.lastToken + 1
    let seconds = colon + 1
    // Cheapest first: a glued colon, then a glued number of two whole digits and a fraction.
    guard isSymbol(colon, 0x3A), tokens[seconds].kind == .number, !tokens[seconds].hasSuffix,
      amount.firstToken == amount.lastToken, tokens[amount.firstToken].kind == .number,
      !tokens[amount.firstToken].hasSuffix, amount.currency == nil, !amount.isPercent,
      amount.scale == nil, tokens[amount.firstToken].end - tokens[amount.firstToken].start <= 2,
      isTwoDigitsAndFraction(seconds),
      let minutes = parser.digitValue(tokens[amount.firstToken]),
      let secondValue = parser.digitValue(tokens[seconds]), secondValue < 60
    else { return false }
    draft = FigureDraft(
      start: amount.start, end: tokens[seconds].end, firstToken: amount.firstToken,
      lastToken: seconds)
    draft.kind = .duration
    draft.unit = "second"
    draft.value = minutes * 60 + secondValue
    draft.nounTokens = nounPhrase(after: seconds)
    return true
  }

  /// "49.11", "45.2": two digits, a point and one to three digits, as a stopwatch reads.
  private func isTwoDigitsAndFraction(_ index: Int) -> Bool {
    let token = tokens[index]
    let length = token.end - token.start
    guard length >= 4, length <= 6, bytes[token.start + 2] == 0x2E else { return false }
    return (token.start..<token.end).allSatisfy {
      $0 == token.start + 2 || (0x30...0x39).contains(bytes[$0])
    }
  }
}
