/// "the big three carmakers", "the Big Four accountancy firms", "one of the big five banks": a
/// number word after "big" names a group of the largest firms, as "the Big Three" does; it
/// counts nothing ("a big three-year deal" is a duration and stays one).
extension FigureRecognizer {
  /// Whether the mention is the number of such a named group.
  func isBigNumberGroup(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isSpelledOut, !mention.isOrdinal, mention.lastToken == first,
      isWord(first - 1, "big"), isWord(first - 2, "the"), !isGluedHyphen(first + 1)
    else { return false }
    return true
  }
}
