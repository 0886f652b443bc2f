/// "Net income for the first quarter was $292 million", "the price index for the quarter ended
/// March 31 was 121.4": a period a figure is dated to says when, not what; the noun phrase it
/// follows ("net income", "price index", "earnings per share") is what the figure measures.
extension ContextAnalyzer {
  /// The noun phrase before the preposition that opens the period `start...end`, when the
  /// phrase the walk left from a figure ended on is a period ("first quarter", "quarter ended
  /// March", "third quarter"). Nil otherwise.
  func subjectBeforePeriod(start: Int, end: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    var noun = start
    if recognizer.roles(noun).contains(.timeLead)
      || recognizer.isWord(noun, in: Vocabulary.periodOrdinals)
    {
      noun += 1
    }
    // "the first half": a half after an ordinal is a period too.
    guard noun <= end,
      recognizer.roles(noun).contains(.timeNoun) || noun > start && recognizer.isWord(noun, "half")
    else { return nil }
    var before = start - 1
    while before > sentence.lowerBound, recognizer.isWord(before, in: Vocabulary.determiners) {
      before -= 1
    }
    guard before > sentence.lowerBound,
      recognizer.isWord(before, in: Vocabulary.periodPrepositions)
    else { return nil }
    let head = before - 1
    // "sales rose 5 per cent in the fourth quarter to $77m": the period follows a change,
    // whose subject the level shares.
    if let change = changeNumber(endingAt: head, in: sentence) {
      return nounPhraseBefore(change, in: sentence)
    }
    guard head >= sentence.lowerBound, tokens[head].kind == .word,
      !recognizer.roles(head).contains(.stopWord), !recognizer.roles(head).contains(.timeNoun)
    else { return nil }
    var first = head
    while first - 1 >= sentence.lowerBound, head - first < 3 {
      // "earnings per share": a rate's "per" joins its two nouns.
      if recognizer.isWord(first - 1, "per"), first - 2 >= sentence.lowerBound,
        tokens[first - 2].kind == .word
      {
        first -= 2
        continue
      }
      guard tokens[first - 1].kind == .word, !recognizer.roles(first - 1).contains(.stopWord)
      else { break }
      first -= 1
    }
    // "576 million dollars for the same period": an amount's words are no noun phrase.
    guard first == sentence.lowerBound || tokens[first - 1].kind != .number else { return nil }
    return Array(first...head)
  }
}
