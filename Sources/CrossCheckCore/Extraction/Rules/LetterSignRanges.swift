/// "between N1,080 and N1,150", "from R370 to R420": a range whose second end has its own
/// letter sign (a home currency's letter glued to the amount) joins as one written with "$".
extension FigureRecognizer {
  /// Whether the token at `index` is the letter sign of `next`, the mention right after it.
  func isLetterSign(at index: Int, of next: NumberMention) -> Bool {
    next.firstToken == index + 1 && tokens[index].kind == .word
      && homeLetterSign(before: next) != nil
  }
}
