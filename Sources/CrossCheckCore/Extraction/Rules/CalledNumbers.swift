/// A number someone is told to ring: "call police on 101", "ring the helpline on 116 123",
/// "contact Crimestoppers on 0800 555 111". The verb of calling comes a few words before "on", or
/// right before the digits ("by calling 13 28 49", "dial 999"); the digits end the clause, so
/// "call a vote on 150 amendments" still counts amendments.
extension FigureRecognizer {
  /// Verbs that ask a reader to telephone, in the forms an appeal uses.
  private static let callingVerbs = ["call", "ring", "phone", "contact", "calling", "ringing"]
  /// Verbs that take the number itself as their object: "dial 999", "by calling 13 28 49".
  private static let dialingVerbs = [
    "call", "calling", "ring", "ringing", "dial", "dialing", "dialling", "phoning",
  ]
  /// The most words between the verb and "on" ("call the police non-emergency line on").
  private static let wordsBeforeOn = 4

  /// Whether the mention is a telephone number told to a reader.
  func isCalledNumber(_ mention: NumberMention) -> Bool {
    // "116 123" may be read as one number in groups: every token a group of digits.
    guard tokens[mention.firstToken].kind == .number, !mention.isSpelledOut,
      (mention.firstToken...mention.lastToken).allSatisfy({ isPlainDigits($0) })
    else { return false }
    // "on 116 123": the later groups belong to the first.
    var first = mention.firstToken
    while first > 0, tokens[first].spaceBefore, isPlainDigits(first - 1) { first -= 1 }
    // The clause ends after the digits (or its groups): no noun is counted.
    var after = mention.lastToken + 1
    while after < tokens.count, tokens[after].kind == .number { after += 1 }
    if after < tokens.count, tokens[after].kind == .word, !isWord(after, in: ["or", "and"]) {
      return false
    }
    // "by calling 13 28 49", "dial 999": the number right after the verb, three digits or more.
    if first >= 1, isWord(first - 1, in: Self.dialingVerbs),
      tokens[first..<after].reduce(0, { $0 + $1.end - $1.start }) >= 3
    {
      return true
    }
    guard first >= 2, isWord(first - 1, "on"), tokens[first].end - tokens[first].start >= 3
    else { return false }
    let earliest = max(0, first - 2 - Self.wordsBeforeOn)
    for index in stride(from: first - 2, through: earliest, by: -1) {
      guard tokens[index].kind == .word else { return false }
      if isWord(index, in: Self.callingVerbs) { return index < first - 2 }
    }
    return false
  }
}
