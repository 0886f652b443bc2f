/// "Rarely does one injure oneself", "What can one do?", "One must ask …", "it will be one the
/// council has to face", "one we all remember", "albeit one who": "one" as the generic pronoun
/// (after or before a modal verb) or as the head of a relative clause without "that", or on
/// "who", not a count.
extension FigureRecognizer {
  /// Whether the mention is such a pronoun "one".
  func isGenericOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard isLoneOne(mention) else { return false }
    // A count stressed is still a count: "only one we know of", "just one can".
    if isWord(first - 1, in: Vocabulary.countStressers) { return false }
    // "can one", "would one": a modal needs a verb, so the "one" after it is its subject
    // ("could one day" is no count either).
    if isWord(first - 1, in: Vocabulary.genericOneModals), !isWord(first + 1, "of") {
      return true
    }
    // "rarely does one", "how often did one": "do" put before its subject by a question or a
    // negative adverb ("he did one interview" stays a count).
    if isWord(first - 1, in: ["do", "does", "did"]),
      isWord(first - 2, in: Vocabulary.subjectInverters)
        || isWord(first - 3, in: Vocabulary.subjectInverters)
    {
      return true
    }
    // "One must ask", "one can see": "one" opening a clause before a modal.
    // (Not a month: "One May morning".)
    // (Not after a comma: "Of the three hostages, one may still be alive" counts one of them.)
    if isWord(first + 1, in: Vocabulary.genericOneModals), !tokens[first + 1].isCapitalized,
      first == 0 || ContextAnalyzer(recognizer: self).endsSentence(at: first - 1)
        || tokens[first - 1].kind == .punctuation
          && Vocabulary.openingQuotes.contains(tokens[first - 1].scalar)
    {
      return true
    }
    // "one the council has to face", "one we all remember": a relative clause on "one", its
    // subject a determiner's noun phrase or a personal pronoun.
    // "won one the following week": a time phrase after a count is no relative clause.
    if isWord(first + 1, "the"), isWord(first + 2, in: Vocabulary.timePhraseWords) {
      return false
    }
    // "albeit one who had never played", "the kind of leader, if one whom few trusted": "one"
    // standing for a person, the head of a relative clause on "who". (After a comma or a
    // conjunction it may still count one of a group: "two were rescued and one who fell died".)
    // Nor after a word that opens a part of a counted group: "four died, including one who
    // was a child", "among them one who", "of whom one who".
    if isWord(first + 1, in: ["who", "whom", "whose"]), !isSymbol(first - 1, 0x2C),
      !isWord(first - 1, in: ["and", "or"]), !isWord(first - 1, in: Vocabulary.partCountLeads),
      !(isWord(first - 1, in: ["them", "whom", "which", "these", "those"])
        && isWord(first - 2, in: ["among", "of"]))
    {
      return true
    }
    return isWord(first + 1, in: Vocabulary.relativeClauseSubjects)
  }
}
