/// A capital "K" counts thousands before an audience: "8K views", "12K followers", "40K
/// signatures". Before anything else a lone digit with "K" stays a screen's resolution ("4K TVs").
extension NumberParser {
  /// Whether token `index` is a noun for an audience or its responses.
  func countsAudience(at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaceBefore else {
      return false
    }
    return Vocabulary.audienceNouns.contains(lowercased(tokens[index].start, tokens[index].end))
  }
}
