/// Page furniture around an article's text: "4 min read", "5 minute read", "a 10-minute read",
/// "Estimated read time: 4-5 minutes", "Reading time: 3 minutes" estimate the reader's time,
/// not anything in the story.
extension FigureRecognizer {
  /// Whether the mention is a reading-time estimate: a number, a minute word (maybe hyphened),
  /// then "read".
  func isReadingTime(_ mention: NumberMention) -> Bool {
    // "Estimated read time: 4-5 minutes", "Reading time: 3 min": a line of its own, the label
    // opening it and the unit closing it ("Average reading time: 20 minutes a day for
    // children" reports a survey).
    let first = mention.firstToken
    if isSymbol(first - 1, 0x3A), isWord(first - 2, "time"),
      isWord(first - 3, "read") || isWord(first - 3, "reading"), first - 3 <= 1,
      first == 3 || isWord(0, "estimated"),
      let last = tokens.lastIndex(where: { $0.kind == .word }),
      last > first, isWord(last, in: Vocabulary.readingTimeUnits), last - first <= 3
    {
      return true
    }
    var unit = mention.lastToken + 1
    if isGluedHyphen(unit) { unit += 1 }
    // "read" first: compared in place, it rules out nearly every number, and the unit's word
    // is then made and looked up for few.
    guard isWord(unit + 1, "read") else { return false }
    return isWord(unit, in: Vocabulary.readingTimeUnits)
  }
}
