/// "Chemical plant near Lyon kills 12", "Homes along the river flooded": a place phrase
/// inside the subject's noun phrase qualifies its noun; the subject is the noun with it
/// ("plant near Lyon kills"), not the place alone ("Lyon kills").
extension ContextAnalyzer {
  /// The first token of the subject phrase that starts at `start`, taken back over a
  /// preposition of place before it and up to three words of the noun phrase it qualifies.
  func placePhraseHolder(before start: Int, in sentence: ClosedRange<Int>) -> Int {
    let preposition = start - 1
    guard preposition - 1 >= sentence.lowerBound,
      recognizer.isWord(preposition, in: Vocabulary.placePrepositions),
      tokens[preposition - 1].kind == .word,
      !recognizer.roles(preposition - 1).contains(.stopWord)
    else { return start }
    var first = preposition - 1
    while first - 1 >= sentence.lowerBound, preposition - first < 3,
      tokens[first - 1].kind == .word, !recognizer.roles(first - 1).contains(.stopWord)
    {
      first -= 1
    }
    return first
  }
}
