import Foundation

/// An age group named by its bound: "the over-60s", "the under-18s", "over-50s". A bound on an
/// age in years, as "anyone over 65" is, not a count of 60 nor a decade.
extension FigureRecognizer {
  /// Turns each "over-60s", "under-18s" into an age bound in years.
  func markAgeGroups(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      // Cheapest first: a bare count of one number token with a glued "s".
      let number = drafts[index].firstToken
      guard drafts[index].kind == .count, drafts[index].qualifier == nil,
        number == drafts[index].lastToken, number >= 2, tokens[number].kind == .number,
        tokens[number].end - tokens[number].suffixStart == 1,
        bytes[tokens[number].suffixStart] == 0x73, isGluedHyphen(number - 1),
        isWord(number - 2, in: Vocabulary.ageBoundWords), let value = drafts[index].value,
        NumberParser.isInteger(value), value >= 1, value < 120
      else { continue }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].compoundUnit = "age"
      drafts[index].start = tokens[number - 2].start
      drafts[index].firstToken = number - 2
      drafts[index].boundStart = drafts[index].start
      let bound: Qualifier = isWord(number - 2, "over") ? .moreThan : .lessThan
      setQualifier(
        &drafts[index], bound, hedge: text(tokens[number - 2].start, tokens[number - 2].end))
      drafts[index].nounTokens = nil
    }
  }
}
