/// "in the $52 billion range", "in the 20% range", "in the 400 range": a figure named as the
/// neighbourhood a value lies in is approximate, as "in the region of 400" is.
extension FigureRecognizer {
  /// Gives each unhedged figure framed by "in the … range" the qualifier approx.
  func markRangeHedges(_ drafts: inout [FigureDraft]) {
    // Each draft's fields are read in the list: a draft bound to a name was copied whole (its
    // Strings retained, then released) for every figure of every line.
    for index in drafts.indices {
      guard drafts[index].kind != .date, drafts[index].kind != .time,
        drafts[index].qualifier == nil, drafts[index].low == nil, drafts[index].high == nil,
        drafts[index].value != nil, isWord(drafts[index].lastToken + 1, "range"),
        isWord(drafts[index].firstToken - 1, "the"), isWord(drafts[index].firstToken - 2, "in")
      else { continue }
      setQualifier(&drafts[index], .approx, hedge: "in the range")
    }
  }
}
