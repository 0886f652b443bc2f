/// "Every second counts", "each second of the climb": "second" after "every" or "each" with no
/// noun after it is the unit of time (each moment), not the ordinal of "every second day".
extension FigureRecognizer {
  /// Whether the mention is such a "second".
  func isEverySecond(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isOrdinal, mention.lastToken == first, isWord(first, "second"),
      isWord(first - 1, in: ["every", "each"])
    else { return false }
    let next = first + 1
    guard next < tokens.count, tokens[next].kind == .word else { return true }
    return isWord(next, in: Vocabulary.stopWords) || isWord(next, in: Vocabulary.momentVerbs)
  }
}
