/// "moves Ireland up to fourth", "moved it up to 3%": "up" is the particle of a verb of motion
/// whose object comes between, and the figure is where the object went, not a ceiling (as in
/// "ticked up to 4.0%"). The object is a name or an object pronoun, one word.
extension FigureRecognizer {
  /// Object pronouns that may stand between a verb and its particle.
  private static let objectPronouns = ["it", "them", "him", "her", "us", "me", "you"]

  /// Whether token `object` is the object of a verb of motion before it ("moves Ireland up").
  func isMovedObject(_ object: Int) -> Bool {
    guard object >= 1, tokens[object].kind == .word,
      tokens[object].isCapitalized || isWord(object, in: Self.objectPronouns)
    else { return false }
    return isWord(object - 1, in: Vocabulary.upParticleVerbs)
  }
}
