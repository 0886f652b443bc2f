/// "+44 (0)20 7946 0958", "+234 (0)1 555 0190": the bracketed zero after a country code is the
/// trunk prefix dialled at home, part of the telephone number, no figure.
extension FigureRecognizer {
  /// Whether the mention is the "(0)" after a "+NN" country code.
  func isTrunkPrefix(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first == mention.lastToken, first >= 3,
      first + 1 < tokens.count, isPlainDigits(first),
      tokens[first].end - tokens[first].start == 1, bytes[tokens[first].start] == 0x30,
      tokens[first - 1].scalar == 0x28, tokens[first + 1].scalar == 0x29,
      isPlainDigits(first - 2), !tokens[first - 2].spaceBefore,
      tokens[first - 3].scalar == 0x2B
    else { return false }
    return true
  }
}
