/// "Almost two-thirds – 64% – of members", "a half (50%)": a fraction and a percent side by side
/// say one share twice, in two notations; they are two figures, never the ends of one range (a
/// range runs between two values of one measure, written alike).
extension FigureRecognizer {
  /// Whether one end is a fraction below one and the other a percent.
  func isFractionRestatedAsPercent(_ first: Amount, _ second: Amount) -> Bool {
    func isFraction(_ amount: Amount) -> Bool {
      amount.mention.isFraction && !amount.isPercent && amount.value < 1
    }
    return (isFraction(first) && second.isPercent) || (isFraction(second) && first.isPercent)
  }
}
