/// "patients younger than 5", "voters older than 65", "no older than 12": a bare number after
/// "younger than" or "older than" is an age, a bound in years, as "under 5" after people is
/// (``markAgeBounds(_:)``). A number that counts something after it ("older than 40 other
/// bridges") is no age, nor is a part of a whole ("older than 2 of his brothers").
extension FigureRecognizer {
  /// Turns each such bare count into an age bound, and bounds "older than 5 years".
  func markComparativeAges(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      // Cheapest first: a figure of one token, unhedged, after "than".
      let number = drafts[index].firstToken
      guard number >= 2, drafts[index].qualifier == nil, isWord(number - 1, "than"),
        let comparison = Vocabulary.ageComparatives[lower(number - 2)],
        let value = drafts[index].value, NumberParser.isInteger(value), value >= 1, value < 120,
        drafts[index].low == nil, drafts[index].high == nil
      else { continue }
      let isBareCount =
        drafts[index].kind == .count && drafts[index].nounTokens == nil
        && drafts[index].lastToken == number && drafts[index].unit == nil
      let isYears = drafts[index].kind == .duration && drafts[index].unit == "year"
      guard isBareCount && !isWord(number + 1, "of") || isYears else { continue }
      // "no older than 12" bounds the age inclusively, the other way round.
      let negated = isWord(number - 3, "no")
      let qualifier: Qualifier =
        negated ? (comparison == .lessThan ? .atLeast : .atMost) : comparison
      let first = negated ? number - 3 : number - 2
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].compoundUnit = "age"
      setQualifier(
        &drafts[index], qualifier, hedge: text(tokens[first].start, tokens[number - 1].end))
      drafts[index].firstToken = first
      drafts[index].start = tokens[first].start
    }
  }
}
