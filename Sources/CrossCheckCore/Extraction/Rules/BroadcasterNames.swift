/// "KNSM North Star 6 News", "Channel 4 News", "Fox 5 TV": a small number between a capitalized
/// word and a capitalized word of broadcasting names a station or a programme. A count would be
/// followed by what it counts, not by "News" (a byline's title-cased line writes it too: "By Jo
/// Cole, KNSM North Star 6 News").
extension FigureRecognizer {
  /// Whether the mention is the number inside a broadcaster's name.
  func isBroadcasterNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let next = first + 1
    guard first == mention.lastToken, first >= 1, next < tokens.count,
      tokens[first].kind == .number, !tokens[first].hasSuffix,
      tokens[first].end - tokens[first].start <= 2, tokens[first - 1].kind == .word,
      tokens[first - 1].isCapitalized, tokens[next].kind == .word, tokens[next].isCapitalized,
      tokens[next].spaceBefore
    else { return false }
    return isWord(next, in: Vocabulary.broadcastNameWords)
  }
}
