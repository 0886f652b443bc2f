/// "Prosecutors will call 150 witnesses", "text 200 friends": digits after a phone word are a
/// count, not a phone number, when a plural noun follows them at once. A number that is dialled
/// is followed by a pause or a preposition ("call 911 at once", "the helpline 1070 is open"),
/// never by the noun it counts.
extension FigureRecognizer {
  /// Whether the token after the mention's last is a plural noun ("witnesses", "people").
  func isFollowedByPluralNoun(_ mention: NumberMention) -> Bool {
    let next = mention.lastToken + 1
    guard next < tokens.count, tokens[next].kind == .word, tokens[next].spaceBefore,
      !tokens[next].isCapitalized
    else { return false }
    let word = lower(next)
    if FigureRecognizer.irregularPlurals.contains(word) { return true }
    return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
      && !word.hasSuffix("us") && !word.hasSuffix("is")
      && !FigureRecognizer.adverbsEndingInS.contains(word)
  }

  /// Words ending in "s" that are not plurals and may follow a dialled number.
  static let adverbsEndingInS: Set<String> = [
    "always", "towards", "afterwards", "unless", "whereas", "besides", "sometimes", "perhaps",
  ]
}
