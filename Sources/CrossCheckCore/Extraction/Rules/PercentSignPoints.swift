/// "a 0.09% point increase", "up 1.5% points": a percent sign and then "point" is a writer's
/// percentage point, a difference of two percentages, not a percent of something.
extension FigureRecognizer {
  /// Turns each percent followed by "point" or "points" into percentage points.
  func markPercentSignPoints(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices where drafts[index].unit == "percent" {
      let next = drafts[index].lastToken + 1
      guard tokens[drafts[index].lastToken].scalar == 0x25, next < tokens.count,
        tokens[next].spaceBefore, isWord(next, in: ["point", "points"])
      else { continue }
      drafts[index].unit = "percentage_point"
      drafts[index].lastToken = next
      drafts[index].end = tokens[next].end
    }
  }
}
