/// "Rovers' signing of Almendra for roughly £50m", "the deal was struck for €20m": the noun
/// phrase a figure is about when the words right before it are a preposition or a verb. The
/// verb's subject is found past auxiliaries, adverbs, an aside set off by commas and a phrase
/// that only says whose; a verb, adjective or word of comparison is no head.
extension ContextAnalyzer {
  /// Whether the word at `index` is a verb a figure is the object or complement of: a verb of
  /// change or of getting, or a lower-case past tense after a noun or an auxiliary ("Wales
  /// recorded", "has been allocated") or participle after a noun ("the ministry getting"). "The
  /// injured", "the number of injured", "the club's signing" are nouns.
  func isVerbHead(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    if recognizer.isWord(index, in: Vocabulary.changeVerbs)
      || recognizer.isWord(index, in: Vocabulary.figureObjectVerbs)
    {
      return true
    }
    let token = tokens[index]
    guard !token.isCapitalized, index > 0, tokens[index - 1].kind == .word,
      !recognizer.isWord(index - 1, in: Vocabulary.determiners)
    else { return false }
    let word = recognizer.lower(index)
    let length = word.characterCount
    // ("the club's signing": after a possessive, a noun.)
    let afterNoun =
      !recognizer.roles(index - 1).contains(.stopWord) && !recognizer.isPossessiveWord(index - 1)
    if length > 4, word.hasSuffix("ed"), !word.hasSuffix("eed"),
      afterNoun || recognizer.isWord(index - 1, in: Vocabulary.verbAuxiliaries)
    {
      return true
    }
    return length > 5 && word.hasSuffix("ing")
      && (afterNoun || recognizer.isWord(index - 1, in: Vocabulary.verbAuxiliaries))
  }

  /// Whether the word at `index` cannot head what a figure measures: "another 22", "9.5%
  /// higher", "€20m plus", "10% year-on-year", or a scale word ending an amount ("Rs 4 lakh").
  func isNonHead(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    if recognizer.isWord(index, in: Vocabulary.nonHeadWords) || isTimeComparison(index) {
      return true
    }
    return index > 0 && tokens[index - 1].kind == .number && recognizer.isScaleWord(index)
  }

  /// "year-on-year", "month-over-month" starting at `index`: a comparison in time, not a noun.
  func isTimeComparison(_ index: Int) -> Bool {
    (recognizer.roles(index).contains(.timeNoun) || recognizer.isWord(index, "year"))
      && recognizer.isGluedHyphen(index + 1) && recognizer.isWord(index + 2, in: ["on", "over"])
  }

  /// The subject of the verb at `verb`: the noun phrase before it, past auxiliaries and adverbs
  /// ("has risen", "is expected to get"), past an aside set off by commas, and past a
  /// prepositional phrase that only says whose or where ("revenue in the Legal division"); for
  /// an infinitive, the noun before its "to" ("allow clubs to lose").
  /// Nil when the subject is a pronoun or no noun phrase.
  func verbSubject(of verb: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    var end = verb - 1
    while end > sentence.lowerBound {
      if recognizer.isWord(end, in: Vocabulary.verbAuxiliaries) || isAdverb(end) {
        end -= 1
      } else if recognizer.isWord(end, "to"),
        recognizer.isWord(end - 1, in: Vocabulary.infinitiveLeads)
      {
        end -= 2
      } else {
        break
      }
    }
    // "rules allow clubs to lose up to £105m": the noun before an infinitive is its subject
    // (its head alone: the words before it may be the verb that takes it).
    if end > sentence.lowerBound, recognizer.isWord(end, "to") {
      return nounPhrase(endingAt: end - 1, in: sentence).map { [$0.upperBound] }
    }
    if end > sentence.lowerBound, recognizer.isSymbol(end, 0x2C),
      let opener = asideOpener(closedAt: end, in: sentence)
    {
      end = opener - 1
    }
    // "The death toll this year rose to 26", "Sales in December rose": the time phrase says
    // when.
    if end - 1 > sentence.lowerBound,
      (recognizer.roles(end).contains(.timeNoun) && recognizer.roles(end - 1).contains(.timeLead))
        || (recognizer.roles(end).contains(.month)
          && recognizer.isWord(end - 1, in: ["in", "during"]))
    {
      end -= 2
    }
    guard var phrase = nounPhrase(endingAt: end, in: sentence) else { return nil }
    // "revenue in the Legal division rose": the division says whose revenue; "the average
    // asking price for a home in Ireland rose", "Exports to China fell": past each such
    // phrase, to the first.
    for _ in 0..<3 {
      var before = phrase.lowerBound - 1
      while before > sentence.lowerBound, recognizer.isWord(before, in: Vocabulary.determiners) {
        before -= 1
      }
      guard before > sentence.lowerBound else { break }
      if recognizer.isWord(before, in: Vocabulary.subjectComplementPrepositions),
        let head = nounPhrase(endingAt: before - 1, in: sentence)
      {
        phrase = head
        continue
      }
      // "the number of injured stands at 365": what is measured is the number of them; and
      // what that is for or where may still follow ("coverage for the first dose of the
      // vaccine in the region fell": coverage).
      if recognizer.isWord(before, "of"), let head = nounPhrase(endingAt: before - 1, in: sentence)
      {
        phrase = head.lowerBound...phrase.upperBound
        continue
      }
      break
    }
    return Array(phrase)
  }

  /// "Rovers' signing of Tiago Almendra for roughly £50m", "the takeover by Thomson of Reuters
  /// for 8.7 billion pounds", "the deal was struck for €20m": an amount after "for" is the
  /// price of the noun phrase before it, past the complements that say whose ("of", "by"), or
  /// of the subject of the verb before it.
  func pricedNoun(before index: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    let preposition = index - 1
    guard preposition > sentence.lowerBound, recognizer.isWord(preposition, "for") else {
      return nil
    }
    if isVerbHead(preposition - 1) { return verbSubject(of: preposition - 1, in: sentence) }
    guard var phrase = nounPhrase(endingAt: preposition - 1, in: sentence) else { return nil }
    for _ in 0..<3 {
      var before = phrase.lowerBound - 1
      while before > sentence.lowerBound, recognizer.isWord(before, in: Vocabulary.determiners) {
        before -= 1
      }
      guard before > sentence.lowerBound, recognizer.isWord(before, in: ["of", "by"]),
        let head = nounPhrase(endingAt: before - 1, in: sentence)
      else { break }
      phrase = head
    }
    return Array(phrase)
  }

  /// Up to four words of a noun phrase ending at `end` ("Tax & Accounting division", "Net
  /// profit"), when `end` can head one.
  private func nounPhrase(endingAt end: Int, in sentence: ClosedRange<Int>) -> ClosedRange<Int>? {
    guard end >= sentence.lowerBound, tokens[end].kind == .word,
      !recognizer.roles(end).contains(.stopWord), !recognizer.roles(end).contains(.weekday),
      !(recognizer.roles(end).contains(.month) && tokens[end].isCapitalized),
      !isVerbHead(end), !isNonHead(end), !isAdverb(end)
    else { return nil }
    var start = end
    while start - 1 >= sentence.lowerBound, end - start < 3 {
      // "full-scale", "Tax & Accounting": a word joined by a hyphen or an ampersand.
      if recognizer.isGluedHyphen(start - 1) || recognizer.isSymbol(start - 1, 0x26),
        start - 2 >= sentence.lowerBound, tokens[start - 2].kind == .word
      {
        start -= 2
        continue
      }
      guard tokens[start - 1].kind == .word, !recognizer.roles(start - 1).contains(.stopWord),
        !recognizer.isWord(start - 1, in: Vocabulary.changeVerbs),
        !recognizer.isWord(start - 1, in: Vocabulary.figureObjectVerbs)
      else { break }
      start -= 1
    }
    return start...end
  }

  /// The comma that opens the aside a comma at `comma` closes: the nearest one before a
  /// relative pronoun (", which caters to bankers, brokers and others,"), else the nearest
  /// one (", known for its database,"). Only words may lie between.
  private func asideOpener(closedAt comma: Int, in sentence: ClosedRange<Int>) -> Int? {
    var nearest: Int?
    var index = comma - 1
    while index > sentence.lowerBound {
      if recognizer.isSymbol(index, 0x2C) {
        if recognizer.isWord(index + 1, in: ["which", "who", "whose"]) { return index }
        if nearest == nil { nearest = index }
      } else if tokens[index].kind != .word, !recognizer.isSymbol(index, 0x26) {
        break
      }
      index -= 1
    }
    return nearest
  }

  /// "possibly", "sharply": an adverb of manner or hedge, told by its ending.
  private func isAdverb(_ index: Int) -> Bool {
    guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
    let word = recognizer.lower(index)
    return word.characterCount > 4 && word.hasSuffix("ly")
  }
}
