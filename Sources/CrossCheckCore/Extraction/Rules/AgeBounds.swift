import Foundation

/// A bound on a number said of people is an age: "anyone over 65", "women under 30", "people
/// aged over 75" bound an age in years, as "aged 24" is one, also before the verb ("those under
/// 50 fell", "voters under 35 backed him"); "over 60 workers" still counts.
extension FigureRecognizer {
  /// Turns each bare count bounded by "over" or "under" right after people into an age bound.
  func markAgeBounds(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      // Cheapest first: a bound count of one token, with nothing counted after it.
      guard drafts[index].kind == .count,
        drafts[index].qualifier == .moreThan || drafts[index].qualifier == .lessThan
      else { continue }
      let number = drafts[index].lastToken
      guard number >= 2, isWord(number - 1, in: Vocabulary.ageBoundWords),
        isWord(number - 2, in: Vocabulary.ageGroupNouns),
        drafts[index].nounTokens.map({ countsNoPlural($0, after: number - 2) }) ?? true,
        tokens[number].kind == .number,
        !tokens[number].hasSuffix, let value = drafts[index].value,
        NumberParser.isInteger(value), value >= 1, value < 120
      else { continue }
      drafts[index].kind = .duration
      drafts[index].nounTokens = nil
      drafts[index].unit = "year"
      drafts[index].compoundUnit = "age"
      if !isWord(number - 2, "aged") { drafts[index].nounTokens = (number - 2)..<(number - 1) }
    }
  }

  /// Whether the words after a bound on `people` name no plural noun that it counts: a verb
  /// ("fell", "backed"; after "anyone", "qualifies" too) or a singular word.
  private func countsNoPlural(_ noun: Range<Int>, after people: Int) -> Bool {
    if isWord(people, in: Vocabulary.singularPeoplePronouns) { return true }
    let last = noun.upperBound - 1
    let word = lower(last)
    return !(word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss"))
      && !FigureRecognizer.irregularPlurals.contains(word)
  }
}
