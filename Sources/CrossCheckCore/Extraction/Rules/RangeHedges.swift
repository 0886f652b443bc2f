/// "in the $52 billion range", "in the 20% range", "in the 400 range": a figure named as the
/// neighbourhood a value lies in is approximate, as "in the region of 400" is.
extension FigureRecognizer {
  /// Gives each unhedged figure framed by "in the … range" the qualifier approx.
  func markRangeHedges(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      let draft = drafts[index]
      guard draft.kind != .date, draft.kind != .time, draft.qualifier == nil,
        draft.low == nil, draft.high == nil, draft.value != nil,
        isWord(draft.lastToken + 1, "range"), isWord(draft.firstToken - 1, "the"),
        isWord(draft.firstToken - 2, "in")
      else { continue }
      setQualifier(&drafts[index], .approx, hedge: "in the range")
    }
  }
}
