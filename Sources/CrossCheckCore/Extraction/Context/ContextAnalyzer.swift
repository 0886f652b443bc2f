/// Finds what a figure is about from the words around it: the sentence it sits in, a short
/// subject phrase for what is measured, and the place or period words that scope it.
struct ContextAnalyzer {
  let recognizer: FigureRecognizer
  var tokens: [Token] { recognizer.tokens }

  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "gov", "sen", "rep", "lt", "prof",
    "inc", "corp", "co", "ltd", "vs", "no", "nr", "nrs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "approx", "p", "pp", "fig",
  ]

  /// ``abbreviations``, read from a token's bytes.
  private static let packedAbbreviations = PackedWordTable(
    Dictionary(uniqueKeysWithValues: abbreviations.map { ($0, true) }))

  // MARK: - Sentences

  /// Whether a sentence ends at token `index` (a full stop, question or exclamation mark that is
  /// not part of an abbreviation, followed by a new sentence or the end of the line).
  @inline(__always)
  func endsSentence(at index: Int) -> Bool {
    // Asked of every token between a figure and its sentence's ends: most are no stop, and are
    // told so here, inline, without a call.
    let token = tokens[index]
    guard token.kind == .punctuation,
      token.scalar == 0x2E || token.scalar == 0x3F || token.scalar == 0x21
    else {
      return false
    }
    return stopEndsSentence(at: index)
  }

  /// ``endsSentence(at:)`` for a full stop, question or exclamation mark at `index`.
  @inline(never)
  private func stopEndsSentence(at index: Int) -> Bool {
    let token = tokens[index]
    if token.scalar == 0x2E, index > 0, tokens[index - 1].kind == .word, !token.spaceBefore {
      // From the word's bytes: no String is made for the word before every full stop.
      let before = tokens[index - 1]
      switch Self.packedAbbreviations.probe(recognizer.bytes, before.start, before.end) {
      case .found: return false
      case .absent:
        // An ASCII word: a character is a byte.
        if before.end - before.start == 1, before.isCapitalized { return false }  // initials
      case .unpacked:
        let word = recognizer.lower(index - 1)
        if ContextAnalyzer.abbreviations.contains(word) { return false }
        if word.count == 1, before.isCapitalized { return false }  // initials
      }
    }
    // Closing quotes and brackets right after the stop belong to this sentence; one after a
    // space opens the next ('said. "The…').
    var next = index + 1
    while next < tokens.count, tokens[next].kind == .punctuation, !tokens[next].spaceBefore,
      [0x22, 0x27, 0x201D, 0x2019, 0x29].contains(tokens[next].scalar)
    {
      next += 1
    }
    guard next < tokens.count else { return true }
    let following = tokens[next]
    // "at 5 a.m. Thursday", "9 p.m. GMT": the day, month or zone goes on with the time.
    if token.scalar == 0x2E, index > 0, recognizer.isWord(index - 1, in: Vocabulary.meridiems),
      following.kind == .word,
      !recognizer.roles(next).isDisjoint(with: [.weekday, .month])
        || Vocabulary.timeZones.contains(recognizer.text(following.start, following.end))
    {
      return false
    }
    if token.scalar == 0x2E, index > 0, isUSOrUK(index - 1) {
      return following.isCapitalized && following.kind == .word
        && ![
          "President", "Secretary", "Treasury", "Congress", "Army", "Navy", "Senate", "House",
          "Embassy", "Ambassador", "Envoy", "Envoys",
        ].contains(recognizer.text(following.start, following.end))
    }
    return following.spaceBefore
      && (following.isCapitalized || following.kind == .number || following.kind == .punctuation)
  }

  /// "U.S" or "U.K" in any case: compared in place for an ASCII token, as a lower-cased String
  /// for any other (another script's letters may lower-case to ASCII ones).
  private func isUSOrUK(_ index: Int) -> Bool {
    let token = tokens[index]
    guard Stemmer.isASCIIWord(recognizer.bytes, token.start, token.end) else {
      let word = recognizer.lower(index)
      return word == "u.s" || word == "u.k"
    }
    return token.end - token.start == 3
      && (recognizer.isWord(index, "u.s") || recognizer.isWord(index, "u.k"))
  }

  /// A sentence: its token range (inclusive), and the token that ends it (before any closing
  /// quote or bracket).
  struct Sentence: Equatable {
    var range: ClosedRange<Int>
    var stop: Int
  }

  /// The sentence holding token `index`. `known` is the sentence of an earlier token of the
  /// line: when `index` lies between its start and its stop, no sentence end lies between them
  /// either, so it is the answer, and the figures of one sentence walk its tokens once.
  func sentence(around index: Int, reusing known: Sentence?) -> Sentence {
    if let known, known.range.lowerBound <= index, index <= known.stop { return known }
    var start = index
    while start > 0, !endsSentence(at: start - 1) { start -= 1 }
    var end = index
    while end < tokens.count - 1, !endsSentence(at: end) { end += 1 }
    let stop = end
    // A closing quote or bracket right after the full stop belongs to the sentence.
    while end + 1 < tokens.count, !tokens[end + 1].spaceBefore,
      tokens[end + 1].kind == .punctuation,
      [0x22, 0x27, 0x201D, 0x2019, 0x29].contains(tokens[end + 1].scalar)
    {
      end += 1
    }
    return Sentence(range: start...end, stop: stop)
  }

  // MARK: - Clauses and scope

  /// The clause around the figure: the sentence cut at commas and semicolons outside the figure.
  func clause(of draft: FigureDraft, in sentence: ClosedRange<Int>) -> ClosedRange<Int> {
    var start = draft.firstToken
    while start > sentence.lowerBound, !isClauseBreak(start - 1) { start -= 1 }
    var end = draft.lastToken
    while end < sentence.upperBound, !isClauseBreak(end + 1) { end += 1 }
    return start...end
  }

  private func isClauseBreak(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.kind == .punctuation
      && (token.scalar == 0x2C || token.scalar == 0x3B || token.scalar == 0x3A)
  }

  static let timeNouns: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "decade", "decades", "day", "days",
    "quarter", "century", "period", "term", "season", "hours", "hour",
  ]
  static let timeLead: Set<String> = [
    "last", "this", "next", "past", "previous", "coming", "recent", "same", "current", "first",
    "second",
  ]
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Place and period phrases in the clause: "worldwide", "in Belgium", "in the U.S.",
  /// "last year", "over the next 10 years", "in February 2022".
  func scope(of draft: FigureDraft, clause fullClause: ClosedRange<Int>) -> [String] {
    var phrases: [String] = []
    // Only words near the figure scope it: a place eight words away belongs to something else.
    let clause =
      max(
        fullClause.lowerBound, draft.firstToken - 8)...min(
        fullClause.upperBound, draft.lastToken + 8)
    var index = clause.lowerBound
    while index <= clause.upperBound {
      if index >= draft.firstToken && index <= draft.lastToken {
        index = draft.lastToken + 1
        continue
      }
      guard tokens[index].kind == .word else {
        index += 1
        continue
      }
      // Most words near a figure are on no list: their roles come from their bytes, and no
      // String is made for them.
      let roles = recognizer.roles(index)
      if roles.contains(.scopeAdverb) {
        phrases.append(recognizer.text(tokens[index].start, tokens[index].end))
        index += 1
        continue
      }
      if roles.contains(.timeLead), index + 1 <= clause.upperBound,
        recognizer.roles(index + 1).contains(.timeNoun),
        !(index > clause.lowerBound && recognizer.roles(index - 1).contains(.scopePreposition))
      {
        phrases.append(recognizer.text(tokens[index].start, tokens[index + 1].end))
        index += 2
        continue
      }
      if roles.contains(.scopePreposition) || recognizer.isWord(index, "on"),
        let end = scopeObject(
          after: index, limit: clause.upperBound)
      {
        var endByte = tokens[end].end
        // "in the U.S." keeps its final dot.
        if end + 1 < tokens.count, tokens[end + 1].scalar == 0x2E, !tokens[end + 1].spaceBefore,
          recognizer.lower(end).utf8.contains(0x2E)
        {
          endByte = tokens[end + 1].end
        }
        phrases.append(recognizer.text(tokens[index].start, endByte))
        index = end + 1
        continue
      }
      // "Europe is holding …": a place that holds what the figure measures.
      if index == fullClause.lowerBound, isPlace(index), !roles.contains(.stopWord),
        recognizer.isWord(index + 1, in: Vocabulary.holdingVerbs)
          || (recognizer.isWord(index + 1, in: Vocabulary.formsOfBe)
            && recognizer.isWord(index + 2, "holding"))
      {
        phrases.append(recognizer.text(tokens[index].start, tokens[index].end))
      }
      index += 1
    }
    return phrases
  }

  /// The end of a place or time object after a preposition, if it is one.
  private func scopeObject(after preposition: Int, limit: Int) -> Int? {
    var index = preposition + 1
    guard index <= limit else { return nil }
    if recognizer.isWord(index, "the") { index += 1 }
    guard index <= limit else { return nil }
    let token = tokens[index]
    // The preposition is compared in place, from its bytes: no String is made for it.
    if recognizer.isWord(preposition, "on") {
      return token.kind == .word && recognizer.roles(index).contains(.weekday)
        ? index : nil
    }
    // Time: "in 2022", "in February 2025", "over the next 10 years", "in the past year", "since 2014".
    // (Four digits: "down from 64.5%" is no year.)
    if token.kind == .number, tokens[index].end - tokens[index].start == 4,
      recognizer.isDigits(index)
    {
      return index
    }
    if token.kind == .word, recognizer.roles(index).contains(.month), token.isCapitalized {
      if index + 1 <= limit, tokens[index + 1].kind == .number { return index + 1 }
      return index
    }
    // The lists by the tokens' roles, read from their bytes: no String is made for the words.
    if token.kind == .word, recognizer.roles(index).contains(.timeLead) {
      var end = index + 1
      if end <= limit, tokens[end].kind == .number || recognizer.isNumberWord(end) { end += 1 }
      if end <= limit, recognizer.roles(end).contains(.timeNoun) { return end }
      return nil
    }
    if recognizer.isWord(preposition, in: Vocabulary.spanPrepositions) {
      return nil
    }
    if recognizer.isWord(preposition, "since") {
      // "since the start of the conflict"
      guard recognizer.isWord(index, in: Vocabulary.phaseNouns),
        recognizer.isWord(index + 1, "of")
      else { return nil }
      var end = index + 2
      if recognizer.isWord(end, "the") { end += 1 }
      return end <= limit && tokens[end].kind == .word ? end : nil
    }
    // Place: capitalized words that are not demonyms qualifying a noun ("in Russian assets").
    guard isPlace(index) else { return nil }
    var end = index
    while end + 1 <= limit, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized {
      end += 1
    }
    return end
  }

  private static let demonymEndings = ["ian", "ish", "ese", "ean", "ic", "ans", "ch"]

  /// A capitalized word that names a place rather than qualifying a noun.
  private func isPlace(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else {
      return false
    }
    let roles = recognizer.roles(index)
    if roles.contains(.month) || roles.contains(.weekday) || roles.contains(.stopWord) {
      return false
    }
    let token = tokens[index]
    // Before a lower-case word, a demonym ending makes it a qualifier.
    let beforeNoun =
      index + 1 < tokens.count && tokens[index + 1].kind == .word
      && !tokens[index + 1].isCapitalized
    guard Stemmer.isASCIIWord(recognizer.bytes, token.start, token.end) else {
      let word = recognizer.lower(index)
      if word.endsWith("’s") || word.endsWith("'s") { return false }
      return !(beforeNoun && ContextAnalyzer.demonymEndings.contains(where: { word.hasSuffix($0) }))
    }
    // An ASCII word: its endings compared on its bytes, where a character is a byte.
    if endsWith(token, "'s") { return false }
    return !(beforeNoun && ContextAnalyzer.asciiDemonymEndings.contains { endsWith(token, $0) })
  }

  /// ``demonymEndings`` as static strings, for ASCII words.
  private static let asciiDemonymEndings: [StaticString] = [
    "ian", "ish", "ese", "ean", "ic", "ans", "ch",
  ]

  /// Whether the ASCII word `token`, lower-cased, ends with `tail` (lower-case ASCII).
  private func endsWith(_ token: Token, _ tail: StaticString) -> Bool {
    let length = tail.utf8CodeUnitCount
    guard token.end - token.start >= length else { return false }
    let bytes = recognizer.bytes
    let tailBytes = tail.utf8Start
    let start = token.end - length
    for offset in 0..<length {
      let byte = bytes[start + offset]
      if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != tailBytes[offset] { return false }
    }
    return true
  }

  // MARK: - Subject

  static let linkWords: Set<String> = [
    "at", "to", "of", "is", "are", "was", "were", "be", "been", "being", "estimated", "valued",
    "put", "worth", "totaling", "totalling", "amounting", "amounted", "amounts", "reached", "hit",
    "stood",
    "that", "which", "who", "about", "around", "some", "with", "only", "just", "now", "currently",
    "’s", "'s", "that’s", "that's", "lasted", "lasting", "costing", "cost", "costs", "contain",
    "containing", "reportedly", "still", "already", "has", "have", "had", "by",
  ]

  /// What the figure measures: the noun phrase it counts or modifies, or the noun phrase it is
  /// said of ("assets … estimated at $300 billion"), or, for a bare amount ("those €200 billion"),
  /// nil so the caller can fall back on the topic.
  /// "a 4.9% increase in resident tuition", "a $225 rise in fees": after a noun of change, what
  /// changed (its preposition and noun phrase) says what the amount measures; "increase" alone
  /// would match any other increase.
  private func changedThing(after noun: Range<Int>, of draft: FigureDraft) -> [Int]? {
    let preposition = noun.upperBound
    guard draft.kind == .percent || draft.kind == .money, preposition + 1 < tokens.count,
      recognizer.isWord(noun.upperBound - 1, in: Vocabulary.changeNouns),
      recognizer.isWord(preposition, "in") || recognizer.isWord(preposition, "of")
        || recognizer.isWord(preposition, "on"),
      let changed = recognizer.nounPhrase(after: preposition), !changed.isEmpty
    else { return nil }
    return [preposition] + Array(changed)
  }

  func subject(of draft: FigureDraft, sentence: ClosedRange<Int>) -> [Int]? {
    var words: [Int] = []
    if let noun = draft.nounTokens, !noun.isEmpty {
      words = Array(noun)
      // "visit to Putin", "support for Ukraine": one prepositional complement with a name, or
      // any noun for an ordinal ("first visit to Kyiv"); a stop word is none ("first strike in
      // more than a decade", "first title for the club").
      let after = noun.upperBound
      if after + 1 < tokens.count, recognizer.isWord(after, in: Vocabulary.complementPrepositions),
        tokens[after + 1].kind == .word, !recognizer.roles(after + 1).contains(.stopWord),
        recognizer.roles(after + 1).isDisjoint(with: [.weekday, .month]),
        tokens[after + 1].isCapitalized || draft.kind == .ordinal
      {
        words += [after, after + 1]
      } else if let changed = changedThing(after: noun, of: draft) {
        words += changed
      }
      // "six times", "19 points": the count's noun is generic; say what it belongs to.
      if draft.kind == .count, draft.compoundUnit == nil, let unit = draft.unit,
        Vocabulary.genericCountUnits.contains(unit),
        let context = nearestNounPhrase(before: draft.firstToken, in: sentence)
      {
        return unit == "times" ? context : context + words
      }
      return words
    }
    // Money or percent after "in"/"of": "€210 billion in Russian assets", "19% of Ukraine’s territory".
    let after = draft.lastToken + 1
    if recognizer.isWord(after, "of") || recognizer.isWord(after, "in") && isMeasuredIn(draft)
      || (recognizer.isWord(after, "worth") && recognizer.isWord(after + 1, "of"))
    {
      let start = recognizer.isWord(after, "worth") ? after + 1 : after
      if let noun = recognizer.nounPhrase(after: start - (recognizer.isWord(start, "of") ? 1 : 0)),
        !noun.isEmpty
      {
        var phrase = Array(noun)
        if let first = phrase.first, first > 0, tokens[first - 1].kind == .word,
          isPossessive(first - 1)
        {
          phrase.insert(first - 1, at: 0)
        }
        return phrase
      }
      if start + 1 < tokens.count, isPossessive(start + 1),
        let noun = recognizer.nounPhrase(after: start + 1)
      {
        return [start + 1] + Array(noun)
      }
      if recognizer.isWord(after, "of"), let ranked = superlativePartitiveNoun(of: after) {
        return ranked
      }
    }
    if draft.kind == .duration, recognizer.isWord(after, in: Vocabulary.durationPrepositions) {
      var start = after + 1
      while start < tokens.count, recognizer.isWord(start, in: Vocabulary.durationDeterminers) {
        start += 1
      }
      if let noun = recognizer.nounPhrase(after: start - 1), !noun.isEmpty { return Array(noun) }
    }
    if draft.kind == .money, let price = pricedNoun(before: draft.firstToken, in: sentence) {
      return price
    }
    if let compared = comparedFigureSubject(of: draft, in: sentence) { return compared }
    if let compared = comparedWithSubject(of: draft, in: sentence) { return compared }
    if let before = nounPhraseBefore(draft.firstToken, in: sentence) { return before }
    // "Its share of the vote, about 36%, was down": a figure set off by commas names what the
    // noun phrase before it measures.
    if draft.firstToken - 1 > sentence.lowerBound, recognizer.isSymbol(draft.firstToken - 1, 0x2C),
      draft.lastToken + 1 <= sentence.upperBound,
      recognizer.isSymbol(draft.lastToken + 1, 0x2C) || tokens[draft.lastToken + 1].kind == .dash,
      let before = nounPhraseBefore(draft.firstToken - 1, in: sentence)
    {
      return before
    }
    return relativeClauseAntecedent(before: draft.firstToken, in: sentence)
  }

  /// Whether what follows the figure's "in" is what it measures: money or a count in anything
  /// ("€210 billion in Russian assets"); a time or measure only in a lower-case noun phrase of
  /// its own ("13 months in prison"), not in a place ("30.2C in Cardiff") nor in conditions
  /// joined to others ("by 14 seconds in hot and humid conditions").
  private func isMeasuredIn(_ draft: FigureDraft) -> Bool {
    switch draft.kind {
    case .money, .percent, .count: return true
    default:
      let first = draft.lastToken + 2
      guard first < tokens.count, !tokens[first].isCapitalized,
        let noun = recognizer.nounPhrase(after: draft.lastToken + 1)
      else { return false }
      return !recognizer.isWord(noun.upperBound, in: ["and", "or"])
    }
  }

  /// "a failed Kremlin summit, which stretched … and lasted five hours": the noun phrase before
  /// the relative pronoun that introduces the figure's clause.
  private func relativeClauseAntecedent(before index: Int, in sentence: ClosedRange<Int>) -> [Int]?
  {
    var position = index - 1
    while position > sentence.lowerBound, index - position <= 14 {
      if recognizer.isWord(position, in: Vocabulary.relativePronouns) {
        var end = position - 1
        if end >= sentence.lowerBound, tokens[end].kind == .punctuation { end -= 1 }
        guard end >= sentence.lowerBound, tokens[end].kind == .word else { return nil }
        var start = end
        while start - 1 >= sentence.lowerBound, tokens[start - 1].kind == .word,
          !recognizer.roles(start - 1).contains(.stopWord), end - start < 3
        {
          start -= 1
        }
        return recognizer.roles(end).contains(.stopWord) ? nil : Array(start...end)
      }
      position -= 1
    }
    return nil
  }

  private func isPossessive(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = recognizer.lower(index)
    return word.endsWith("’s") || word.endsWith("'s")
  }

  /// Walks left over link words ("that are estimated at") to the noun phrase a figure is said of.
  func nounPhraseBefore(_ index: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    if let object = estimatedObject(before: index, in: sentence) { return object }
    var position = index - 1
    // Whether a copula ("was", "stood at") links the words before to the figure.
    var afterCopula = false
    while position >= sentence.lowerBound {
      let token = tokens[position]
      if token.kind == .word, recognizer.roles(position).contains(.linkWord) {
        afterCopula = afterCopula || recognizer.isWord(position, in: Vocabulary.copulas)
        position -= 1
        continue
      }
      if token.kind == .dash {
        position -= 1
        continue
      }
      // "rose 5.1% year-on-year to €468,000": a comparison in time says how the change is
      // measured, not what changed.
      if position - 4 >= sentence.lowerBound, isTimeComparison(position - 4) {
        position -= 5
        continue
      }
      // "The jobless rate rose from 20% to 24%": the start of a change, as "rose to" its end.
      if position == index - 1, recognizer.isWord(position, "from"),
        recognizer.changeVerb(before: position)
      {
        position -= 1
        continue
      }
      // "ticked up to 4%", "fell down to 3": the verb's particle before "to"; "shares closed
      // down 11.6%": the particle right before the figure.
      if recognizer.isWord(position, in: Vocabulary.changeParticles),
        recognizer.isWord(position + 1, "to") || position == index - 1
      {
        position -= 1
        continue
      }
      break
    }
    if position >= sentence.lowerBound, position < index - 1,
      let change = changeNumber(endingAt: position, in: sentence)
    {
      return nounPhraseBefore(change, in: sentence)
    }
    // "Inflation, as measured by the CPI, was 2.2%": past a clause set off by commas, the noun
    // phrase before it.
    if position > sentence.lowerBound, recognizer.isSymbol(position, 0x2C),
      let antecedent = antecedent(ofClauseClosedAt: position, in: sentence)
    {
      return antecedent
    }
    guard position >= sentence.lowerBound, tokens[position].kind == .word else { return nil }
    var start = position
    while start - 1 >= sentence.lowerBound, position - start < 5 {
      if recognizer.isGluedHyphen(start - 1), start - 2 >= sentence.lowerBound,
        tokens[start - 2].kind == .word
      {
        start -= 2  // "full-scale"
        continue
      }
      guard tokens[start - 1].kind == .word else { break }
      if recognizer.roles(start - 1).contains(.stopWord) { break }
      start -= 1
    }
    start = placePhraseHolder(before: start, in: sentence)
    let head = recognizer.lower(position)
    // ("per cent at 7,650": a percent sign in words measures nothing.)
    guard !recognizer.roles(position).contains(.stopWord), !head.endsWith("ly"),
      head.characterCount > 2, recognizer.percentWord(endingAt: position) == nil
    else {
      return nil
    }
    // "Core inflation, which strips out food, slowed to 3.1%": the verb after a relative
    // clause is said of the noun phrase before the clause.
    if start - 1 > sentence.lowerBound, recognizer.isSymbol(start - 1, 0x2C),
      let antecedent = antecedent(ofClauseClosedAt: start - 1, in: sentence)
    {
      return antecedent
    }
    // "Net income more than doubled to $19.3 billion": a verb alone after a hedge of it names
    // nothing; the clause's subject does.
    if start == position, start - 1 >= sentence.lowerBound, head.endsWith("ed"),
      recognizer.isWord(start - 1, in: Vocabulary.verbHedges),
      let subject = clauseSubject(in: sentence, before: index)
    {
      return subject
    }
    if let period = subjectBeforePeriod(start: start, end: position, in: sentence) {
      return period
    }
    // "rose 6.8% in the year to September to €352,400": a period that runs to a month.
    if start == position, start - 2 > sentence.lowerBound,
      recognizer.roles(position).contains(.month), recognizer.isWord(start - 1, "to"),
      recognizer.roles(start - 2).contains(.timeNoun),
      let period = subjectBeforePeriod(start: start - 2, end: position, in: sentence)
    {
      return period
    }
    if let holder = verbHolderSubject(start: start, verb: position, in: sentence) {
      return holder
    }
    if start == position, let total = aggregateChangeSubject(noun: position, in: sentence) {
      return total
    }
    // "the number of displaced residents has passed 24,000": a count of the noun after "of".
    if start - 2 >= sentence.lowerBound, recognizer.isWord(start - 1, "of"),
      recognizer.isWord(start - 2, "number")
    {
      return Array((start - 2)...position)
    }
    if let measure = measureNoun(before: start, in: sentence) { return measure }
    // "The death toll from the derailment of a crowded train rose to 26": what a verb of
    // change is said of is its subject, past the phrases that say whose or where, not the
    // words next to the verb ("crowded train rose").
    if recognizer.isWord(position, in: Vocabulary.changeVerbs),
      let subject = verbSubject(of: position, in: sentence)
    {
      return subject
    }
    // "The unemployment rate in Spain was 11.2%", "Turnout in the capital stood at 62%": after
    // a copula, a phrase that says where or whose is no subject; the noun phrase it follows is.
    // ("for", "of" and "from" phrases are left to the clause-subject rule after this one.)
    if afterCopula, let subject = copulaSubject(phraseStart: start, end: position, in: sentence) {
      return subject
    }
    // Inside a prepositional phrase ("support for Ukraine"): take the clause's subject instead.
    if start - 1 >= sentence.lowerBound,
      recognizer.isWord(start - 1, in: Vocabulary.enclosingPrepositions),
      let subject = clauseSubject(in: sentence, before: index)
    {
      return subject
    }
    return Array(start...position)
  }

  /// The subject a copula after `end` links to its figure, when the phrase `phraseStart...end`
  /// is one of place or holder ("in Spain", "among women"): the noun phrase before it, found as
  /// a verb's subject is (``verbSubject(of:in:)``). Nil otherwise.
  private func copulaSubject(phraseStart: Int, end: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    var opener = phraseStart - 1
    while opener > sentence.lowerBound, recognizer.isWord(opener, in: Vocabulary.determiners) {
      opener -= 1
    }
    guard opener > sentence.lowerBound,
      recognizer.isWord(opener, in: Vocabulary.subjectComplementPrepositions),
      !recognizer.isWord(opener, in: Vocabulary.enclosingPrepositions),
      let subject = verbSubject(of: end + 1, in: sentence), let first = subject.first,
      first < phraseStart
    else { return nil }
    return subject
  }

  /// "Police put the crowd at 120,000", "puts the number of striking staff at 23,000": a figure
  /// after a verb of estimating, its object and "at" is said of the object.
  private func estimatedObject(before index: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    var at = index - 1
    // "at about 120,000", "at some 23,000"
    while at > sentence.lowerBound, index - at <= 3, !recognizer.isWord(at, "at"),
      recognizer.roles(at).contains(.linkWord)
    {
      at -= 1
    }
    guard at > sentence.lowerBound, recognizer.isWord(at, "at") else { return nil }
    var verb = at - 1
    while verb >= sentence.lowerBound, at - verb <= 8, tokens[verb].kind == .word {
      if recognizer.isWord(verb, in: Vocabulary.estimateAtVerbs) {
        var start = verb + 1
        while start < at, recognizer.isWord(start, in: Vocabulary.determiners) { start += 1 }
        // An object of nouns: not "valued at", "put it at", nor the noun "estimate" ("the
        // estimate is unchanged at", "an estimate of the damage at").
        if start < at, !recognizer.roles(start).contains(.stopWord),
          !recognizer.roles(at - 1).contains(.stopWord)
        {
          return Array(start..<at)
        }
      }
      verb -= 1
    }
    return nil
  }

  /// "Shares of the company rose 5.1%", "the price of a loaf climbed 12%": in "N of X" with N a
  /// measure noun, N (with its modifiers) is what a figure said of the phrase measures; X only
  /// says whose.
  private func measureNoun(before phraseStart: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    var of = phraseStart - 1
    while of > sentence.lowerBound, recognizer.isWord(of, in: Vocabulary.determiners) { of -= 1 }
    guard of > sentence.lowerBound, recognizer.isWord(of, "of"),
      recognizer.isWord(of - 1, in: Vocabulary.measureNouns)
    else { return nil }
    var start = of - 1
    while start - 1 >= sentence.lowerBound, of - start < 3, tokens[start - 1].kind == .word,
      !recognizer.roles(start - 1).contains(.stopWord)
    {
      start -= 1
    }
    return Array(start..<of)
  }

  /// The noun phrase before a clause set off by commas that the comma at `comma` closes: a
  /// relative clause (", which …,", ", who …,") or an aside (", as measured by …,").
  private func antecedent(ofClauseClosedAt comma: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    guard
      let opener = (sentence.lowerBound..<comma).last(where: {
        $0 > sentence.lowerBound && recognizer.isSymbol($0 - 1, 0x2C)
          && recognizer.isWord($0, in: ["which", "who", "as"])
      }),
      // Only words between: no other figure or clause of its own.
      ((opener + 1)..<comma).allSatisfy({ tokens[$0].kind == .word })
    else { return nil }
    return nounPhraseBefore(opener - 1, in: sentence)
  }

  /// The first noun phrase of the clause, with one "of" complement ("the total cost of
  /// reconstruction"), skipping an introductory phrase that ends with a comma.
  private func clauseSubject(in sentence: ClosedRange<Int>, before limit: Int) -> [Int]? {
    var start = sentence.lowerBound
    if let comma = (sentence.lowerBound..<limit).first(where: {
      tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x2C
    }),
      recognizer.isWord(
        sentence.lowerBound,
        in: ["in", "on", "at", "after", "by", "since", "during", "for", "with"])
    {
      start = comma + 1
    }
    // "Analysts estimate that Apple's share of shipments was 18%" (or "…, and that Apple's
    // share…"): the clause after the verb's "that" is what the figure is said of.
    if let that = (start..<limit).last(where: {
      $0 > start && recognizer.isWord($0, "that")
        && (recognizer.isWord($0 - 1, in: Vocabulary.thatClauseVerbs)
          || recognizer.isWord($0 - 1, in: ["and", "but", "or"]))
    }) {
      start = that + 1
    }
    while start < limit,
      recognizer.isWord(start, in: ["the", "a", "an", "its", "their", "this", "that"])
    { start += 1 }
    var end = start
    while end < limit, tokens[end].kind == .word,
      !recognizer.roles(end).contains(.stopWord), end - start < 3
    {
      end += 1
    }
    guard end > start else { return nil }
    var words = Array(start..<end)
    if recognizer.isWord(end, "of"), end + 1 < limit, tokens[end + 1].kind == .word,
      !recognizer.roles(end + 1).contains(.stopWord)
    {
      words += [end, end + 1]
    }
    return words
  }

  /// The nearest noun phrase introduced by a determiner or possessive before `index`
  /// ("the plan was re-drafted to contain 19 points" → "plan"), or a verb of meeting
  /// ("met with Putin six times").
  private func nearestNounPhrase(before index: Int, in sentence: ClosedRange<Int>) -> [Int]? {
    var position = index - 1
    while position >= sentence.lowerBound {
      if tokens[position].kind == .word {
        // Compared in place: no String is made for each word walked over.
        if recognizer.isWord(position, in: Vocabulary.meetingVerbs) {
          var phrase = [position]
          if recognizer.isWord(position + 1, "with"), position + 2 < index,
            tokens[position + 2].kind == .word
          {
            phrase += [position + 1, position + 2]
          } else if position + 1 < index, tokens[position + 1].kind == .word,
            tokens[position + 1].isCapitalized
          {
            phrase.append(position + 1)
          }
          return phrase
        }
        if recognizer.isWord(position, in: Vocabulary.nounPhraseOpeners)
          || isPossessive(position)
        {
          var end = position + 1
          var head: Int?
          while end < index, end - position <= 4 {
            let token = tokens[end]
            if token.kind == .number || token.kind == .dash {
              end += 1
              continue
            }
            guard token.kind == .word, !recognizer.roles(end).contains(.stopWord) else {
              break
            }
            head = end
            end += 1
          }
          if let head, !recognizer.lower(head).hasSuffix("ed"), tokens[head].lexeme < 0 {
            return [head]
          }
        }
      }
      position -= 1
    }
    return nil
  }
}
