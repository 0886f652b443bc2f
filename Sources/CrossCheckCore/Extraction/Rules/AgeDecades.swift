import Foundation

/// An age given as a decade of life: "in his 60s", "in their 20s and 30s", "in her mid-40s",
/// "in my late 30s". After "in" and a possessive pronoun, a round number with a glued "s" is ten
/// years of someone's age, a range of durations in years; "early", "mid" and "late" narrow it
/// to the decade's first four, middle three or last three years (the census convention). It is
/// not a count of 60 of whatever noun the sentence goes on to name.
extension FigureRecognizer {
  /// Turns each decade of life after "in his/her/their…" into a range of ages in years.
  func markAgeDecades(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      // Cheapest first: one counted number token with a glued suffix.
      let number = drafts[index].firstToken
      guard drafts[index].kind == .count, drafts[index].lastToken == number,
        tokens[number].kind == .number, tokens[number].hasSuffix,
        drafts[index].qualifier == nil, let value = drafts[index].value,
        isDecadeForm(number)
      else { continue }
      // "mid-40s", "late 30s": the part of the decade, with or without a hyphen.
      var opener = number - 1
      var part: String?
      let beforeDash = opener >= 0 && tokens[opener].kind == .dash ? opener - 1 : opener
      if isWord(beforeDash, in: Vocabulary.decadeParts) {
        part = lower(beforeDash)
        opener = beforeDash - 1
      }
      // "in their 20s and 30s": the second decade shares the first's opener.
      let shared = isWord(opener, "and") || isWord(opener, "or")
      let afterPossessive =
        isWord(opener - 1, "in") && isWord(opener, in: Vocabulary.personalPossessives)
      guard shared || afterPossessive else { continue }
      if shared && !(index > 0 && drafts[index - 1].compoundUnit == "age") { continue }
      let (low, high): (Decimal, Decimal) =
        switch part {
        case "early"?: (value, value + 3)
        case "mid"?: (value + 4, value + 6)
        case "late"?: (value + 7, value + 9)
        default: (value, value + 9)
        }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].compoundUnit = "age"
      drafts[index].setClosedBand(low: low, high: high)
      drafts[index].nounTokens = nil
      if part != nil {
        drafts[index].firstToken = opener + 1
        drafts[index].start = tokens[opener + 1].start
      }
    }
  }

  /// "10s" to "90s": two digits ending in 0 and a glued "s" (or "’s"), a decade of life or a
  /// band of ten degrees (``markTemperatureDecades(_:)``).
  func isDecadeForm(_ number: Int) -> Bool {
    let token = tokens[number]
    guard token.suffixStart - token.start == 2, bytes[token.start] != 0x30,
      bytes[token.start + 1] == 0x30
    else { return false }
    let suffix = text(token.suffixStart, token.end)
    return suffix == "s" || suffix == "’s" || suffix == "'s"
  }
}
