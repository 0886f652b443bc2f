/// "RNS Number: 4821K", "Ref: 2291": a number after a label and its colon is a code the label
/// names, not a quantity.
extension FigureRecognizer {
  /// Whether the mention follows such a label.
  func isLabelledCode(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard tokens[first].kind == .number, isSymbol(first - 1, 0x3A) else { return false }
    return isWord(first - 2, in: Vocabulary.codeLabels)
  }
}
