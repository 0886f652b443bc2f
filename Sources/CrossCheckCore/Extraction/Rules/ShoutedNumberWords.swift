/// "hands Australia SIXTH World Cup": a number word in capitals in a line that is not all
/// capitals is stressed, as a headline stresses its news, not the number of a name ("Air Force
/// One" writes its number with an initial capital only). Names written in capitals are not:
/// "the SIX NATIONS championship" and "the FIVE EYES alliance" go on in capitals, "Network TEN"
/// ends on its number, and "The THREE Degrees" puts a count before a capitalized word, where
/// only a rank stands before a name ("SIXTH World Cup").
extension FigureRecognizer {
  /// Whether the word at `index` is written in capitals (three letters or more) after a word
  /// that is not (so a line in capitals throughout, "AIR FORCE ONE", keeps its names), and
  /// before a lower-case word ("THIRD straight win", "TWO weeks"), a joining hyphen, or, for
  /// a rank only, a capitalized word that is not in capitals.
  func isShoutedNumberWord(_ index: Int) -> Bool {
    guard index > 0, isAllCapitals(index), tokens[index - 1].kind == .word,
      !isAllCapitals(index - 1)
    else { return false }
    let next = index + 1
    guard next < tokens.count else { return false }
    if isGluedHyphen(next) { return true }
    guard tokens[next].kind == .word, !isAllCapitals(next) else { return false }
    return !tokens[next].isCapitalized || isOrdinalWord(index)
  }

  /// "FIRST", "SECOND", "THIRD" and the ordinals on "-th" ("SIXTH", "TWENTIETH").
  private func isOrdinalWord(_ index: Int) -> Bool {
    isWord(index, in: ["first", "second", "third"]) || lower(index).hasSuffix("th")
  }

  /// ASCII capitals only, three or more of them.
  func isAllCapitals(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.end - token.start >= 3 else { return false }
    return UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]).allSatisfy {
      $0 &- 0x41 < 26
    }
  }
}
