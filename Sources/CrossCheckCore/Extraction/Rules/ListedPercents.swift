import Foundation

/// "Free State first with 92.4 percent, the Cape second with 91.1": in a list of like items the
/// percent is written on the first and left out of the rest, so a bare number after the same
/// preposition as a percentage before it in the sentence, with only the list's commas or "and"
/// between, is a percent too.
extension FigureRecognizer {
  /// Words between the percentage and the bare number at most: a list item, not a new clause.
  private static let listItemReach = 12

  /// Gives each bare number so listed the unit of the percentage it follows.
  func carryListedPercents(_ drafts: inout [FigureDraft]) {
    var percent: Int?  // the last percentage after a preposition
    for index in drafts.indices {
      if drafts[index].kind == .percent, drafts[index].unit == "percent",
        drafts[index].firstToken > 0, tokens[drafts[index].firstToken - 1].kind == .word
      {
        percent = index
        continue
      }
      guard let earlier = percent, isListedBareNumber(drafts[index]),
        isListItem(after: drafts[earlier], before: drafts[index])
      else { continue }
      drafts[index].kind = .percent
      drafts[index].unit = "percent"
      percent = index  // the next item follows this one: "on 12.5 and the rest on 9"
    }
  }

  /// A count of nothing in digits, 100 or less: "91.1", not "91.1 points" nor "2024".
  private func isListedBareNumber(_ draft: FigureDraft) -> Bool {
    guard draft.kind == .count, draft.unit == nil, draft.nounTokens == nil,
      draft.compoundUnit == nil, draft.qualifier == nil, let value = draft.value,
      DecimalParts.isBetween(value, 0, 100), draft.firstToken == draft.lastToken,
      tokens[draft.firstToken].kind == .number, !tokens[draft.firstToken].hasSuffix
    else { return false }
    return true
  }

  /// Whether `later` is introduced by the preposition that introduces `earlier`, within the
  /// same sentence and after a comma or "and", as the next item of a list.
  private func isListItem(after earlier: FigureDraft, before later: FigureDraft) -> Bool {
    let preposition = earlier.firstToken - 1
    let introducer = later.firstToken - 1
    guard introducer > earlier.lastToken, introducer - earlier.lastToken <= Self.listItemReach,
      isWord(preposition, in: ["with", "on", "at"]),
      isWord(introducer, lower(preposition))
    else { return false }
    var sawComma = false  // or a conjunction
    for index in (earlier.lastToken + 1)..<introducer {
      let token = tokens[index]
      if token.kind == .number { return false }
      if isWord(index, in: ["and", "or"]) { sawComma = true }
      guard token.kind == .punctuation else { continue }
      switch token.scalar {
      case 0x2C: sawComma = true
      case 0x2E, 0x3B, 0x3F, 0x21, 0x3A: return false  // the sentence or clause ends
      default: continue
      }
    }
    return sawComma
  }
}
