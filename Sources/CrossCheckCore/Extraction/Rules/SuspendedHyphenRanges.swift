/// "six- to nine-month terms", "10- to 15-minute walks": the first number's hyphen is left
/// hanging, its unit written once, after the second. The two are one range in that unit, not a
/// bare count and a second figure.
extension FigureRecognizer {
  /// Joins each hanging-hyphen count to the hyphened figure after "to" into one range.
  func joinSuspendedHyphenRanges(_ drafts: inout [FigureDraft]) {
    var index = 0
    while index + 1 < drafts.count {
      // The list and indices are handed over, not the two drafts: each would be a copy.
      if isSuspendedLow(at: index, in: drafts),
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

  /// Whether the draft at `low` is a bare number whose hyphen hangs before "to" and the one after
  /// it, a figure with a glued hyphen inside ("nine-month").
  private func isSuspendedLow(at low: Int, in drafts: [FigureDraft]) -> Bool {
    let high = low + 1
    let hyphen = drafts[low].lastToken + 1
    guard drafts[low].kind == .count, drafts[low].unit == nil, drafts[low].nounTokens == nil,
      drafts[low].qualifier == nil, drafts[low].low == nil,
      drafts[low].firstToken == drafts[low].lastToken, drafts[high].firstToken == hyphen + 2,
      tokens[hyphen].kind == .dash, tokens[hyphen].head == 0x2D, !tokens[hyphen].spaceBefore,
      isWord(hyphen + 1, "to"), tokens[hyphen + 1].spaceBefore,
      drafts[high].qualifier == nil, drafts[high].low == nil, drafts[high].value != nil
    else { return false }
    return (drafts[high].firstToken..<drafts[high].lastToken).contains { isGluedHyphen($0) }
  }
}
