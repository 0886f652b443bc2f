/// "an ECON 101 lecture", "the NHS 111 service", "call NHS 111", "numbers in ECON 101.", "such
/// as ECON 101 and BIOS 150" (a code listed after a code): a word
/// in capitals before a number of three digits names a course, a service or a product line
/// when a singular noun after it is what the code describes, or when a determiner, a
/// preposition or a verb of calling comes before it; it counts nothing. A party's, a state's or a side's tally is written the same way ("APC 312,
/// PDP 145", "NSW 312 and Victoria 2 for 45", "the WHO 194 member states"), so a code needs
/// one of those signs.
extension FigureRecognizer {
  /// Whether the mention is the number of a code written as a word in capitals and digits.
  func isCourseCode(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let code = first - 1
    // "QLD 150 km": a measure is no code.
    guard draft.kind == .count || draft.kind == .other, first == mention.lastToken, code >= 0,
      tokens[first].kind == .number, !tokens[first].hasSuffix,
      tokens[first].end - tokens[first].start == 3, tokens[first].spaceBefore,
      tokens[code].kind == .word, (3...5).contains(tokens[code].end - tokens[code].start),
      isAllCapitals(code), !isTitleCased(), !isShoutedLine()
    else { return false }
    let next = first + 1
    // "in ECON 101.", "call NHS 111", "an ECON 101 lecture": a determiner, a preposition or a
    // verb of calling before the code; then the number may end its phrase.
    let led = isWord(code - 1, in: Vocabulary.codeLeadWords) || followsLedCode(code - 1)
    guard next < tokens.count, tokens[next].kind == .word,
      !roles(next).contains(.stopWord) || tokens[next].isCapitalized
    else { return led }
    guard !tokens[next].isCapitalized, !Self.readsAsPlural(lower(next)),
      !isWord(next, in: Vocabulary.codeTallyWords)
    else { return false }
    // "the WHO 194 member states": a compound's plural counts.
    let after = next + 1
    return after >= tokens.count || tokens[after].kind != .word
      || roles(after).contains(.stopWord) || !Self.readsAsPlural(lower(after))
  }

  /// Whether token `index` is "and", "or" or a comma after a code led as ``isCourseCode``
  /// asks: "such as ECON 101 and BIOS 150" lists two courses.
  private func followsLedCode(_ index: Int) -> Bool {
    let number = index - 1
    let code = number - 1
    guard code >= 1, isWord(index, "and") || isWord(index, "or") || isSymbol(index, 0x2C),
      tokens[number].kind == .number, !tokens[number].hasSuffix,
      tokens[number].end - tokens[number].start == 3, tokens[code].kind == .word,
      (3...5).contains(tokens[code].end - tokens[code].start), isAllCapitals(code)
    else { return false }
    return isWord(code - 1, in: Vocabulary.codeLeadWords)
  }

  /// Whether every word of the line with two letters or more is in capitals: a shouted headline.
  private func isShoutedLine() -> Bool {
    tokens.indices.allSatisfy { index in
      tokens[index].kind != .word || tokens[index].end - tokens[index].start < 2
        || isAllCapitals(index)
    }
  }
}
