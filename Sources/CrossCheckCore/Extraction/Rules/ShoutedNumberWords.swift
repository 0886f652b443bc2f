/// "hands Australia SIXTH World Cup": a number word in capitals in a line that is not all
/// capitals is stressed, as a headline stresses its news, not the number of a name ("Air Force
/// One" writes its number with an initial capital only).
extension FigureRecognizer {
  /// Whether the word at `index` is written in capitals (three letters or more) after a word
  /// that is not: so a line in capitals throughout ("AIR FORCE ONE") keeps its names.
  func isShoutedNumberWord(_ index: Int) -> Bool {
    guard index > 0, isAllCapitals(index), tokens[index - 1].kind == .word else { return false }
    return !isAllCapitals(index - 1)
  }

  /// ASCII capitals only, three or more of them.
  private func isAllCapitals(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.end - token.start >= 3 else { return false }
    return UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]).allSatisfy {
      $0 &- 0x41 < 26
    }
  }
}
