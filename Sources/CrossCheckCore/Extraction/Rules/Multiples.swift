import Foundation

/// A multiple written with a glued "x" ("1.5x book value", "trades at 20x earnings") or in one
/// word ("a fivefold rise", "grew tenfold"). A count of times, as "six times" is, not an unknown
/// token or no figure at all.
extension FigureRecognizer {
  /// Whether the mention is a number with a multiple's suffix, or a multiple word.
  func isMultiple(_ mention: NumberMention) -> Bool {
    if mention.isMultiple { return true }
    guard let suffix = mention.leftoverSuffix else { return false }
    return Vocabulary.multipleSuffixes.contains(suffix)
  }
}

extension NumberParser {
  /// "fivefold", "tenfold": a whole number on its own; it ends any number before it.
  func readMultiple(_ value: Int, _ state: inout CompoundState) -> CompoundStep {
    guard state.last == .none, !state.negative else { return .stop }
    let index = state.index
    var mention = NumberMention(
      value: Decimal(value), firstToken: index, lastToken: index, start: tokens[index].start,
      end: tokens[index].end)
    mention.isSpelledOut = true
    mention.isMultiple = true
    return .result(mention)
  }
}
