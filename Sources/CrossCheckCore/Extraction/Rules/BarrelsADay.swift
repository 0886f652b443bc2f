/// "650,000 barrel-per-day", "a 100,000 barrel-a-day refinery": barrels a day joined by hyphens
/// into one modifier are a flow of oil, as "650,000 barrels per day" is, not a volume in barrels.
extension FigureRecognizer {
  /// Makes each quantity in barrels followed by "-per-day" or "-a-day" a flow in barrels a day.
  func markBarrelsADay(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices where drafts[index].unit == "barrel" {
      let barrel = drafts[index].lastToken
      guard tokens[barrel].kind == .word, isGluedHyphen(barrel + 1),
        isWord(barrel + 2, "per") || isWord(barrel + 2, "a"), isGluedHyphen(barrel + 3),
        isWord(barrel + 4, "day")
      else { continue }
      drafts[index].unit = "bpd"
      drafts[index].lastToken = barrel + 4
      drafts[index].end = tokens[barrel + 4].end
    }
  }
}
