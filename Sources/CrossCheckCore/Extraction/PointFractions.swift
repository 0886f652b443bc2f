import Foundation

/// A fraction of a point is a move in percentage points, as rates, yields and polls move: "half
/// a percentage point", "three-quarters of a percentage point", "a quarter-point cut", "a
/// half-point rise" (whole points before a noun, "a 20-point plan", stay a count).
extension FigureRecognizer {
  /// Reads the fraction draft as percentage points when "point" follows it; returns whether it
  /// did.
  func readPointFraction(_ draft: inout FigureDraft, mention: NumberMention) -> Bool {
    guard mention.isFraction, draft.low == nil, let value = draft.value, value > 0, value < 1
    else { return false }
    var next = draft.lastToken + 1
    if isGluedHyphen(next) {
      next += 1  // "a quarter-point", "a half-percentage-point"
    } else {
      if isWord(next, "of") { next += 1 }  // "three-quarters of a percentage point"
      guard isWord(next, in: Vocabulary.indefiniteArticles) else { return false }
      next += 1
    }
    if isWord(next, "percentage") {
      next += isGluedHyphen(next + 1) ? 2 : 1
    }
    guard isWord(next, "point") else { return false }
    draft.kind = .percent
    draft.unit = "percentage_point"
    draft.lastToken = next
    draft.end = tokens[next].end
    draft.nounTokens = nounPhrase(after: next)
    return true
  }
}
