/// "fell by 93 and 81 percent, respectively", "rose 12 and 15 per cent": a bare number joined by
/// "and" or "or" to a percentage right after it shares the percent written once, as the ends of
/// "between 20 and 30 percent" do. (Measures are left alone: "44 or 45 degrees" paired the
/// scan's labelled look-alike temperatures.)
extension FigureRecognizer {
  /// Gives each bare count before "and"/"or" and a percentage that percentage's unit.
  func shareUnitsWrittenOnce(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropLast() where drafts[index].kind == .count {
      // Read in place: a copy of a draft would retain its arrays.
      let number = drafts[index].lastToken
      let joint = number + 1
      let next = index + 1
      guard drafts[index].unit == nil, drafts[index].nounTokens == nil,
        drafts[index].value != nil, drafts[index].firstToken == number,
        tokens[number].kind == .number, !tokens[number].hasSuffix,
        drafts[next].kind == .percent,
        drafts[next].qualifier == nil, drafts[next].firstToken == joint + 1,
        tokens[joint + 1].kind == .number, isWord(joint, "and") || isWord(joint, "or")
      else { continue }
      drafts[index].kind = drafts[next].kind
      drafts[index].unit = drafts[next].unit
      drafts[index].unitIsAmbiguous = drafts[next].unitIsAmbiguous
    }
  }
}
