/// Model and product names built on a number: "the 737 Max", "Boeing 737 Max", "the 5 Star
/// Movement", "the best-selling 737 MAX". Digits between a determiner or a capitalized word and a capitalized singular name
/// name a thing; a count would count a plural ("the 20 Premier League titles", "27 EU member
/// states").
extension FigureRecognizer {
  /// Whether the mention is the number of a model or product name.
  func isModelName(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let next = mention.lastToken + 1
    guard draft.kind == .count || draft.kind == .other, !mention.isSpelledOut,
      first == mention.lastToken, tokens[first].kind == .number, !tokens[first].hasSuffix,
      !mention.isYearLike, !DecimalParts.equals(mention.value, 1),
      NumberParser.isInteger(mention.value),
      mention.scale == nil, next < tokens.count, tokens[next].kind == .word,
      tokens[next].isCapitalized, tokens[next].spaceBefore, first > 0,
      followsDeterminer(first)
        || (tokens[first - 1].kind == .word && tokens[first - 1].isCapitalized),
      Vocabulary.months[lower(next)] == nil, !Vocabulary.timeZones.contains(text(next)),
      !namesPlural(startingAt: next), !isTitleCased()  // in a headline, capitals say nothing
    else { return false }
    return true
  }

  /// Whether the noun phrase that starts at `index` ends in a plural: what a count counts.
  func namesPlural(startingAt index: Int) -> Bool {
    guard let noun = nounPhrase(after: index - 1) else { return false }
    let head = lower(noun.upperBound - 1)
    return FigureRecognizer.irregularPlurals.contains(head) || Self.readsAsPlural(head)
  }

  /// Whether a lower-cased word ends as a plural does ("titles", "Democrats"; not "Plus",
  /// "bonus", "Express", "Glory", or the singular "News" of "Channel 4 News").
  static func readsAsPlural(_ word: String) -> Bool {
    word.count > 2 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
      && !Vocabulary.singularsEndingInS.contains(word)
  }

  private func text(_ index: Int) -> String { text(tokens[index].start, tokens[index].end) }
}
