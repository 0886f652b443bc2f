/// "The health service has been allocated $12 billion", "sales in the furniture division,
/// which serves hotels, decreased 3 percent", "house prices in Portugal rose 3.1 per cent": the
/// words right before a figure are a verb whose subject is further left. A verb alone names
/// nothing; and a noun inside a place or holder phrase ("in Portugal", "at the chain") or
/// one a price is for ("the average price for a home") only says where or whose: the subject
/// is the noun phrase that holds the phrase.
extension ContextAnalyzer {
  /// The subject for a phrase `start...verb` the walk left from a figure ended on, when `verb`
  /// is a verb: for a verb alone, its subject; for a verb of change after a phrase of place or
  /// holder, the noun phrase before that phrase ("House prices", as "profit"). Nil when the
  /// phrase is no such verb, or its subject is no noun phrase.
  func verbHolderSubject(start: Int, verb: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    guard isVerbHead(verb) else { return nil }
    if start == verb { return verbSubject(of: verb, in: sentence) }
    guard recognizer.isWord(verb, in: Vocabulary.changeVerbs) else { return nil }
    var before = start - 1
    while before > sentence.lowerBound, recognizer.isWord(before, in: Vocabulary.determiners) {
      before -= 1
    }
    guard before > sentence.lowerBound,
      recognizer.isWord(before, in: Vocabulary.holderPrepositions)
        || recognizer.isWord(before, "for"),
      let subject = verbSubject(of: verb, in: sentence), (subject.last ?? verb) < start
    else { return nil }
    // The verb is no part of what is measured (``ContextAnalyzer/nounPhraseBefore(_:in:)``).
    return subject
  }
}
