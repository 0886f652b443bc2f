import Foundation

/// "a 6.2 earthquake", "the 4.8 tremor", "a 3.8M quake": a decimal number (a glued capital "M"
/// is the magnitude's symbol, not millions) right before a word for an earthquake is its
/// magnitude, as "magnitude 6.2" is. So is one after "at" or "as" that closes a phrase naming
/// the magnitude: "measured the magnitude at 6.5", "put the magnitude of the initial quake as
/// 5.9".
extension FigureRecognizer {
  /// Reads the count draft as a magnitude when an earthquake word follows it; returns whether
  /// it did.
  func readQuakeMagnitude(_ draft: inout FigureDraft, mention: NumberMention) -> Bool {
    // Cheapest first: most counts have no decimal point.
    guard draft.kind == .count, !mention.isSpelledOut, mention.lastToken == mention.firstToken,
      (mention.start..<mention.end).contains(where: { bytes[$0] == 0x2E }),
      draft.low == nil, draft.high == nil, var value = draft.value,
      isWord(mention.lastToken + 1, in: Vocabulary.quakeNouns)
        || isMagnitudeComplement(mention.firstToken)
    else { return false }
    if let scale = mention.scale {
      guard scale == "M" else { return false }
      value /= 1_000_000
    }
    guard DecimalParts.isBetween(value, 1, 10) else { return false }
    draft.kind = .quantity
    draft.unit = "magnitude"
    draft.value = value
    draft.scale = nil
    draft.nounTokens = nounPhrase(after: draft.lastToken)
    return true
  }

  /// How many words back from "at" or "as" the word "magnitude" is looked for.
  private static let magnitudeReach = 6

  /// Whether the number at `index` follows "at" or "as" after "magnitude" in its clause, with
  /// no noun of its own after it ("put the magnitude of the slowdown at 1.5 points" counts
  /// points).
  private func isMagnitudeComplement(_ index: Int) -> Bool {
    guard isWord(index - 1, "at") || isWord(index - 1, "as") else { return false }
    let next = index + 1
    if next < tokens.count, tokens[next].kind == .word, !roles(next).contains(.stopWord) {
      return false
    }
    var word = index - 2
    while word >= 0, word >= index - 1 - Self.magnitudeReach {
      if tokens[word].kind == .punctuation { return false }
      if isWord(word, "magnitude") { return true }
      word -= 1
    }
    return false
  }
}
