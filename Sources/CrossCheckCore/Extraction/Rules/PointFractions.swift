import Foundation

/// A fraction of a point is a move in percentage points, as rates, yields and polls move: "half
/// a percentage point", "three-quarters of a percentage point", "a quarter-point cut", "a
/// half-point rise" (whole points before a noun, "a 20-point plan", stay a count). In a game's
/// sentence ("half a point behind the leader in the chess tournament") they are its points.
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
    var isPercentage = false
    if isWord(next, "percentage") {
      next += isGluedHyphen(next + 1) ? 2 : 1
      isPercentage = true
    }
    guard isWord(next, "point") else { return false }
    // "half a point behind the leader in the tournament": a game's points.
    if !isPercentage, isGamePoint(next) {
      draft.kind = .count
      draft.unit = "points"
    } else {
      draft.kind = .percent
      draft.unit = "percentage_point"
    }
    draft.lastToken = next
    draft.end = tokens[next].end
    draft.nounTokens = nounPhrase(after: next)
    return true
  }

  /// Whether a word of a game or contest is in the sentence of the "point" at token `index`.
  private func isGamePoint(_ index: Int) -> Bool {
    var position = index - 1
    while position >= 0, index - position <= 15, !isSymbol(position, 0x2E) {
      if isWord(position, in: Vocabulary.pointGameWords) { return true }
      position -= 1
    }
    position = index + 1
    while position < tokens.count, position - index <= 15, !isSymbol(position, 0x2E) {
      if isWord(position, in: Vocabulary.pointGameWords) { return true }
      position += 1
    }
    return false
  }
}
