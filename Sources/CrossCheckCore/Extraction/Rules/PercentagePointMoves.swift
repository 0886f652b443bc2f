/// "rose 1.6 points to 33.7%", "support is at 41%, down three points", "on 33.7% of the vote,
/// up 1.6 points": points that move a percentage are percentage points, though the writer left
/// out "percentage". Points that move anything else stay counts: an index's "fell 500 points to
/// 38,000", "500 points, or 1.2%" (the percent there is the same move, not the level it moved
/// to), a plan's "19 points".
extension FigureRecognizer {
  /// Turns each bare "N points" next to the percentage it moves into percentage points.
  func markPercentagePoints(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices where drafts[index].kind == .count {
      guard
        let points = pointsToken(
          after: drafts[index].lastToken, joined: drafts[index].compoundUnit != nil)
      else { continue }
      let movesTo = index + 1 < drafts.count && isLevel(drafts[index + 1], reachedFrom: points)
      let movedFrom =
        index > 0 && isLevel(drafts[index - 1], movedBy: drafts[index], points: points)
      guard movesTo || movedFrom || isMarginOfError(after: points) else { continue }
      drafts[index].kind = .percent
      drafts[index].unit = "percentage_point"
      drafts[index].lastToken = points
      drafts[index].end = tokens[points].end
      drafts[index].nounTokens = nil
      drafts[index].compoundUnit = nil
    }
  }

  /// The "points" token right after a bare count ("1.6 points", "two to three points"), or the
  /// figure's own last token when it is joined on ("a quarter-point").
  private func pointsToken(after last: Int, joined: Bool) -> Int? {
    if isWord(last, in: Self.pointWords), isGluedHyphen(last - 1) { return last }
    let next = last + 1
    guard !joined, next < tokens.count, tokens[next].spaceBefore,
      isWord(next, in: Self.pointWords)
    else { return nil }
    return next
  }

  /// The words of a move in points, and the prepositions before the level it moves to or from:
  /// made once, not for every count (a literal list was made and freed at each call).
  private static let pointWords = ["points", "point"]
  private static let levelPrepositions = ["to", "from"]

  /// "1.6 points to 33.7%", "three points in a month from 41%": a percent level right after
  /// "to" or "from", with only words (no punctuation, no other figure) between.
  private func isLevel(_ level: FigureDraft, reachedFrom points: Int) -> Bool {
    guard isPercentLevel(level) else { return false }
    let preposition = level.firstToken - 1
    guard isWord(preposition, in: Self.levelPrepositions) else { return false }
    guard preposition > points else { return false }
    let between = (points + 1)..<preposition
    return between.count <= 4 && between.allSatisfy { tokens[$0].kind == .word }
  }

  /// "rose to 45%, up three points", "at 41% (down 2 points)", "on 40%, 20 points ahead",
  /// "support was 36%, down three points", "its share, about 36%, was down six points": the
  /// level, then the move after "up" or "down" or the gap before "ahead" or "behind".
  private func isLevel(_ level: FigureDraft, movedBy move: FigureDraft, points: Int) -> Bool {
    guard isPercentLevel(level),
      isWord(level.firstToken - 1, in: Self.levelLeads)
        || isSymbol(level.firstToken - 1, 0x2C)
    else { return false }
    let end: Int
    if isWord(move.firstToken - 1, in: ["up", "down"]) {
      end = move.firstToken - 1
    } else if isWord(points + 1, in: ["ahead", "behind", "higher", "lower"]) {
      end = move.firstToken
    } else {
      return false
    }
    guard end > level.lastToken else { return false }
    var between = (level.lastToken + 1)..<end
    // "on 33.7% of the vote, up 1.6 points": what the percentage is of, then the move.
    if isWord(between.lowerBound, "of") {
      var word = between.lowerBound + 1
      while word < between.upperBound, word - between.lowerBound <= 3,
        tokens[word].kind == .word
      {
        word += 1
      }
      between = word..<end
    }
    return between.count <= 3
      && between.allSatisfy {
        tokens[$0].kind == .punctuation || tokens[$0].kind == .dash
          || isWord($0, in: Self.copulas)
      }
  }

  /// The verb that joins a share to what it is: "was 36%", "36%, was down".
  private static let copulas = ["is", "was", "are", "were", "has", "had", "been"]
  /// Words before a level: prepositions, copulas and verbs of winning a share ("took 33.7% of
  /// the vote, up 1.6 points").
  private static let levelLeads =
    ["to", "from", "at", "on", "with", "took", "won", "polled", "secured", "received", "got"]
    + copulas

  /// "a 3.1-point margin of error": a poll's margin is in percentage points.
  private func isMarginOfError(after points: Int) -> Bool {
    isWord(points + 1, "margin") && isWord(points + 2, "of") && isWord(points + 3, "error")
  }

  private func isPercentLevel(_ draft: FigureDraft) -> Bool {
    draft.kind == .percent && draft.unit == "percent" && draft.value != nil
  }
}
