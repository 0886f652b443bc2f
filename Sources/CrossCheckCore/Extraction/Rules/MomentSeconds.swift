import Foundation

/// "Wait a second", "for a second, nothing happened": "a second" with no noun after it is a
/// moment, no figure; "a second time", "a second term" stay ordinals.
extension FigureRecognizer {
  /// Whether `draft` is the ordinal "second" after "a" with no word after it.
  func isMomentSecond(_ draft: FigureDraft) -> Bool {
    guard draft.kind == .ordinal, draft.firstToken == draft.lastToken,
      isWord(draft.firstToken, "second"), isWord(draft.firstToken - 1, "a")
    else { return false }
    let next = draft.lastToken + 1
    return next >= tokens.count || tokens[next].kind == .punctuation
  }
}
