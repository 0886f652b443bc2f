/// "an ECON 101 lecture", "BIOS 150", "call NHS 111": a word in capitals before a number of
/// three digits names a course, a service or a product line; it counts nothing. A count would
/// count a plural after it ("the NHS 111 service" names; "EU 27 states" has two letters and a
/// plural).
extension FigureRecognizer {
  /// Whether the mention is the number of a code written as a word in capitals and digits.
  func isCourseCode(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let previous = first - 1
    // "QLD 150 km": a measure is no code.
    guard draft.kind == .count || draft.kind == .other, first == mention.lastToken, previous >= 0,
      tokens[first].kind == .number,
      !tokens[first].hasSuffix, tokens[first].end - tokens[first].start == 3,
      tokens[first].spaceBefore, tokens[previous].kind == .word,
      (3...5).contains(tokens[previous].end - tokens[previous].start), isAllCapitals(previous),
      !isTitleCased(), !isShoutedLine()
    else { return false }
    let next = first + 1
    return next >= tokens.count || tokens[next].kind != .word
      || !Self.readsAsPlural(lower(next))
  }

  /// Whether every word of the line with two letters or more is in capitals: a shouted headline.
  private func isShoutedLine() -> Bool {
    tokens.indices.allSatisfy { index in
      tokens[index].kind != .word || tokens[index].end - tokens[index].start < 2
        || isAllCapitals(index)
    }
  }
}
