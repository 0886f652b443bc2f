/// "the third seed", "the No. 3 seed", "the 12th-seeded Ruiz", "seeded fifth": a player's seed
/// in a draw is a label the organisers give, as a shirt number is, not a rank a result earned.
extension FigureRecognizer {
  /// Whether the mention is a seed: an ordinal or a numbered label before "seed" or "seeded"
  /// (perhaps joined by a hyphen), or an ordinal right after "seeded".
  func isSeedRank(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    var next = mention.lastToken + 1
    if isGluedHyphen(next) { next += 1 }
    // The seed word after the number, compared from its bytes, rules out nearly every number:
    // the label before it is asked of the few left.
    if isWord(next, in: Self.seedWords) {
      let labelled =
        mention.isOrdinal || isWord(first - 1, in: ["no", "nr", "number"])
        || (isSymbol(first - 1, 0x2E) && isWord(first - 2, in: ["no", "nr"]))
      if labelled { return true }
    }
    return mention.isOrdinal && isWord(first - 1, "seeded")
  }

  private static let seedWords: WordList = ["seed", "seeds", "seeded"]
}
