/// "the Aegean Glory 2 is still six years short", "the ferry Aegean Glory 2, which was
/// listing": a small number closing a run of capitalized words names a ship, a machine or a
/// sequel when a verb follows it (after "the"), or a verb or a punctuation mark (after a
/// vessel's noun). A count is followed by what it counts ("the Premier League 20 clubs" is not
/// written; "the 20 clubs" is); a name and a number before a comma or a full stop is a result
/// ("the SNP 9.", "the Seattle Storm 76, the Chicago Sky 71"), and a plural name before a
/// number a party's or a team's tally ("the Social Democrats 41 were ahead").
extension FigureRecognizer {
  /// Whether the mention is the number at the end of such a name.
  func isNumberedName(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard first == mention.lastToken, tokens[first].kind == .number, !tokens[first].hasSuffix,
      !mention.isYearLike, tokens[first].end - tokens[first].start <= 2, first >= 2,
      !isTitleCased()
    else { return false }
    // The capitalized words before it, back to "the".
    var word = first - 1
    while word >= 0, tokens[word].kind == .word, tokens[word].isCapitalized,
      !isWord(word, "the")
    {
      word -= 1
    }
    let afterVessel = isWord(word, in: Vocabulary.vesselNouns)
    guard word < first - 1, afterVessel || isWord(word, "the"),
      !Self.readsAsPlural(lower(first - 1))
    else { return false }
    let next = first + 1
    guard next < tokens.count else { return afterVessel }
    if tokens[next].kind == .word { return isWord(next, in: Vocabulary.nameVerbs) }
    return afterVessel && [0x2C, 0x2E, 0x29, 0x3B, 0x3A].contains(tokens[next].scalar)
  }
}
