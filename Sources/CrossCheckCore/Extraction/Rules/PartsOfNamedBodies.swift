import Foundation

/// "four out of seven IEBC commissioners", "two out of nine FIFA council members": a part out
/// of the whole of a body named by its acronym is two counts, the part and the body's size, not
/// a rate. A rate's whole is a sample ("nine out of 10 dentists", "two out of three voters",
/// "three out of every 10", "four out of five NHS trusts": no members of a body follow), and a
/// whole of 10, 100 or 1,000 stays one.
extension NumberParser {
  /// Whether the whole of an "out of" is followed by an acronym of three or more capitals and is
  /// not a round sample.
  func isPartOfNamedBody(whole: NumberMention) -> Bool {
    let next = whole.lastToken + 1
    guard next < tokens.count, tokens[next].kind == .word,
      ![10, 100, 1000].contains(whole.value)
    else { return false }
    let token = tokens[next]
    guard token.end - token.start >= 3,
      (token.start..<token.end).allSatisfy({ bytes[$0] &- 0x41 < 26 })
    else { return false }
    // "four out of five NHS trusts", "three out of four BAME staff": the acronym names the
    // sample's kind; only the members of a body make its whole a size.
    return (next + 1...next + 2).contains { index in
      index < tokens.count && tokens[index].kind == .word
        && Vocabulary.bodyMemberNouns.contains(lowercased(tokens[index].start, tokens[index].end))
    }
  }
}
