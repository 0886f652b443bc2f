/// "text HELP to 34584", "SMS your name to 4040": a number a reader is told to send a text
/// message to is a short code, an address rather than a measurement.
extension FigureRecognizer {
  /// How many words back from "to" a texting verb may stand ("text your full name to 4040").
  private static let shortCodeReach = 5

  /// Whether the mention is a short code after "to" in an instruction to send a text message.
  func isShortCode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.lastToken == first, isPlainDigits(first),
      tokens[first].end - tokens[first].start >= 3, isWord(first - 1, "to")
    else { return false }
    var index = first - 2
    while index >= 0, index >= first - 1 - Self.shortCodeReach, tokens[index].kind == .word {
      if isWord(index, in: Vocabulary.textingVerbs) { return true }
      index -= 1
    }
    return false
  }
}
