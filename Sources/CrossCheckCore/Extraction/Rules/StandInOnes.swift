/// "it was one that puts pressure on rivals", "the largest was one measuring 5.7", "just one of
/// a number of options", "one of many reasons": "one" standing for a thing named before it,
/// heading a relative clause on "that"/"which" or a participle after a copula, or one of a
/// whole with no number, is a pronoun, not a count.
extension FigureRecognizer {
  /// Whether the mention is such a stand-in "one".
  func isStandInOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard isLoneOne(mention) else { return false }
    let next = first + 1
    // "one of a number of options", "one of many", "one of several reasons".
    if isWord(next, "of") {
      if isWord(next + 1, in: Vocabulary.vagueWholes) { return true }
      return isWord(next + 1, "a") && isWord(next + 2, in: Vocabulary.vagueCollectives)
        && isWord(next + 3, "of")
    }
    // Only after a copula: "was one that", "is one measuring" ("won one that season" and "sold
    // one that day" count; "the one that got away" has its article).
    // ("there was one that survived" counts one of them.)
    guard isWord(first - 1, in: ["is", "was", "are", "were", "be", "been", "being", "remains"]),
      !isWord(first - 2, "there")
    else { return false }
    if isWord(next, in: ["that", "which"]) {
      return !isWord(next + 1, in: Vocabulary.timePhraseWords) && !isWord(next + 1, "time")
    }
    // "was one measuring 5.7": a participle and what it takes.
    guard next < tokens.count, tokens[next].kind == .word, lower(next).hasSuffix("ing"),
      lower(next).count > 5
    else { return false }
    return next + 1 < tokens.count
      && (tokens[next + 1].kind == .number || isWord(next + 1, in: ["a", "an", "the", "about"]))
  }
}
