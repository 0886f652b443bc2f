import Foundation

/// "Waratahs 41-12 Highlanders", "Blues 24-32 Crusaders", "Lakers 112-108 Celtics": a glued
/// "N-N" between two capitalized names is the score of a match between them, a tally, even with
/// no word of a result near. Both numbers stay under 200, so a model's variant ("Boeing 737-800
/// Max") is no score.
extension FigureRecognizer {
  /// Whether `first`-`second` stands between two names as a score.
  func isScoreBetweenNames(_ first: Amount, _ second: Amount) -> Bool {
    let before = first.firstToken - 1
    let after = second.lastToken + 1
    guard before >= 0, after < tokens.count, tokens[before].kind == .word,
      tokens[before].isCapitalized, tokens[after].kind == .word, tokens[after].isCapitalized,
      tokens[after].spaceBefore, first.value < Self.highestScore, second.value < Self.highestScore
    else { return false }
    return true
  }

  /// Scores of a match stay below this; a model's numbers seldom do.
  private static let highestScore: Decimal = 200
}
