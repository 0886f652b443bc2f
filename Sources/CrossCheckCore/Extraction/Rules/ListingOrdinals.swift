/// "First, the plan is costly. Second, it is late.": a spelled ordinal that opens a sentence and
/// is set off by a comma numbers the writer's own points, as "firstly" and "secondly" do; it
/// ranks nothing a reader could check ("Second, with 20 points, was Ruiz" is rare and ranked).
extension FigureRecognizer {
  /// Whether the mention is a spelled ordinal at the start of a sentence with a comma after it.
  func isListingOrdinal(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard mention.isOrdinal, first == mention.lastToken, tokens[first].kind == .word,
      tokens[first].isCapitalized,
      isSymbol(first + 1, 0x2C)
    else { return false }
    guard first > 0 else { return true }
    // After a sentence's end, a colon or a semicolon.
    return [0x2E, 0x21, 0x3F, 0x3A, 0x3B].contains { isSymbol(first - 1, $0) }
  }
}
