/// "ABN 12 345 678 901", "ACN 004 085 616", "EIN 12-3456789": a business's registration
/// number after its label in capitals names the business; it measures nothing.
extension FigureRecognizer {
  /// Whether the mention is a registration number after its label ("ABN", "ABN:").
  func isRegistrationNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard tokens[first].kind == .number, !mention.isSpelledOut else { return false }
    var label = first - 1
    if isSymbol(label, 0x3A) { label -= 1 }
    // Cheapest first: a short word in capitals, before any String is made for it.
    guard label >= 0, tokens[label].kind == .word, tokens[label].isCapitalized,
      (2...4).contains(tokens[label].end - tokens[label].start)
    else { return false }
    return Vocabulary.registrationNumberLabels.contains(
      text(tokens[label].start, tokens[label].end))
  }
}
