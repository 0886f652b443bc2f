/// "Rescue 1122 said", "Ambulance 108 reached the site": a rescue or emergency service named by
/// the number people ring, written after its capitalized service word in prose, is a name, no
/// figure. A title-cased headline's "Crews Rescue 300" keeps its count.
extension FigureRecognizer {
  /// Whether the mention is the number in an emergency service's name.
  func isServiceNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first > 0, isPlainDigits(first), tokens[first - 1].isCapitalized,
      isWord(first - 1, in: Vocabulary.emergencyServiceWords), !isTitleCased()
    else { return false }
    let length = tokens[first].end - tokens[first].start
    return (3...4).contains(length)
  }
}
