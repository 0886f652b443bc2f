/// "No. 0:27-cv-03158", "case 1:23-cr-00456": a court's docket number is digits, a lower-case
/// code of the case's kind and more digits, joined by hyphens. Its first part looks like a clock
/// time or a count and is neither.
extension FigureRecognizer {
  /// Whether the number ending at token `last` is glued by a hyphen to a lower-case code and
  /// another hyphen and number.
  func isDocketNumber(endingAt last: Int) -> Bool {
    let dash = last + 1
    let code = dash + 1
    guard code + 2 < tokens.count, isGluedHyphen(dash), tokens[code].kind == .word,
      !tokens[code].spaceBefore, !tokens[code].isCapitalized,
      tokens[code].end - tokens[code].start <= 3, isGluedHyphen(code + 1),
      tokens[code + 2].kind == .number, !tokens[code + 2].spaceBefore
    else { return false }
    return true
  }
}
