import Foundation

/// "died at the age of 87", "children under the age of 13", "over the age of 65": a whole number
/// after "the age of" is an age in years, and "under"/"over"/"above"/"below" before "the age"
/// bound it (the hedge is not next to the number, so the hedge reader does not see it).
extension FigureRecognizer {
  /// Reads counts after "the age of" as ages, bounded by the word before "the age".
  func markAgeOfPhrases(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      guard drafts[index].kind == .count, drafts[index].qualifier == nil,
        drafts[index].low == nil, drafts[index].high == nil
      else { continue }
      let number = drafts[index].firstToken
      // Cheapest first: a two-letter word before the number.
      guard number >= 3, tokens[number - 1].end - tokens[number - 1].start == 2,
        isWord(number - 1, "of"), isWord(number - 2, "age"),
        isWord(number - 3, "the"), let value = drafts[index].value, NumberParser.isInteger(value),
        value >= 1, value < 130
      else { continue }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].compoundUnit = "age"
      drafts[index].nounTokens = (number - 2)..<(number - 1)
      let bound = number - 4
      guard bound >= 0, let qualifier = Vocabulary.ageOfBounds[lower(bound)] else { continue }
      setQualifier(&drafts[index], qualifier, hedge: lower(bound))
      drafts[index].firstToken = bound
      drafts[index].start = tokens[bound].start
      drafts[index].boundStart = drafts[index].start
    }
  }
}
