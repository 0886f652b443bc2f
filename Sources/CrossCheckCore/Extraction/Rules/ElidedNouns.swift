/// "14 counts of fraud and two of money laundering", "three cases of measles and one of
/// mumps": the second count leaves out the noun the first one names ("two [counts] of"). It
/// counts that noun, not what follows its "of".
extension FigureRecognizer {
  /// Gives each count written "N of X" right after a count written "M nouns of Y" the first
  /// count's noun.
  func restoreElidedNouns(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropFirst() where drafts[index].kind == .count {
      let of = drafts[index].lastToken + 1
      // The earlier draft's fields are read in the list: a copy of it retained its Strings.
      let earlier = index - 1
      guard isWord(of, "of"), !isWord(of + 1, in: Vocabulary.partitiveDeterminers),
        !isWord(of + 1, in: ["a", "an"]),
        drafts[earlier].kind == .count, let noun = drafts[earlier].nounTokens, !noun.isEmpty,
        isWord(noun.upperBound, "of"), let unit = drafts[earlier].unit,
        joinsAList(from: noun.upperBound + 1, to: drafts[index].firstToken)
      else { continue }
      drafts[index].nounTokens = noun
      drafts[index].unit = unit
    }
  }

  /// Whether a few words and then "and", "or" or a comma lead from `start` to `end`: the two
  /// counts are items of one list ("of fraud and", "of theft, ").
  private func joinsAList(from start: Int, to end: Int) -> Bool {
    guard end - start >= 2, end - start <= 6 else { return false }
    let joint = end - 1
    return isWord(joint, in: ["and", "or"]) || isSymbol(joint, 0x2C)
  }
}
