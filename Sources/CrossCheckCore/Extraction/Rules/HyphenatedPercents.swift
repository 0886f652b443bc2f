/// "the 6.1-percent growth rate", "a 3.5-per-cent rise", "a 10-per cent rise", "5.5-pc", "a
/// 2-percentage-point gap": a percent word joined on by a hyphen makes a percent, as a unit
/// joined so makes a quantity ("pc" is British papers' per cent, as glued in "3.2pc"). A whole
/// number before "-pc" is a percent only before a word of change or share ("a 10-pc rise", "a
/// 24-pc stake"): else "pc" counts pieces ("a 12-pc cookware set").
extension FigureRecognizer {
  /// The last token of a percent joined on by a hyphen at `hyphen`, and whether it is
  /// percentage points; nil when none is.
  func hyphenatedPercent(at hyphen: Int) -> (last: Int, isPoint: Bool)? {
    guard isGluedHyphen(hyphen) else { return nil }
    let word = hyphen + 1
    if isWord(word, in: ["percent", "pct"]) { return (word, false) }
    if isWord(word, "pc"), hyphen > 0 {
      let number = tokens[hyphen - 1]
      let hasDecimal = bytes[number.start..<number.end].contains(0x2E)
      guard hasDecimal || isWord(word + 1, in: Vocabulary.percentChangeWords) else { return nil }
      return (word, false)
    }
    if isWord(word, "percentage"), isGluedHyphen(word + 1),
      isWord(word + 2, in: ["point", "points"])
    {
      return (word + 2, true)
    }
    // "3.5-per-cent": the two halves joined by a hyphen as well, or by a space ("10-per cent").
    if isWord(word, "per"), isGluedHyphen(word + 1), isWord(word + 2, "cent") {
      return (word + 2, false)
    }
    if isWord(word, "per"), isWord(word + 1, "cent") { return (word + 1, false) }
    return nil
  }
}
