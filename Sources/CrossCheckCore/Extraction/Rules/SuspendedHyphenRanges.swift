/// "six- to nine-month terms", "10- to 15-minute walks": the first number's hyphen is left
/// hanging, its unit written once, after the second. The two are one range in that unit, not a
/// bare count and a second figure.
extension FigureRecognizer {
  /// Joins each hanging-hyphen count to the hyphened figure after "to" into one range.
  func joinSuspendedHyphenRanges(_ drafts: inout [FigureDraft]) {
    var index = 0
    while index + 1 < drafts.count {
      if isSuspendedLow(drafts[index], of: drafts[index + 1]),
        let low = drafts[index].value, let high = drafts[index + 1].value, low < high
      {
        let first = drafts.remove(at: index)
        drafts[index].setClosedBand(low: low, high: high)
        drafts[index].firstToken = first.firstToken
        drafts[index].start = first.start
        drafts[index].boundStart = first.boundStart
      }
      index += 1
    }
  }

  /// Whether `low` is a bare number whose hyphen hangs before "to" and `high`, a figure with a
  /// glued hyphen inside ("nine-month").
  private func isSuspendedLow(_ low: FigureDraft, of high: FigureDraft) -> Bool {
    let hyphen = low.lastToken + 1
    guard low.kind == .count, low.unit == nil, low.nounTokens == nil, low.qualifier == nil,
      low.low == nil, low.firstToken == low.lastToken, high.firstToken == hyphen + 2,
      tokens[hyphen].kind == .dash, tokens[hyphen].head == 0x2D, !tokens[hyphen].spaceBefore,
      isWord(hyphen + 1, "to"), tokens[hyphen + 1].spaceBefore,
      high.qualifier == nil, high.low == nil, high.value != nil
    else { return false }
    return (high.firstToken..<high.lastToken).contains { isGluedHyphen($0) }
  }
}
