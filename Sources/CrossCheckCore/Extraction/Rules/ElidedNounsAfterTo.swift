/// "passed by 19 votes to 13", "cut from 30 seats to 24": a count right after "to" that names no
/// noun of its own leaves out the noun of the count before it, written between that count and
/// "to". It counts the same thing.
extension FigureRecognizer {
  /// Gives each count written "N nouns to M" its first count's noun at M.
  func restoreNounsAfterTo(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropFirst()
    where drafts[index].kind == .count && drafts[index].unit == nil {
      // Read in place: a copy of a draft would retain its arrays.
      let earlier = index - 1
      guard drafts[earlier].kind == .count, let noun = drafts[earlier].nounTokens,
        noun.lowerBound == drafts[earlier].lastToken + 1, noun.count == 1,
        drafts[index].firstToken == noun.upperBound + 1, isWord(noun.upperBound, "to"),
        let unit = drafts[earlier].unit,
        // "doubled enrolment to 300": a multiple's noun is what it multiplies; the level is no
        // count of times.
        unit != "times"
      else { continue }
      drafts[index].nounTokens = noun
      drafts[index].unit = unit
    }
  }
}
