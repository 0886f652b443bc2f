/// "campaign 27V-214", "recall 24E-051": two digits of a year, a capital letter for the kind of
/// thing recalled and three digits of a sequence, joined by a hyphen, are a safety regulator's
/// recall number, no range of anything. A range of volts writes its unit on both ends or on the
/// last ("12V-24V", "110-240V").
extension FigureRecognizer {
  /// Whether the mention is a recall number: two digits and a glued capital, a glued hyphen,
  /// three plain digits.
  func isRecallCampaignCode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let token = tokens[first]
    guard !mention.isSpelledOut, token.kind == .number, token.suffixStart - token.start == 2,
      token.end - token.suffixStart == 1, bytes[token.suffixStart] &- 0x41 < 26,
      isGluedHyphen(first + 1), isPlainDigits(first + 2),
      tokens[first + 2].end - tokens[first + 2].start == 3
    else { return false }
    let next = first + 3
    return next >= tokens.count || tokens[next].spaceBefore || tokens[next].kind != .word
  }
}
