/// "assisted a further 25 in 132 appearances", "scored twice in four cup games": a player's
/// record is a count of goals (or times) and a count of games, two figures, not a rate. A rate
/// is a share of a sample ("one in four games ends in a draw", "3 in 10 matches"): a multiplying
/// adverb ("twice", "once") never starts one, and digits over a count of games start one only
/// with a round whole or a part of one.
extension NumberParser {
  /// Whether "`part` in `whole`" is a record of games rather than a ratio.
  func isMatchStatistic(part: NumberMention, whole: NumberMention) -> Bool {
    let first = part.firstToken
    if part.firstToken == part.lastToken, tokens[first].kind == .word,
      Vocabulary.timesAdverbs.contains(lowercased(tokens[first].start, tokens[first].end))
    {
      return true
    }
    guard !part.isSpelledOut, part.value > 1, ![10, 100, 1000].contains(whole.value) else {
      return false
    }
    // A record follows what was done ("scored 6 in 8 games", "a further 25 in 132"); a share
    // opens its clause or follows a hedge ("About 2 in 5 matches end in a draw").
    let before = first - 1
    guard before >= 0, tokens[before].kind == .word,
      !Vocabulary.singleWordHedges.contains(lowercased(tokens[before].start, tokens[before].end))
    else { return false }
    // The games may be qualified: "in 132 league appearances", "in 30 Premier League games".
    var index = whole.lastToken + 1
    while index < tokens.count, index <= whole.lastToken + 3, tokens[index].kind == .word {
      let word = lowercased(tokens[index].start, tokens[index].end)
      if Vocabulary.matchNouns.contains(word) { return true }
      index += 1
    }
    return false
  }
}
