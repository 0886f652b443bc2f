/// An age band: "adults aged 40 to 69", "women aged between 18 and 25". A range of durations in
/// years, the age of the people before "aged", as a single age after "aged" is.
extension FigureRecognizer {
  /// Turns each range of whole numbers after "aged" into a range of ages in years.
  func markAgeRanges(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      // Cheapest first: a range of counts, then the word before it.
      guard drafts[index].low != nil, drafts[index].kind == .count, drafts[index].qualifier == nil
      else { continue }
      // The range starts at its opener when it has one ("between 18 and 25").
      let aged = drafts[index].firstToken - 1
      guard isWord(aged, "aged"), let low = drafts[index].low, let high = drafts[index].high,
        low >= 0, high < 120, NumberParser.isInteger(low), NumberParser.isInteger(high)
      else { continue }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].compoundUnit = "age"
      if aged > 0, tokens[aged - 1].kind == .word, !roles(aged - 1).contains(.stopWord) {
        drafts[index].nounTokens = (aged - 1)..<aged
      }
    }
  }
}
