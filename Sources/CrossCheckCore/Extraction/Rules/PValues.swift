/// A p-value is bounded by the sign glued after its letter: "p<0.001" is less than 0.001, as
/// "p < 0.001" is. Other letters before a sign ("x>10") compare a variable, not a news figure.
extension FigureRecognizer {
  /// The signs that bound the number after them.
  static let comparisonSigns: Set<String> = ["<", ">", "≤", "≥"]

  /// Whether token `index` is the letter of a p-value ("p", "P").
  func isPValue(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.kind == .word && token.end - token.start == 1 && token.head == 0x70
  }
}
