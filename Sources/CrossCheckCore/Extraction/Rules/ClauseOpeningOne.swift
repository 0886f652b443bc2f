/// "… a wing built for 100 beds, and one of its wards has spilled into a court": after a comma,
/// "and" joins two clauses, and "one of its wards" opens the second as a partitive pronoun
/// does anywhere ("one of the strongest"). Without the comma "and" joins two counts: "two of
/// the guards and one of the drivers were hurt" counts one driver.
extension FigureRecognizer {
  /// Whether token `index` is an "and" that joins counts, not clauses: no comma before it.
  func joinsCounts(byAnd index: Int) -> Bool {
    isWord(index, "and") && !isSymbol(index - 1, 0x2C)
  }
}
