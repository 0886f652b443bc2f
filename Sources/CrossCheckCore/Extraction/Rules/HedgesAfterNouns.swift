/// "a delay of nine hours or more", "20 people or more", "ten minutes or less": the trailing
/// hedge may follow the counted noun or the unit, not only the number ("20 or more people"),
/// and bounds the figure all the same. "40 people or more than half the staff" compares onward
/// and is no hedge; nor is a hedge that belongs to the word after it, joined to it by a hyphen
/// ("15 protesters or so-called activists", "10 years or longer-term bonds") or an adverb it
/// grades ("500 jobs or more importantly").
extension FigureRecognizer {
  /// Gives each unhedged count, duration or quantity the "or more" after its noun or unit.
  func markHedgesAfterNouns(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      let kind = drafts[index].kind
      guard kind == .count || kind == .duration || kind == .quantity,
        drafts[index].qualifier == nil, drafts[index].low == nil, drafts[index].high == nil
      else { continue }
      var or = drafts[index].lastToken + 1
      // A count ends at its number: its noun follows.
      if let noun = drafts[index].nounTokens, noun.lowerBound == or { or = noun.upperBound }
      // Only after a noun or unit: right after the number, the hedge was read already.
      guard or > drafts[index].lastToken + 1 || kind != .count, isWord(or, "or"),
        or + 1 < tokens.count, tokens[or + 1].kind == .word,
        let qualifier = Vocabulary.hedgesAfterNouns[lower(or + 1)],
        !isWord(or + 2, "than"),
        or + 2 >= tokens.count || tokens[or + 2].kind != .number && !isNumberWord(or + 2),
        !isGluedHyphen(or + 2), !isLyAdverb(or + 2)
      else { continue }
      // The next figure must not start inside the hedge.
      if index + 1 < drafts.count, drafts[index + 1].firstToken <= or + 1 { continue }
      setQualifier(&drafts[index], qualifier, hedge: "or " + lower(or + 1))
      drafts[index].lastToken = or + 1
      drafts[index].end = tokens[or + 1].end
    }
  }

  /// A word of more than four letters ending in "-ly": "importantly", "likely".
  private func isLyAdverb(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = lower(index)
    return word.count > 4 && word.hasSuffix("ly")
  }
}
