/// "flight LX 242", "Emirates flight EK 7", "United's UA 52 from Newark": an airline's
/// two-letter code and a number after a flight word or an airline's possessive name a flight,
/// as they do after a word of boarding ("passengers on BA 2490", "aboard QF 32").
extension FigureRecognizer {
  /// Whether the mention is the number of a flight after its airline code.
  func isFlightNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first >= 2, isPlainDigits(first), tokens[first].spaceBefore,
      tokens[first].end - tokens[first].start <= 4, isAirlineCode(first - 1)
    else { return false }
    var cue = first - 2
    while cue >= 0, tokens[cue].kind == .punctuation, first - cue <= 3 { cue -= 1 }
    if isWord(cue, in: Vocabulary.flightWords) || followsPossessive(tokens[first - 1].start) {
      return true
    }
    // "passengers on BA 2490", "aboard QF 32": one travels on a flight, not on a count.
    // (Not when a noun follows that the number counts: "agreed on EU 27 states".)
    return isWord(first - 2, in: Self.boardingWords) && nounPhrase(after: first) == nil
  }

  /// Words before a flight's code that say one travels on it ("on BA 2490", "aboard QF 32").
  private static let boardingWords = ["on", "aboard", "onboard", "boarded", "boarding"]

  /// Two capital letters standing alone: "LX", "UA", "BA".
  private func isAirlineCode(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.end - token.start == 2, token.spaceBefore else {
      return false
    }
    return bytes[token.start] &- 0x41 < 26 && bytes[token.start + 1] &- 0x41 < 26
  }

  /// Whether the bytes before `position` are a possessive and a space: "United's ", "Swiss’s ".
  private func followsPossessive(_ position: Int) -> Bool {
    guard position >= 4, bytes[position - 1] == 0x20, bytes[position - 2] == 0x73 else {
      return false
    }
    let apostrophe = position - 3
    return bytes[apostrophe] == 0x27
      || (apostrophe >= 2 && bytes[apostrophe] == 0x99 && bytes[apostrophe - 1] == 0x80
        && bytes[apostrophe - 2] == 0xE2)
  }
}
