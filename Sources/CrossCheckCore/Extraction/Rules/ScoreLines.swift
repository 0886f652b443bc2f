import Foundation

/// "Waratahs 41-12 Highlanders", "Blues 24-32 Crusaders", "Lakers 112-108 Celtics": a glued
/// "N-N" between two capitalized names is the score of a match between them, a tally, even with
/// no word of a result near. Both numbers stay under 200, so a model's variant ("Boeing 737-800
/// Max") is no score. A weekday or a month is no team ("Monday 12-14 March" are days), and a
/// title-cased headline capitalizes every word ("Voters 18-29 Back Harris"): there capitals
/// count only on a results line, whose every word stands next to a number.
extension FigureRecognizer {
  /// Whether `first`-`second` stands between two names as a score.
  func isScoreBetweenNames(_ first: Amount, _ second: Amount) -> Bool {
    let before = first.firstToken - 1
    let after = second.lastToken + 1
    guard before >= 0, after < tokens.count, tokens[before].kind == .word,
      tokens[before].isCapitalized, tokens[after].kind == .word, tokens[after].isCapitalized,
      tokens[after].spaceBefore, first.value < Self.highestScore, second.value < Self.highestScore
    else { return false }
    let calendarWords: WordRoles = [.weekday, .month]
    guard roles(before).isDisjoint(with: calendarWords),
      roles(after).isDisjoint(with: calendarWords)
    else { return false }
    return !isTitleCased() || everyWordIsNextToANumber()
  }

  /// Whether each word of the line has a number right before or after it, as on a line of
  /// results ("Blues 24-32 Crusaders, Chiefs 30-20 Hurricanes").
  private func everyWordIsNextToANumber() -> Bool {
    tokens.indices.allSatisfy { index in
      tokens[index].kind != .word
        || (index > 0 && tokens[index - 1].kind == .number)
        || (index + 1 < tokens.count && tokens[index + 1].kind == .number)
    }
  }

  /// Scores of a match stay below this; a model's numbers seldom do.
  private static let highestScore: Decimal = 200

  /// "Bhuvneshwar Kumar (3-50)", "Jasprit Bumrah (3-61)": a glued "N-N" alone in brackets
  /// right after a person's full name, ten or fewer before more than ten, is a bowler's
  /// figures (wickets for runs), a tally, not a range. A place's or a group's range reads the
  /// same after one word ("Lagos (24-31)", "Teenagers (13-17)", "Group A (1-4)"), and a life's
  /// years are years ("Ann Smith (1950-2020)").
  func isBracketedStatistic(_ first: Amount, _ second: Amount) -> Bool {
    let open = first.firstToken - 1
    let close = second.lastToken + 1
    guard open >= 2, isSymbol(open, 0x28), isSymbol(close, 0x29), isWrittenAsName(open - 1),
      isWrittenAsName(open - 2), !first.mention.isYearLike, !second.mention.isYearLike,
      first.value <= 10, second.value > 10, second.value < Self.highestScore
    else { return false }
    return roles(open - 1).isDisjoint(with: [.weekday, .month])
  }

}
