/// "55% of member states (15 of the 27)": a bare "N of the M" counts what its own words say,
/// the M's kind, and no more. When it has no subject in its sentence, the subject the
/// extraction borrows from the article's topic ("tranches", from the paragraph before) is a
/// guess the scan does not take as evidence of what the figure measures.
enum PartitiveSubject {
  /// Whether the figure from token `first` to `last` is either number of "N of the M" ("N of
  /// M", "N out of the M"): the whole, with the part before it, or the part, with "of" and
  /// the whole's digits after it.
  static func isPartOrWhole(
    first: Int, last: Int, in tokens: [FigureProfiler.Token], figures: [Range<Int>]
  ) -> Bool {
    if FigureProfiler.part(before: first, in: tokens, figures: figures) != nil { return true }
    var index = last + 1
    guard index < tokens.count, tokens[index].marks.contains(.of) else { return false }
    index += 1
    if index < tokens.count, tokens[index].marks.contains(.wholeDeterminer) { index += 1 }
    return index < tokens.count && tokens[index].marks.contains(.digits)
  }

  /// Whether a subject word the figure borrowed (`inferred`) is to be left out: the figure is
  /// a part or whole, and the word is nowhere in its sentence (`tokens`).
  static func isTopicGuess(
    term: Int, inferred: Bool, partitive: Bool, tokens: [FigureProfiler.Token]
  ) -> Bool {
    inferred && partitive && !tokens.contains { $0.term == term }
  }
}
