import Foundation

/// "gained 1.1% to 5,021.84", "rose $1.20 to $83.55 a barrel", "fell 0.5% to 3.2%", "the rate
/// climbing 0.1% to 4.3%": after a verb of change or its participle, "A to B" is the change and the level it reached, two figures, not a range from A to
/// B. It is read so when the two are written in different units (a percent change of an index
/// level) or when the level dwarfs the change; "is expected to rise 2% to 3%" stays a range.
extension FigureRecognizer {
  /// How many times the first a level must be, at least, to be read as the level a change
  /// reached: the two ends of a range are rarely this far apart.
  private static let levelToChangeRatio: Decimal = 4
  /// The same after a verb in the past, when both ends carry their unit.
  private static let pastLevelToChangeRatio: Decimal = 2

  /// Whether `first` "to" `second` is a change and the level it reached. Both amounts are as
  /// written, before a unit written once is shared by both ends.
  func isChangeAndLevel(_ first: Amount, _ second: Amount, connector: Int) -> Bool {
    guard isWord(connector, "to"), changeVerbRightBefore(first.firstToken) else { return false }
    if first.isPercent && !second.isPercent && second.quantityUnit == nil { return true }
    // "rose 11 paise to 83.20", "rose 25 cents to 6.10": a change in a sub-unit, then the level
    // in the main unit, which is left unwritten; never a range of sub-units.
    if let currency = first.currency, Vocabulary.subunits[currency] != nil,
      second.currency == nil, !second.isPercent, second.quantityUnit == nil,
      !isWord(first.firstToken - 1, "from")
    {
      return true
    }
    guard first.value > 0, first.isPercent == second.isPercent,
      first.currency == nil || second.currency != nil
    else { return false }
    // "The vacancy rate rose 0.8 per cent to 2.1 per cent": after a verb in the past, two ends
    // that each carry their unit, lie more than twice apart and are not both whole are the
    // change and its level; a range's ends seldom are ("shares fell 1% to 2%", "stocks
    // dropped 2% to 5%", "rents increased 10% to 15%").
    if first.isPercent || first.currency != nil || first.quantityUnit != nil,
      second.value > first.value * Self.pastLevelToChangeRatio,
      !NumberParser.isInteger(first.value) || !NumberParser.isInteger(second.value),
      pastChangeVerbRightBefore(first.firstToken)
    {
      return true
    }
    return second.value > first.value * Self.levelToChangeRatio
  }

  /// A verb of change in the past right before the amount, with at most one word between
  /// ("rose", "had risen", "climbed sharply", "rose by"); not "up" or "down", which read either
  /// way, nor a hedged amount ("grew by about 2% to 3%" is an estimate's range).
  private func pastChangeVerbRightBefore(_ index: Int) -> Bool {
    let position = index - 1
    guard skipHedge(endingAt: position) == position,
      let verb = changeVerb(endingAt: position, participles: false)
    else { return false }
    return verb.hasSuffix("ed") || Vocabulary.irregularPastChangeVerbs.contains(verb)
  }

  /// "rose 25 cents to 6.10": the bare level a change in a sub-unit reached is in its main
  /// currency (before ``mainCurrencyOfSubunits(_:)`` turns the change into it too). "rose from
  /// 50 cents to 75" is two levels, in one unit written once.
  func giveLevelsAfterSubunitsTheirCurrency(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropFirst()
    where drafts[index].kind == .count && drafts[index].unit == nil
      && drafts[index].nounTokens == nil && drafts[index].value != nil
    {
      let change = index - 1
      guard drafts[change].kind == .money, drafts[change].value != nil,
        let subunit = drafts[change].unit,
        let (currency, _) = Vocabulary.subunitCurrencies[subunit],
        isWord(drafts[change].lastToken + 1, "to"),
        drafts[index].firstToken == drafts[change].lastToken + 2,
        !isWord(drafts[change].firstToken - 1, "from"),
        hasTwoDecimals(drafts[index].firstToken),
        changeVerbRightBefore(drafts[change].firstToken)
      else { continue }
      drafts[index].kind = .money
      drafts[index].unit = currency
      drafts[index].unitIsAmbiguous = drafts[change].unitIsAmbiguous
    }
  }

  /// "rose by 6 cents to €1.68 per kg": a change in cents, then the level in the currency they
  /// are hundredths of; the change is in that currency, not in the dollar a bare "cents" means
  /// alone ("fell 0.3 cents to $1.08" stays in dollars).
  func giveCentChangesTheirLevelsCurrency(_ drafts: inout [FigureDraft]) {
    for index in drafts.indices.dropLast()
    where drafts[index].kind == .money && drafts[index].unitIsAmbiguous {
      let level = index + 1
      let connector = drafts[index].lastToken + 1
      guard drafts[level].kind == .money, let currency = drafts[level].unit,
        currency != drafts[index].unit, Vocabulary.centCurrencies.contains(currency),
        isWord(drafts[index].lastToken, in: Vocabulary.centWords), isWord(connector, "to"),
        drafts[level].firstToken <= connector + 2,
        changeVerbRightBefore(drafts[index].firstToken)
      else { continue }
      drafts[index].unit = currency
      drafts[index].unitIsAmbiguous = drafts[level].unitIsAmbiguous
    }
  }

  /// Whether the number at `index` is written with two decimals ("83.20", "6.10"), as a level
  /// in the main unit is; a whole level may be in the sub-unit itself ("rose 4p to 480", pence).
  private func hasTwoDecimals(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .number else { return false }
    let written = Array(text(token.start, token.suffixStart).utf8)
    return written.count >= 4 && written[written.count - 3] == UInt8(ascii: ".")
  }

  /// A verb of change before the amount: just before it, with at most one adverb between ("rose
  /// sharply"); before "by" and a hedge ("increase by almost €6.5 million"); before the same
  /// change told first in another unit ("advanced 52.45 points or 0.29 per cent", "fell 310
  /// points, or 0.9%,"); or "up" or "down" right before it ("(up £108 to £3,152)"). A present
  /// participle counts too ("the rate climbing 0.1% to 4.3%").
  private func changeVerbRightBefore(_ index: Int) -> Bool {
    var position = skipHedge(endingAt: index - 1)
    if isWord(position, in: Vocabulary.changeAdverbs) { return true }
    if isWord(position, "by") {
      position -= 1
    } else if let change = changeToldBefore(or: position) {
      position = change - 1
      if isWord(position, in: Vocabulary.changeAdverbs) { return true }  // "up 64.35 points or"
    }
    return changeVerb(endingAt: position, participles: true) != nil
  }

  /// The verb of change (or, with `participles`, its present participle: "with the rate
  /// climbing 0.1% to 4.3%") at `position` or one word before it ("rose sharply"), lower-cased.
  private func changeVerb(endingAt position: Int, participles: Bool) -> String? {
    for offset in 0...1 {
      let word = position - offset
      guard word >= 0, tokens[word].kind == .word else { return nil }
      let verb = lower(word)
      if Vocabulary.changeVerbs.contains(verb) { return verb }
      if participles, isWord(word, in: Vocabulary.changeParticiples) { return verb }
    }
    return nil
  }

  /// The token before a leading hedge that ends at `position` ("by almost"), or `position`.
  private func skipHedge(endingAt position: Int) -> Int {
    guard position >= 0, tokens[position].kind == .word,
      let hedges = Vocabulary.leadingHedgesByLastWord[lower(position)]
    else { return position }
    for (words, _) in hedges where words.count <= position + 1 {
      let first = position - words.count + 1
      if words.indices.allSatisfy({ isWord(first + $0, words[$0]) }) { return first - 1 }
    }
    return position
  }

  /// The first token of the number before "or" at `position` ("52.45 points or", "310 points,
  /// or"), a change told in another unit, with its currency sign; nil when there is none.
  private func changeToldBefore(or position: Int) -> Int? {
    guard isWord(position, "or") else { return nil }
    var index = position - 1
    if isSymbol(index, 0x2C) { index -= 1 }
    // The unit after the number: a word ("points"), a sign ("%") or nothing.
    if index >= 0, tokens[index].kind != .number { index -= 1 }
    guard index >= 0, tokens[index].kind == .number else { return nil }
    if index > 0, tokens[index - 1].kind == .symbol { index -= 1 }
    return index
  }
}
