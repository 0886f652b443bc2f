/// "One farmer in the area told us", "One woman, Nosipho Bam, who is seventy-two, told me",
/// "'It is a disgrace,' said one passenger": a person introduced by "one" whose words the
/// sentence reports is an unnamed source, as "one official said" is; a place phrase or an
/// appositive may stand between. "One man was killed and another told police" counts the man:
/// a verb of his own comes first. So does "One person was hurt, police said": a reporting verb
/// after an odd number of commas belongs to a clause of its own, not to an appositive closed
/// before it. "One woman in four told the survey" is a share.
extension FigureRecognizer {
  /// How many tokens may stand between the person and the verb that reports them.
  private static let unnamedSourceReach = 14

  /// Whether the mention is the "one" of "one <person> … said".
  func isUnnamedSource(_ mention: NumberMention) -> Bool {
    let noun = mention.firstToken + 1
    guard isLoneOne(mention), noun < tokens.count, tokens[noun].kind == .word,
      Vocabulary.personNouns.contains(lower(noun))
    else { return false }
    // "'That won't even cover the bar bill,' fumed one passenger": the verb before its source,
    // which ends the clause ("Police said one man was arrested" reports a count).
    if isWord(mention.firstToken - 1, in: Vocabulary.reportingVerbs) {
      return noun + 1 >= tokens.count || tokens[noun + 1].kind == .punctuation
    }
    // Inside commas the words are an appositive or a relative clause ("who is seventy-two"):
    // their verbs are not the person's own.
    var insideCommas = false
    var index = noun + 1
    while index < tokens.count, index <= noun + Self.unnamedSourceReach {
      if isSymbol(index, 0x2C) {
        // ", who is seventy-two,": a relative clause may open right where an appositive
        // closes ("One woman, Nosipho Bam, who is …").
        insideCommas = isWord(index + 1, in: Vocabulary.relativePronouns) || !insideCommas
      } else if tokens[index].kind == .punctuation,
        [0x2E, 0x3B, 0x21, 0x3F].contains(tokens[index].scalar)
      {
        return false  // the sentence ends first
      } else if !insideCommas, tokens[index].kind == .number || isCardinalWord(index) {
        return false  // "one woman in four" (an age in an appositive is no share)
      } else if tokens[index].kind == .word {
        if isWord(index, in: Vocabulary.reportingVerbs) { return !insideCommas }
        if !insideCommas, isWord(index, in: Vocabulary.unnamedSourceStops) { return false }
      }
      index += 1
    }
    return false
  }
}
