/// "what one passenger called 'a wall of air'", "what one analyst described as a rout": "one"
/// and a noun inside "what … called" name an unnamed source's words, as "one official said"
/// does; they count no passengers.
extension FigureRecognizer {
  /// Whether the mention is the "one" of "what one <noun> called".
  func isNamingOne(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard isLoneOne(mention), isWord(first - 1, "what"), first + 2 < tokens.count,
      tokens[first + 1].kind == .word, !lower(first + 1).hasSuffix("s")
    else { return false }
    return isWord(first + 2, in: Vocabulary.namingVerbs)
  }
}
