/// "Vision 2030", "Agenda 2063", "Plan Melbourne 2017-2050", "its Platte 2031 strategic plan": a
/// plan is named by the year it aims at (or the span it covers), written right after a
/// capitalized plan noun, or after a name and before a plan noun. The year is part of the name,
/// not a date the story reports. "By 2030 the plan…", "The 2030 plan" and "in June 2030" stay
/// dates: the word before the year is no name there.
extension FigureRecognizer {
  /// Whether the mention is a year (or either year of a span) in a plan's name.
  func isPlanNameYear(_ mention: NumberMention) -> Bool {
    guard isPlainYear(mention) else { return false }
    var first = mention.firstToken
    var last = mention.lastToken
    // Either year of "2017-2050" is asked about the span's two ends.
    if first >= 2, isGluedDash(first - 1), tokens[first - 2].kind == .number {
      first -= 2
    } else if last + 2 < tokens.count, isGluedDash(last + 1), tokens[last + 2].kind == .number {
      last += 2
    }
    let name = first - 1
    guard name >= 0, tokens[name].kind == .word, tokens[name].isCapitalized,
      monthNumber(at: name) == nil, !roles(name).contains(.stopWord)
    else { return false }
    // "Vision 2030", "Plan Melbourne 2017-2050".
    if isWord(name, in: Vocabulary.planNouns)
      || name >= 1 && tokens[name - 1].kind == .word
        && tokens[name - 1].isCapitalized && isWord(name - 1, in: Vocabulary.planNouns)
    {
      return true
    }
    // "Platte 2031 strategic plan": a plan noun after the year, one adjective between at most.
    let after = last + 1
    guard after < tokens.count, tokens[after].kind == .word, !tokens[after].isCapitalized else {
      return false
    }
    return isWord(after, in: Vocabulary.planNouns)
      || after + 1 < tokens.count && !roles(after).contains(.stopWord)
        && !tokens[after + 1].isCapitalized && isWord(after + 1, in: Vocabulary.planNouns)
  }
}
