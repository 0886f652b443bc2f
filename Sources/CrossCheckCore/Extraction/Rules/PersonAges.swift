import Foundation

/// A person's age, which news writes as an apposition ("Ananya Bhardwaj, 24, said"), in brackets
/// ("the minister (62)"), after "aged" or "age" ("a man aged 24", "the victim, age 42,"), in
/// words ("aged six"), with a bound after it ("anyone aged 16 or over", "adults aged 45 and
/// older") or as a list ("the boys, aged six and eight"): a duration in years that belongs to
/// the person, not a count of whatever noun comes next.
extension FigureRecognizer {
  /// Turns each bare number written as someone's age into a duration in years.
  func markAges(_ drafts: inout [FigureDraft]) {
    // The last token of the last age marked: a number listed right after it is an age too.
    var lastAge = -2
    for index in drafts.indices {
      // Fields are read one by one: a copy of the whole draft per figure costs more than the rule.
      let number = drafts[index].firstToken
      guard drafts[index].kind == .count, number > 0 else { continue }
      // "age 42", but not a name's "Age" ("the Stone Age 2 exhibit").
      let afterAged =
        isWord(number - 1, "aged")
        || (isWord(number - 1, "age") && !tokens[number - 1].isCapitalized)
      // "aged six and eight", "aged 4, 7 and 9"; not "aged 30 and 40 others".
      let listed =
        number - 2 == lastAge && drafts[index].nounTokens == nil
        && (isWord(number - 1, "and") || isWord(number - 1, "or") || isSymbol(number - 1, 0x2C))
      guard afterAged || listed || isSymbol(number - 1, 0x2C) || isSymbol(number - 1, 0x28) else {
        continue
      }
      let person: Range<Int>?
      if afterAged {
        person = number - 2 >= 0 && isPersonWord(number - 2) ? (number - 2)..<(number - 1) : nil
      } else if listed {
        person = nil
      } else if let name = personBefore(apposition: number) {
        person = name
      } else {
        continue
      }
      // After "aged" a bound may follow the number ("16 or over"); beside a name it may not,
      // and the number is one token ("Powell, 71,").
      let bounded = drafts[index].qualifier == .atLeast || drafts[index].qualifier == .atMost
      // "aged twenty-three": a number in two words joined by a hyphen.
      let oneNumber =
        drafts[index].lastToken == number
        || (afterAged && drafts[index].lastToken == number + 2 && isGluedHyphen(number + 1)
          && isCardinalWord(number) && isCardinalWord(number + 2))
      guard
        drafts[index].qualifier == nil ? oneNumber : afterAged && bounded,
        isAgeShaped(number, value: drafts[index].value, inWords: afterAged || listed)
      else { continue }
      drafts[index].kind = .duration
      drafts[index].unit = "year"
      drafts[index].nounTokens = person
      drafts[index].compoundUnit = "age"
      lastAge = number
    }
  }

  /// One plain whole number that could be a person's age: of digits, or (after "aged") in words.
  private func isAgeShaped(_ number: Int, value: Decimal?, inWords: Bool) -> Bool {
    guard let value, NumberParser.isInteger(value), value >= 1, value < 120 else { return false }
    if inWords, isCardinalWord(number) { return true }
    return tokens[number].kind == .number && !tokens[number].hasSuffix
      && tokens[number].end - tokens[number].start <= 3
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
