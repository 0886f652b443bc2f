/// "IPC sections 37 and 38", "sections 153, 154 and 175", "Articles 14 and 21": numbers listed
/// after a plural designator each name a section, as the first does; they count nothing. A list
/// may gloss its items in brackets ("sections 37 and 38 (causing hurt), 304A (negligence) and
/// 34") and open with "like", "such as" or "including" ("IPC sections like 37 and 38"). Numbered
/// places ("between junctions 10 and 11") are named so only in a list of two or more: "two
/// runways 3,000 metres long" measures.
extension FigureRecognizer {
  /// How many tokens a bracketed gloss inside a list may run to.
  private static let longestListGloss = 40

  /// Whether the mention is in a list of numbers that a plural designator opens.
  func isDesignatedListItem(_ mention: NumberMention) -> Bool {
    var index = mention.firstToken - 1
    guard !mention.isSpelledOut, tokens[mention.firstToken].kind == .number, index >= 0 else {
      return false
    }
    // Back over the numbers, separators and glosses before it, to the word that opens the list.
    let isRun =
      (isWord(mention.lastToken + 1, "to") || isWord(mention.lastToken + 1, "through"))
      && mention.lastToken + 2 < tokens.count && tokens[mention.lastToken + 2].kind == .number
    var isInList =
      isListSeparator(mention.lastToken + 1) && mention.lastToken + 2 < tokens.count
      && tokens[mention.lastToken + 2].kind == .number
    while index >= 0 {
      let token = tokens[index]
      if isSymbol(index, 0x29), let opening = glossOpening(closingAt: index) {
        index = opening - 1
        continue
      }
      let isSeparator = isListSeparator(index)
      // "Tables 1 to 9", "sections 37 to 40": a run of designated numbers, as a list is
      // (not a list of places: "runways 3,000 to 4,000 metres long" measure).
      let joinsRun = isWord(index, "to") || isWord(index, "through")
      guard token.kind == .number || isSeparator || joinsRun else { break }
      isInList = isInList || isSeparator
      index -= 1
    }
    // The list opens with a number right after its designator ("sections 37"), or after
    // "like", "such as" or "including" after it.
    guard index >= 0, tokens[index + 1].kind == .number else { return false }
    if isWord(index, in: Vocabulary.listOpeners) {
      index -= 1
    } else if isWord(index, "as"), isWord(index - 1, "such") {
      index -= 2
    }
    return isWord(index, in: Vocabulary.pluralDesignators)
      || (isInList && !isRun && isWord(index, in: Vocabulary.pluralPlaceDesignators))
  }

  /// A comma, "and" or "or" at `index`: what parts a list's numbers.
  private func isListSeparator(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    return (tokens[index].kind == .punctuation && tokens[index].scalar == 0x2C)
      || isWord(index, "and") || isWord(index, "or")
  }

  /// The "(" that opens the gloss whose ")" is at `closing`, when it follows a number and holds
  /// no other bracket.
  private func glossOpening(closingAt closing: Int) -> Int? {
    var index = closing - 1
    while index >= 0, closing - index <= Self.longestListGloss {
      if isSymbol(index, 0x29) { return nil }
      if isSymbol(index, 0x28) {
        return index > 0 && tokens[index - 1].kind == .number ? index : nil
      }
      index -= 1
    }
    return nil
  }
}
