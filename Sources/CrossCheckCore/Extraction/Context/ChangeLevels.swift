/// "Pre-tax profit fell 11.8 per cent to £412m", "sales rose 4.5% to £6.3bn": the level a change
/// reached measures what the change measures. Walking left from the level over "to" lands on the
/// change's own unit ("per cent", "%", "points", "cents") or number, which is no subject ("cent"
/// was); the subject lies before the change's number.
extension ContextAnalyzer {
  /// The change's number when `index` is the last token of a change written before a level:
  /// "11.8 per cent", "5%", "1.1 percentage points", "12pc", "14", "a quarter point". Nil
  /// otherwise. (The words of
  /// a percent are the recognizer's own, ``FigureRecognizer/percentWord(endingAt:)``.)
  func changeNumber(endingAt index: Int, in sentence: ClosedRange<Int>) -> Int? {
    var position = index
    let token = tokens[position]
    if token.kind == .symbol, token.scalar == 0x25 {
      position -= 1
    } else if let percent = recognizer.percentWord(endingAt: position) {
      position = percent - 1
    } else if recognizer.isWord(position, in: ["pc", "points", "point", "bps"]) {
      position -= recognizer.isWord(position - 1, in: ["percentage", "basis"]) ? 2 : 1
    } else if token.kind == .word, Vocabulary.currencyNames[recognizer.lower(position)] != nil {
      position -= 1  // "rose 25 cents to $6.10", "fell 3 euros to 40 euros"
    } else if case .scale? = recognizer.parser.lexicon.word(token) {
      position -= 1  // "increase by €6.5 million to €86 million"
    } else if token.kind != .number {
      return nil
    }
    guard position >= sentence.lowerBound else { return nil }
    if tokens[position].kind == .number { return position }
    // "cut its key rate by a quarter point to 4.75%": a change in words, from its article.
    guard recognizer.isNumberWord(position) else { return nil }
    let article = position - 1
    return article >= sentence.lowerBound && recognizer.isWord(article, in: ["a", "an"])
      ? article : position
  }
}
