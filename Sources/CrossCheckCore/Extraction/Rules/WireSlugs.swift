/// "UPDATE 2-Fernbrook first-half profit jumps", "REFILE-UPDATE 1-Oil rises": a wire story's
/// slug numbers its versions; the number counts no updates a reader could check. The headline
/// starts with a capital after the hyphen ("MARKET UPDATE 10-year yields" keeps its 10 years).
extension FigureRecognizer {
  /// Whether the mention is the version of an "UPDATE N-" slug, written in capitals with the
  /// hyphen glued to the number.
  func isWireSlugNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, tokens[first].kind == .number, isWord(first - 1, "update"),
      isGluedHyphen(first + 1), first + 2 < tokens.count, tokens[first + 2].isCapitalized
    else { return false }
    return isAllCapitals(first - 1)
  }
}
