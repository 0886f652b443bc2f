/// "RNS Number: 4821K", "Order ID: 55812": a bare number after a named label and its colon is a
/// code the label names, not a quantity. A number with a unit after it is the label's value
/// ("The big number: 71% of voters", "Today's number: 2,400 jobs"), and "Yes: 52%, No: 48%"
/// gives shares.
extension FigureRecognizer {
  /// Whether the mention follows such a label: a capitalized word, then "Number", "ID",
  /// "Ref" or "Code" and a colon.
  func isLabelledCode(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard draft.kind == .count, draft.unit == nil, tokens[first].kind == .number,
      isSymbol(first - 1, 0x3A), isWord(first - 2, in: Vocabulary.codeLabels), first >= 3
    else { return false }
    return tokens[first - 3].kind == .word && tokens[first - 3].isCapitalized
  }
}
