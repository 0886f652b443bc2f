/// "dial +44 first", "numbers beginning +234", "the +91 code": a plus sign glued to one to three
/// digits, where a telephone is spoken of, is a country's dialling code, not a count or a rise.
/// ("+44 20 7946 0958", the code before its groups, is a phone number by
/// ``isPhoneNumber(_:)``; "+3" alone, a golf score or a change, stays a figure.)
extension FigureRecognizer {
  /// Whether the mention is "+" and one to three digits after a phone word ("call", "dial",
  /// "numbers beginning") or before a word for a code ("code", "prefix").
  func isPhoneCountryCode(_ mention: NumberMention) -> Bool {
    var digits = mention.firstToken
    if tokens[digits].kind != .number { digits += 1 }
    guard digits == mention.lastToken, digits > 0, isSymbol(digits - 1, 0x2B),
      !tokens[digits].spaceBefore, isPlainDigits(digits),
      tokens[digits].end - tokens[digits].start <= 3
    else { return false }
    if isWord(digits + 1, in: Self.codeWords) { return true }
    var cue = digits - 2
    while cue >= 0, digits - cue <= 4,
      isWord(cue, in: Self.cueJoiners) || tokens[cue].kind == .punctuation
    {
      cue -= 1
    }
    return isWord(cue, in: Vocabulary.phoneWords)
  }

  /// Words after a dialling code, and words between a phone word and the code ("numbers
  /// beginning with +44", "call on +44").
  private static let codeWords = ["code", "codes", "prefix", "prefixes", "dialling", "dialing"]
  private static let cueJoiners = [
    "on", "at", "the", "a", "beginning", "starting", "with", "from", "using", "first",
  ]
}
