/// "Case No. 2023-CV-1187", "FIR no. 64/2023", "Bill No. 12", "case number 64": a number after
/// "No." that a capitalized word or an acronym names, or after "No." or "number" that a
/// document's noun names ("case", "petition", "docket"), is a file's or a document's number; it
/// counts nothing. A rank after a possessive or a lower-case word stays ("Britain's No. 1",
/// "world No. 2").
extension FigureRecognizer {
  /// Whether the mention is the number a named document is filed under.
  func isCaseNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard !mention.isSpelledOut, first >= 2 else { return false }
    let owner: Int
    if isWord(first - 1, "number") {
      owner = first - 2
    } else if first >= 3, isSymbol(first - 1, 0x2E),
      isWord(first - 2, in: Vocabulary.numberAbbreviations)
    {
      owner = first - 3
    } else {
      return false
    }
    if isWord(owner, in: Vocabulary.documentNouns) { return true }
    guard !isWord(first - 1, "number") else { return false }
    return tokens[owner].kind == .word && tokens[owner].isCapitalized
      && !isPossessiveWord(owner)
  }
}
