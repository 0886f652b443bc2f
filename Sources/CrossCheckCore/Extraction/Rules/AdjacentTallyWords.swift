/// "drew 1-1", "tied at 2-2", "failed 9-4", "a 2-1 defeat": some words of a result make a glued
/// "N-N" a tally only right next to it, as they are as often about other things further off
/// ("the rally drew 3,000-4,000 people"). And a range followed by its own noun or unit counts
/// that ("3,000-4,000 people", "a 5-7 year contract", "18-24 year olds"): it is no tally, whatever
/// result word is near.
extension FigureRecognizer {
  /// Whether a word of ``Vocabulary/adjacentTallyWords`` is right before the pair spanning
  /// tokens `first` through `last` (or before "at" before it), or right after it.
  func hasAdjacentTallyWord(first: Int, last: Int) -> Bool {
    let before = isWord(first - 1, "at") ? first - 2 : first - 1
    return isWord(before, in: Vocabulary.adjacentTallyWords)
      || isWord(last + 1, in: Vocabulary.adjacentTallyWords)
  }

  /// Whether a lower-case unit of time or a plural noun follows `amount`: the range counts it.
  func rangeNamesItsOwnNoun(_ amount: Amount) -> Bool {
    let next = amount.lastToken + 1
    guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else {
      return false
    }
    return Vocabulary.timeUnits[lower(next)] != nil || countsPlural(after: amount)
  }
}
