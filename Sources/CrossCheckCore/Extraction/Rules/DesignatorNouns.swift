/// "in stage 1", "a phase 3 trial", "the stage 2 restrictions", "reduced to stage 1": a lower-case
/// "stage" or "phase" labels a number only as a noun, after a determiner, a possessive or a
/// preposition. After a modal, a subject or an infinitive's "to" it is the verb ("will stage 20
/// concerts", "plan to stage three walkouts", "phase 3 coal plants out"), and the number counts.
extension FigureRecognizer {
  /// Whether the designator at `index` is a noun (always, unless it is also a verb).
  func isDesignatorNoun(_ index: Int) -> Bool {
    guard isWord(index, in: Vocabulary.verbDesignators) else { return true }
    let before = index - 1
    guard before >= 0 else { return false }
    if isWord(before, in: Vocabulary.yearDeterminers) || isWord(before, in: Vocabulary.determiners)
      || isPossessiveWord(before) || isWord(before, in: Vocabulary.designatorPrepositions)
    {
      return true
    }
    return isWord(before, "to") && isWord(before - 1, in: Vocabulary.levelChangeWords)
  }
}
