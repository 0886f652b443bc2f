/// "The unemployment rate was 3.9%, up from 3.5% a year earlier", "ran at 3.8% in the year to
/// August, down from 4.2%", "on 33.7% of the vote, up 1.6 points", "revenue of $35.1 billion,
/// up 94%": a percentage set after a comma and "up" or "down" (or "compared with") is the level
/// the percentage or amount before it was compared with, or the move that brought it there, and
/// measures what that figure measures.
extension ContextAnalyzer {
  /// The subject of the percentage or amount before the comma, when `draft` is compared with it.
  func comparedFigureSubject(of draft: FigureDraft, in sentence: ClosedRange<Int>) -> [Int]? {
    var position = draft.firstToken - 1
    // Cheapest first: the word right before the figure.
    guard position > sentence.lowerBound, tokens[position].kind == .word,
      draft.kind == .percent
    else { return nil }
    if recognizer.isWord(position, in: ["from", "with", "to"]) { position -= 1 }
    guard recognizer.isWord(position, in: ["up", "down", "compared"]) else { return nil }
    let comma = position - 1
    guard comma > sentence.lowerBound, recognizer.isSymbol(comma, 0x2C) else { return nil }
    // The nearest percentage before the comma, within the sentence.
    var index = comma - 1
    while index > sentence.lowerBound {
      let isSign = recognizer.isSymbol(index, 0x25)
      if isSign || recognizer.percentWord(endingAt: index) != nil,
        let number = changeNumber(endingAt: index, in: sentence)
      {
        var earlier = FigureDraft(
          start: tokens[number].start, end: tokens[index].end, firstToken: number,
          lastToken: index)
        earlier.kind = .percent
        return subject(of: earlier, sentence: sentence)
      }
      // "revenue of $35.1 billion on Wednesday, up 94%": the change is of the amount.
      if tokens[index].kind == .number, index - 1 > sentence.lowerBound,
        tokens[index - 1].kind == .symbol, !recognizer.isSymbol(index - 1, 0x25)
      {
        var amount = FigureDraft(
          start: tokens[index - 1].start, end: tokens[index].end, firstToken: index - 1,
          lastToken: index)
        amount.kind = .money
        return subject(of: amount, sentence: sentence)
      }
      index -= 1
    }
    return nil
  }
}
