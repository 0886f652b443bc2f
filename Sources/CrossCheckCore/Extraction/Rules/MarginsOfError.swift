import Foundation

/// A margin of error is written with its sign either way: "plus or minus 3 percentage points",
/// "±3.1 points", "+/- 2%". The sign is part of the figure (its hedge), not a word before it.
extension FigureRecognizer {
  /// Widens `draft` over a "plus or minus", "±" or "+/-" right before it (after token `limit`).
  func applyMarginOfError(to draft: inout FigureDraft, after limit: Int) {
    let before = draft.firstToken - 1
    guard before > limit, before >= 0, draft.hedge == nil else { return }
    var first: Int?
    if isSymbol(before, 0xB1) {
      first = before  // "±3.1"
    } else if before - 2 > limit, isWord(before, "minus"), isWord(before - 1, "or"),
      isWord(before - 2, "plus")
    {
      first = before - 2
    } else if before - 2 > limit, tokens[before].kind == .dash, isSymbol(before - 1, 0x2F),
      isSymbol(before - 2, 0x2B)
    {
      first = before - 2  // "+/- 2%"
    }
    guard let first else { return }
    draft.hedge = text(tokens[first].start, tokens[before].end)
    draft.firstToken = first
    draft.start = tokens[first].start
  }
}
