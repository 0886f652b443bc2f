/// "won 141 of the 300 seats", "4.1 million of the country's 7.05 million voters", "four out of
/// seven IEBC commissioners": a part
/// written before its whole counts what the whole counts. Without this the part counts nothing,
/// or counts the possessive between them ("country's").
extension FigureRecognizer {
  /// Gives each count that is a part of the count right after it ("N of [the] M nouns") the
  /// whole's counted noun.
  func sharePartitiveWholes(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropLast() where drafts[index].kind == .count {
      // The whole's fields are read in the list: a copy of it retained its Strings.
      let whole = index + 1
      guard drafts[whole].kind == .count, let noun = drafts[whole].nounTokens, !noun.isEmpty,
        let unit = drafts[whole].unit, unit != "fraction",
        isPartitive(from: drafts[index].lastToken + 1, to: drafts[whole].firstToken)
      else { continue }
      // Any noun of its own lies in the words between ("country's"), which name no noun.
      drafts[index].nounTokens = noun
      drafts[index].unit = unit
    }
  }

  /// Whether the tokens `start..<end` are "of", then at most a determiner and a possessive:
  /// "of", "of the", "of its", "of the country's".
  private func isPartitive(from start: Int, to end: Int) -> Bool {
    // "four out of seven IEBC commissioners" (``isPartOfNamedBody(whole:)``).
    let of = isWord(start, "out") ? start + 1 : start
    guard of < end, isWord(of, "of") else { return false }
    var position = of + 1
    if position < end, isWord(position, in: Vocabulary.partitiveDeterminers) {
      position += 1
    }
    if position < end, isPossessiveWord(position) {
      position += 1
    }
    return position == end
  }
}
