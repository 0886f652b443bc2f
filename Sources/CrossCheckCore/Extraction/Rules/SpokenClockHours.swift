/// "as of seven this morning", "close at eight tonight", "she will be here at eleven.": an hour
/// from one to twelve in words after "at", "until" or "as of" (or "before", "around", "about",
/// "by" and the like: "just before four in the morning"), before a part of the day (or, after
/// "here at" or "resumes at", the end of the sentence), is a time of day. "Deaths stood at seven"
/// is still a count.
extension FigureRecognizer {
  /// Whether the mention is an hour of the day written in words.
  func isSpokenClockHour(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isSpelledOut, first == mention.lastToken, first >= 1,
      // Compared from the value's parts: Foundation's comparison cost 1,100 instructions.
      NumberParser.isInteger(mention.value), DecimalParts.isBetween(mention.value, 1, 12)
    else { return false }
    let before = first - 1
    let isAt = isWord(before, "at")
    let isAsOf = isWord(before, "of") && isWord(before - 1, "as")
    // "just before four in the morning", "around six this evening": only with a part of the day.
    let isNear = isWord(before, in: Self.nearWords)
    guard isAt || isAsOf || isNear || isWord(before, in: Self.untilWords) else { return false }
    // "stood at seven", "capped at eight": a level, not an hour.
    let verb = isAt || isAsOf ? before - 1 : before
    if isWord(verb, in: Vocabulary.levelVerbsBeforeAt) { return false }
    let next = first + 1
    if next >= tokens.count { return isAt }
    if isWord(next, in: ["tonight", "tomorrow", "today"]) { return !isNear }
    if isWord(next, in: ["this", "in", "last"]) {
      return isWord(next + 1, in: Vocabulary.partsOfDay)
        || (isWord(next + 1, "the") && isWord(next + 2, in: Vocabulary.partsOfDay))
    }
    // "will be here at eleven.", "talks resume at ten.": a sentence's end only after a place or a
    // verb of timing; "put the death toll at six." is a count.
    return isAt && isSymbol(next, 0x2E) && isWord(before - 1, in: Vocabulary.timingWordsBeforeAt)
  }

  /// Words before an hour of the day that say "near it" ("around six this evening").
  private static let nearWords: WordList = [
    "before", "after", "around", "about", "by", "from", "since",
  ]
  private static let untilWords: WordList = ["until", "till"]
}
