/// "Net income was $310 million, compared with $250 million a year earlier", "inflation rose
/// to 9.4 per cent in March compared to 8.7 per cent in February": a figure after "compared
/// with" or "compared to" is the earlier value of the figure of its kind before it in the
/// sentence, and measures what that figure measures ("compared" measures nothing).
extension ContextAnalyzer {
  /// The subject of the nearest amount or percentage of `draft`'s kind before "compared with"
  /// or "compared to" that has one, when `draft` follows those words. Nil otherwise.
  func comparedWithSubject(of draft: FigureDraft, in sentence: ClosedRange<Int>) -> [Int]? {
    guard draft.kind == .money || draft.kind == .percent else { return nil }
    let preposition = draft.firstToken - 1
    guard preposition - 1 > sentence.lowerBound,
      recognizer.isWord(preposition, in: Vocabulary.comparedPrepositions),
      recognizer.isWord(preposition - 1, "compared")
    else { return nil }
    var index = preposition - 2
    while index > sentence.lowerBound {
      // An amount with nothing said of it ("or $3.03 per share") passes to the one before.
      if let earlier = earlierFigure(endingAt: index, kind: draft.kind, in: sentence),
        let subject = subject(of: earlier, sentence: sentence)
      {
        return subject
      }
      index -= 1
    }
    return nil
  }

  /// A figure of `kind` whose last token is `index`: a percentage ("8.7 per cent", "5%"), an
  /// amount after its sign ("$250") or before its currency's name ("576 million dollars").
  private func earlierFigure(endingAt index: Int, kind: FigureKind, in sentence: ClosedRange<Int>)
    -> FigureDraft?
  {
    var first: Int?
    switch kind {
    case .percent:
      guard recognizer.isSymbol(index, 0x25) || recognizer.percentWord(endingAt: index) != nil
      else { return nil }
      first = changeNumber(endingAt: index, in: sentence)
    case .money:
      if tokens[index].kind == .number, index - 1 > sentence.lowerBound,
        tokens[index - 1].kind == .symbol, !recognizer.isSymbol(index - 1, 0x25)
      {
        first = index - 1
      } else if tokens[index].kind == .word,
        Vocabulary.currencyNames[recognizer.lower(index)] != nil
      {
        var number = index - 1
        if number > sentence.lowerBound, recognizer.isScaleWord(number) { number -= 1 }
        if number >= sentence.lowerBound, tokens[number].kind == .number { first = number }
      }
    default:
      return nil
    }
    guard let first else { return nil }
    var earlier = FigureDraft(
      start: tokens[first].start, end: tokens[index].end, firstToken: first, lastToken: index)
    earlier.kind = kind
    return earlier
  }
}
