/// "a more-than-four-year dispute", "a less-than-two-hour wait": a bound written inside a
/// hyphenated compound bounds the figure it leads, as "more than four years" does.
extension FigureRecognizer {
  /// Gives each unhedged figure led by a hyphenated "more-than-" or "less-than-" its bound,
  /// taking the hedge into its span.
  func markHyphenatedHedges(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      let first = drafts[index].firstToken
      guard drafts[index].qualifier == nil, drafts[index].low == nil,
        drafts[index].high == nil, drafts[index].value != nil, first >= 4,
        isGluedHyphen(first - 1), isWord(first - 2, "than"), isGluedHyphen(first - 3)
      else { continue }
      let qualifier: Qualifier
      if isWord(first - 4, "more") {
        qualifier = .moreThan
      } else if isWord(first - 4, in: ["less", "fewer"]) {
        qualifier = .lessThan
      } else {
        continue
      }
      setQualifier(
        &drafts[index], qualifier,
        hedge: text(tokens[first - 4].start, tokens[first - 2].end))
      drafts[index].firstToken = first - 4
      drafts[index].start = tokens[first - 4].start
    }
  }
}
