/// "between N1,080 and N1,150", "from R370 to R420": a range whose second end has its own
/// letter sign (a home currency's letter glued to the amount) joins as one written with "$".
/// So does one whose second end has a scale ("between N350 million and N400 million"), which a
/// letter sign is read with anywhere.
extension FigureRecognizer {
  /// Whether the token at `index` is the letter sign of `next`, the mention right after it.
  func isLetterSign(at index: Int, of next: NumberMention) -> Bool {
    guard next.firstToken == index + 1, tokens[index].kind == .word else { return false }
    if homeLetterSign(before: next) != nil { return true }
    guard !tokens[next.firstToken].spaceBefore, tokens[index].end - tokens[index].start == 1,
      Vocabulary.gluedLetterSigns[text(tokens[index].start, tokens[index].end)] != nil
    else { return false }
    return next.scale != nil || isScaleWord(next.lastToken + 1)
  }
}
