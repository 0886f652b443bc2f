import Foundation

/// "gained 1.1% to 5,021.84", "rose $1.20 to $83.55 a barrel", "fell 0.5% to 3.2%": after a verb
/// of change, "A to B" is the change and the level it reached, two figures, not a range from A to
/// B. It is read so when the two are written in different units (a percent change of an index
/// level) or when the level dwarfs the change; "is expected to rise 2% to 3%" stays a range.
extension FigureRecognizer {
  /// How many times the first a level must be, at least, to be read as the level a change
  /// reached: the two ends of a range are rarely this far apart.
  private static let levelToChangeRatio: Decimal = 4

  /// Whether `first` "to" `second` is a change and the level it reached. Both amounts are as
  /// written, before a unit written once is shared by both ends.
  func isChangeAndLevel(_ first: Amount, _ second: Amount, connector: Int) -> Bool {
    guard isWord(connector, "to"), changeVerbRightBefore(first.firstToken) else { return false }
    if first.isPercent && !second.isPercent && second.quantityUnit == nil { return true }
    guard first.value > 0, first.isPercent == second.isPercent,
      first.currency == nil || second.currency != nil
    else { return false }
    return second.value > first.value * Self.levelToChangeRatio
  }

  /// A verb of change just before the amount, with at most one adverb between ("rose sharply").
  private func changeVerbRightBefore(_ index: Int) -> Bool {
    for offset in 1...2 {
      let position = index - offset
      guard position >= 0, tokens[position].kind == .word else { return false }
      if Vocabulary.changeVerbs.contains(lower(position)) { return true }
    }
    return false
  }
}
