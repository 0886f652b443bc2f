/// "a Category 4 hurricane", "downgraded to Category 2", "a category 5 cyclone": on a storm
/// scale (Saffir-Simpson, the Australian cyclone scale) the category measures the storm's
/// strength, a count with unit `category`. Elsewhere "Category 4" names a class ("won Category
/// 4 at the awards") and stays a name: a storm word must stand near it.
extension FigureRecognizer {
  /// Tokens looked at on either side of "Category N" for a storm word.
  private static let stormReach = 8

  /// Reads a storm's category: the word "Category" joins the span and is the unit.
  func readStormCategory(_ draft: inout FigureDraft, mention: NumberMention) {
    let before = mention.firstToken - 1
    guard before >= 0, draft.firstToken == mention.firstToken, !mention.isSpelledOut,
      draft.kind == .count, draft.qualifier == nil || draft.start == mention.start,
      isWord(before, "category") || isWord(before, "cat"), isNearStorm(before, draft.lastToken)
    else { return }
    draft.unit = "category"
    draft.compoundUnit = nil
    draft.nounTokens = nil
    draft.firstToken = before
    draft.start = tokens[before].start
    if draft.qualifier == nil { draft.boundStart = draft.start }
  }

  /// A storm word within ``stormReach`` tokens of the category.
  private func isNearStorm(_ first: Int, _ last: Int) -> Bool {
    let low = max(0, first - Self.stormReach)
    let high = min(tokens.count - 1, last + Self.stormReach)
    return (low...high).contains { index in
      tokens[index].kind == .word && Vocabulary.stormWords.contains(lower(index))
    }
  }
}
