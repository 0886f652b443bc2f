/// "IPC sections 37 and 38", "sections 153, 154 and 175", "Articles 14 and 21": numbers listed
/// after a plural designator each name a section, as the first does; they count nothing.
extension FigureRecognizer {
  /// Whether the mention is in a list of numbers that a plural designator opens.
  func isDesignatedListItem(_ mention: NumberMention) -> Bool {
    var index = mention.firstToken - 1
    guard !mention.isSpelledOut, tokens[mention.firstToken].kind == .number, index >= 0 else {
      return false
    }
    // Back over the numbers and separators before it, to the word that opens the list.
    while index >= 0 {
      let token = tokens[index]
      let isSeparator =
        (token.kind == .punctuation && token.scalar == 0x2C) || isWord(index, "and")
        || isWord(index, "or")
      guard token.kind == .number || isSeparator else { break }
      index -= 1
    }
    // The list opens with a number right after its designator ("sections 37").
    guard index >= 0, tokens[index + 1].kind == .number else { return false }
    return isWord(index, in: Vocabulary.pluralDesignators)
  }
}
