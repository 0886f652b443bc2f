import Foundation

/// A person's age, which news writes as an apposition ("Ananya Bhardwaj, 24, said"), in brackets
/// ("the minister (62)") or after "aged" ("a man aged 24"): a duration in years that belongs to
/// the person, not a count of whatever noun comes next.
extension FigureRecognizer {
  /// Turns each bare number written as someone's age into a duration in years.
  func markAges(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices {
      // Fields are read one by one: a copy of the whole draft per figure costs more than the rule.
      let number = drafts[index].firstToken
      guard drafts[index].lastToken == number, drafts[index].kind == .count, number > 0 else {
        continue
      }
      let afterAged = isWord(number - 1, "aged")
      guard afterAged || isSymbol(number - 1, 0x2C) || isSymbol(number - 1, 0x28) else { continue }
      let person: Range<Int>?
      if afterAged {
        person = number - 2 >= 0 && isPersonWord(number - 2) ? (number - 2)..<(number - 1) : nil
      } else if let name = personBefore(apposition: number) {
        person = name
      } else {
        continue
      }
      guard drafts[index].qualifier == nil, isAgeShaped(number, value: drafts[index].value) else {
        continue
      }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].nounTokens = person
      drafts[index].compoundUnit = "age"
    }
  }

  /// One plain whole number of digits that could be a person's age.
  private func isAgeShaped(_ number: Int, value: Decimal?) -> Bool {
    guard tokens[number].kind == .number, !tokens[number].hasSuffix,
      tokens[number].end - tokens[number].start <= 3, let value, NumberParser.isInteger(value),
      value >= 1, value < 120
    else { return false }
    return true
  }

  /// The person an age at `number` is set beside: "Meera Kapoor, 26," or "the minister (62)".
  private func personBefore(apposition number: Int) -> Range<Int>? {
    let open = number - 1
    let close = number + 1
    let bracketed = isSymbol(open, 0x28) && isSymbol(close, 0x29)
    let commas =
      isSymbol(open, 0x2C)
      && (close >= tokens.count || isSymbol(close, 0x2C) || isSymbol(close, 0x2E)
        || isSymbol(close, 0x3B))
    guard bracketed || commas, open - 1 >= 0 else { return nil }
    let last = open - 1
    if isPersonWord(last) { return last..<(last + 1) }
    // A name: capitalized words, none of them a month, a weekday or a stop word ("However"). A
    // number set off by commas on both sides after a name is an age ("Powell, 71, said").
    guard isNameWord(last) else { return nil }
    var first = last
    while first - 1 >= 0, isNameWord(first - 1), last - first < 3 { first -= 1 }
    // In brackets, one capitalized word is too often a heading ("Comments (45)"): a full name.
    if bracketed && first == last { return nil }
    return first..<(last + 1)
  }

  private func isNameWord(_ index: Int) -> Bool {
    guard index >= 0, tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
    let wordRoles = roles(index)
    return !wordRoles.contains(.stopWord) && !wordRoles.contains(.month)
      && !wordRoles.contains(.weekday) && !Vocabulary.sentenceAdverbs.contains(lower(index))
  }

  private func isPersonWord(_ index: Int) -> Bool {
    isWord(index, in: Vocabulary.personNouns)
  }
}
