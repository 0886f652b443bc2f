/// "Bus fares are going up by an average of 4.5%", "regulated fares, which include season
/// tickets, are capped at an average of 3.7%": "average" (or "total") says how a change is
/// summed, not what changed; the figure measures the subject of the verb before "by an
/// average of".
extension ContextAnalyzer {
  /// The subject of the verb before "by an average" or "at an average" when `noun` is the
  /// aggregate noun. Nil otherwise.
  func aggregateChangeSubject(noun: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    guard recognizer.isWord(noun, in: Vocabulary.aggregateNouns),
      recognizer.isWord(noun - 1, in: ["a", "an"]),
      recognizer.isWord(noun - 2, in: ["by", "at"])
    else { return nil }
    var verb = noun - 3
    // "are going up by an average of": a verb with its particle, after an auxiliary.
    let particle = recognizer.isWord(verb, in: Vocabulary.changeParticles)
    if particle { verb -= 1 }
    guard verb > sentence.lowerBound,
      isVerbHead(verb)
        || particle && recognizer.isWord(verb - 1, in: Vocabulary.verbAuxiliaries)
    else { return nil }
    return verbSubject(of: verb, in: sentence)
  }
}
