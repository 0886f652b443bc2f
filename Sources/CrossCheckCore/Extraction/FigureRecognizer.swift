import Foundation

/// Reads the numbers of one line as figures: adds currency, percent, scale, hedges, ranges,
/// tallies, units and kinds, and drops numbers that are names rather than measurements.
struct FigureRecognizer {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let parser: NumberParser
  /// Also read comparisons that are not news figures ("equal to 20", "x>10", "more than 5 or
  /// equal to"): set only by ``NumberRecognizer/ranges(in:)``.
  let readsComparisons: Bool
  /// What the tokenizer saw on the line, for the passes that need a kind of token most lines
  /// lack; ``LineShapes/all`` when not known.
  let shapes: LineShapes
  /// Lower-cased words, made once per token and only for the tokens looked at.
  private let words: WordCache

  init(
    bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], lexicon: Lexicon,
    readsComparisons: Bool = false, words: WordCache? = nil, shapes: LineShapes = .all
  ) {
    self.bytes = bytes
    self.tokens = tokens
    self.parser = NumberParser(bytes: bytes, tokens: tokens, lexicon: lexicon)
    self.readsComparisons = readsComparisons
    self.shapes = shapes
    if let words {
      words.reset(count: tokens.count)
      self.words = words
    } else {
      self.words = WordCache(count: tokens.count)
    }
  }

  // MARK: - Token helpers

  func lower(_ index: Int) -> String {
    if let word = words.word(at: index) { return word }
    let word = parser.lowercased(tokens[index].start, tokens[index].end)
    words.store(word, at: index)
    return word
  }

  /// The word lists token `index` is on, looked up once per line.
  func roles(_ index: Int) -> WordRoles {
    if let roles = words.roles(at: index) { return roles }
    let roles: WordRoles
    switch WordRoles.packed.probe(bytes, tokens[index].start, tokens[index].end) {
    case .found(let found): roles = found
    case .absent: roles = []
    case .unpacked: roles = WordRoles.table[lower(index)] ?? []
    }
    words.store(roles, at: index)
    return roles
  }

  /// A headline in title case ("Quake Kills 12 Near Mati"): no lower-case word longer than
  /// three letters. Worked out once per line.
  func isTitleCased() -> Bool {
    if let known = words.isTitleCased { return known }
    let titled = !tokens.contains { token in
      token.kind == .word && !token.isCapitalized && token.end - token.start > 3
    }
    words.isTitleCased = titled
    return titled
  }

  func text(_ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// Inlined where it is asked (some 300,000 times a megabyte), so that a literal `word`'s
  /// length and first byte are constants there: most tokens differ in one or the other and are
  /// told apart without a call; only the rest compare bytes.
  @inline(__always)
  func isWord(_ index: Int, _ word: String) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let token = tokens[index]
    guard token.kind == .word, token.end - token.start == word.utf8.count,
      NumberParser.mayBe(token, word)
    else { return false }
    return parser.lowercasedEquals(token.start, token.end, word)
  }

  /// For short literal lists: no Set is built per call, and no String made for the word.
  func isWord(_ index: Int, in words: [String]) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    let length = token.end - token.start
    // An ASCII word keeps its length when lower-cased, and most differ in length from every
    // listed word: no bytes are compared for them.
    let word = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    let ascii = word.allSatisfy { $0 < 0x80 }
    guard ascii else {
      // Lower-cased once (and kept for the line), not once per listed word.
      return words.contains(lower(index))
    }
    return words.contains {
      $0.utf8.count == length && NumberParser.mayBe(token, $0)
        && parser.lowercasedEquals(token.start, token.end, $0)
    }
  }

  /// For the lists asked about most: an ASCII word is compared from its bytes, packed once.
  func isWord(_ index: Int, in list: WordList) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    if let known = list.containsLowered(bytes, token.start, token.end) { return known }
    // A word of another script ("country’s"): its lower-cased String is looked up in the list's
    // set, where the list of Strings compares it with every word, to the same answer.
    if !isASCII(index) { return list.contains(lower(index)) }
    return isWord(index, in: list.words)
  }

  func isWord(_ index: Int, in words: Set<String>) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    return words.contains(lower(index))
  }

  /// Whether token `index` is a dash of any kind glued to the tokens on both sides ("2017-2050",
  /// "1939–1945").
  func isGluedDash(_ index: Int) -> Bool {
    index >= 0 && index + 1 < tokens.count && tokens[index].kind == .dash
      && !tokens[index].spaceBefore && !tokens[index + 1].spaceBefore
  }

  /// A hyphen glued on both sides: "four-year-old", "20-point".
  func isGluedHyphen(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count else { return false }
    let token = tokens[index]
    return token.kind == .dash && token.head == 0x2D && !token.spaceBefore
      && !tokens[index + 1].spaceBefore
  }

  /// A spelled-out number word (not a time unit, which the lexicon also knows).
  func isNumberWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, let word = parser.lexicon.word(tokens[index]) else {
      return false
    }
    return !word.isUnit
  }

  /// Whether token `index` is digits alone: "2014", not "64.5" or "1,200".
  func isDigits(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.kind == .number && token.suffixStart == token.end
      && UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]).allSatisfy {
        $0 &- 0x30 < 10
      }
  }

  func isSymbol(_ index: Int, _ scalar: UInt32) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind != .word
      && tokens[index].scalar == scalar
  }

  /// Whether token `index` is the first of its sentence: the line's first, after an opening
  /// quote, or after a sentence's end as the context analyzer finds it (not "Mr." or an initial).
  func opensSentence(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    if isSymbol(index - 1, 0x22) || isSymbol(index - 1, 0x201C) { return true }
    return ContextAnalyzer(recognizer: self).endsSentence(at: index - 1)
  }

  // MARK: - Recognition

  func recognize() -> [FigureDraft] {
    var times = ClockTimes(recognizer: self).find()
    let elapsed = times.isEmpty ? [] : takeElapsedTimes(&times)
    let mentions = findMentions(excluding: times)
    var drafts: [FigureDraft] = []
    drafts.reserveCapacity(mentions.count + times.count)
    var consumedUntil = -1  // last token used by a figure
    var carried: Amount?  // the second of a pair that is not a range
    var index = 0
    while index < mentions.count {
      let mention = mentions[index]
      if mention.firstToken <= consumedUntil {
        index += 1
        continue
      }
      var first = Amount(of: mention)
      readAmount(&first, for: mention, after: consumedUntil)
      if let pending = carried, pending.mention.firstToken == mention.firstToken { first = pending }
      carried = nil
      var next = index + 1
      // Blank until a branch below reads it (most write it in place).
      var draft = FigureDraft(start: 0, end: 0, firstToken: 0, lastToken: 0)
      // Asked once for the three readings that need a mark glued on both sides ("2019-20").
      let isGlued = isGluedMark(after: first.lastToken)

      // The readings after the first write into `draft` (or `first`) and say whether they did:
      // an optional draft returned was copied whole, twice, for every number.
      if isGlued, let iso = isoDateEnd(first) {
        readSingle(first, into: &draft)
        draft.lastToken = iso.end
        draft.end = tokens[iso.end].end
        draft.kind = .date
        draft.value = nil
        draft.date = FigureRecognizer.isoDate(
          year: first.value, month: iso.month, day: Decimal(iso.day))
        while next < mentions.count, mentions[next].firstToken <= iso.end { next += 1 }
      } else if let numeric = numericDateEnd(first) {
        readSingle(first, into: &draft)
        draft.lastToken = numeric.end
        draft.end = tokens[numeric.end].end
        draft.kind = .date
        draft.value = Decimal(numeric.year)
        draft.date = FigureRecognizer.isoDate(
          year: Decimal(numeric.year), month: numeric.month, day: numeric.day.map { Decimal($0) })
        while next < mentions.count, mentions[next].firstToken <= numeric.end { next += 1 }
      } else if let yearEnd = splitYearEnd(first) {
        readSingle(first, into: &draft)
        draft.lastToken = yearEnd
        draft.end = tokens[yearEnd].end
        draft.kind = .date
        draft.value = nil
        draft.date = FigureRecognizer.isoDate(year: first.value)
        if next < mentions.count, mentions[next].firstToken <= yearEnd { next += 1 }
      } else if isGlued, yearSpan(first, into: &draft) {
        if next < mentions.count, mentions[next].firstToken <= draft.lastToken { next += 1 }
      } else if isGlued, raceTime(first, into: &draft) {
        while next < mentions.count, mentions[next].firstToken <= draft.lastToken { next += 1 }
      } else if isGlued, ratio(first, into: &draft) {
        while next < mentions.count, mentions[next].firstToken <= draft.lastToken { next += 1 }
      } else if joinScientificPower(to: &first, mentions: mentions, from: index + 1) {
        readSingle(first, into: &draft)
        next += 1
      } else if cricketScore(first, into: &draft) {
        while next < mentions.count, mentions[next].firstToken <= draft.lastToken { next += 1 }
      } else if slashDate(first, into: &draft) {
        while next < mentions.count, mentions[next].firstToken <= draft.lastToken { next += 1 }
      } else if let (second, connector) = rangePartner(
        of: first, mentions: mentions, from: index + 1)
      {
        next += 1
        if let tally = tally(first, second, connector: connector) {
          draft = tally
        } else {
          var secondAmount = second
          var firstAmount = first
          propagate(&firstAmount, &secondAmount)
          if let range = range(firstAmount, secondAmount, connector: connector) {
            draft = range
            first = firstAmount
          } else {
            // "$9 billion to $1 billion", "from 2026 to 2028", "from magnitude 6.7 to 6.9": two
            // figures, the second read next with the unit and scale written once for both.
            readSingle(firstAmount, into: &draft)
            first = firstAmount
            // "paid $410mn to 44 US states": a number before a plural it counts is a count,
            // not an amount in the first one's currency.
            if second.currency == nil, secondAmount.currency != nil, countsPlural(after: second) {
              secondAmount.currency = nil
              secondAmount.currencyIsAmbiguous = false
            }
            carried = secondAmount
            next -= 1
          }
        }
      } else {
        readSingle(first, into: &draft)
      }
      let numberStart = draft.start
      applyHedges(to: &draft, after: consumedUntil)
      applyMarginOfError(to: &draft, after: consumedUntil)
      draft.boundStart = draft.qualifier == .approx ? numberStart : draft.start
      draft.boundEnd = draft.end
      applyUnit(to: &draft, mention: mention)
      readStormCategory(&draft, mention: mention)
      if draft.kind == .ordinal, draft.value.map({ DecimalParts.equals($0, 1) }) == true,
        isWord(mention.firstToken, "first"), !isRecordFirst(after: draft.lastToken),
        !isWord(draft.lastToken + 1, "time")
      {
        draft.needsSeries = true
      }
      if isMeasurement(draft, mention: mention), !isMomentSecond(draft) {
        consumedUntil = draft.lastToken
        // Moved into the list, not copied: a copy retains each of the draft's Strings, and the
        // original then releases them.
        drafts.append(FigureDraft(start: 0, end: 0, firstToken: 0, lastToken: 0))
        swap(&draft, &drafts[drafts.count - 1])
      }
      index = next
    }
    // Joining needs two neighbouring figures that may join; most lines have none, and need no
    // copy of their drafts.
    if drafts.indices.dropFirst().contains(where: {
      drafts[$0].firstToken == drafts[$0 - 1].lastToken + 2
    }) {
      drafts = joinBounds(drafts)
    }
    if drafts.indices.dropFirst().contains(where: {
      drafts[$0].kind == .duration && drafts[$0 - 1].kind == .duration
    }) {
      drafts = joinDurations(drafts)
    }
    if drafts.indices.dropFirst().contains(where: {
      drafts[$0].kind == .money && drafts[$0 - 1].kind == .money
    }) {
      drafts = joinSubunits(drafts)
    }
    // The passes below only read and change the line's figures: a line with none (a number
    // that names, an ordinal of discourse) skips them all, not each on its own.
    if !drafts.isEmpty {
      markHyphenatedSubunits(&drafts)
      markBarrelsADay(&drafts)
      if drafts.count > 1 { giveLevelsAfterSubunitsTheirCurrency(&drafts) }
      mainCurrencyOfSubunits(&drafts)
      if drafts.count > 1 { giveCentChangesTheirLevelsCurrency(&drafts) }
      joinCompoundMeasures(&drafts)
      if drafts.count > 1 {
        sharePartitiveWholes(&drafts)
        restoreElidedNouns(&drafts)
        restoreNounsAfterTo(&drafts)
        carryIndianScaleCurrency(&drafts)
      }
      markPercentagePoints(&drafts)
      if drafts.count > 1 { shareUnitsWrittenOnce(&drafts) }
      if drafts.count > 1 { carryListedPercents(&drafts) }
      if drafts.count > 1 { markDegreeConversions(&drafts) }
      markExchangeRates(&drafts)
      markAges(&drafts)
      markAgesOpeningASentence(&drafts)
      markAgeRanges(&drafts)
      markAgeDecades(&drafts)
      markTemperatureDecades(&drafts)
      markAgeBounds(&drafts)
      markAgeGroups(&drafts)
      markAgeOfPhrases(&drafts)
      markComparativeAges(&drafts)
      markHedgesAfterNouns(&drafts)
      markRangeHedges(&drafts)
      markHyphenatedHedges(&drafts)
      markPercentSignPoints(&drafts)
      if drafts.count > 1 { joinSuspendedHyphenRanges(&drafts) }
    }
    readReportingPeriods(&drafts)
    // Both read a time-unit word ("hour-long", "about a year"), which most lines lack.
    if holdsTimeUnit() {
      drafts.append(contentsOf: timeUnitCompounds(excluding: drafts))
      let durations = articleDurations(excluding: drafts, consumedUntil: -1)
      if !durations.isEmpty {
        // "an hour and a half": the duration takes in the "a half" read before it.
        drafts.removeAll { draft in
          durations.contains {
            $0.firstToken <= draft.firstToken && draft.lastToken <= $0.lastToken
          }
        }
        drafts.append(contentsOf: durations)
      }
    }
    // "a mile" needs a unit of length, which most lines lack.
    let lengths = shapes.contains(.lengthUnit) ? articleLengths(excluding: drafts) : []
    if !lengths.isEmpty {
      // "half a mile", "a mile and a half": the length takes in the fraction read in it.
      drafts.removeAll { draft in
        lengths.contains { $0.firstToken <= draft.firstToken && draft.lastToken <= $0.lastToken }
      }
      drafts.append(contentsOf: lengths)
    }
    // Most lines have no clock time; the method passed as a function copied the recognizer
    // (twice) for every line.
    if !times.isEmpty { drafts.append(contentsOf: times.compactMap { timeDraft($0) }) }
    if !elapsed.isEmpty { drafts.append(contentsOf: elapsed) }
    drafts.sort { $0.start < $1.start }
    words.keepMentions(mentions)
    return drafts
  }

  /// A clock time as a figure of kind time; a zone offset alone is no figure.
  private func timeDraft(_ time: ClockTime) -> FigureDraft? {
    guard let normalized = time.normalized else { return nil }
    var draft = FigureDraft(
      start: tokens[time.firstToken].start, end: tokens[time.lastToken].end,
      firstToken: time.firstToken, lastToken: time.lastToken)
    draft.kind = .time
    draft.time = normalized
    draft.zone = time.zone
    return draft
  }

  /// Every number in the line, left to right, except the digits of clock times.
  func findMentions(excluding times: [ClockTime] = []) -> [NumberMention] {
    // In the storage of an earlier line's numbers, if one was handed back (see recognize()).
    var mentions = words.takeMentions()
    // A line asked about holds a number or a number word, and seldom more than a few: one
    // allocation, not one for each doubling.
    mentions.reserveCapacity(8)
    var index = 0
    var nextTime = 0
    while index < tokens.count {
      // Most tokens are words on no list: passed over in a tight loop. (A clock time passed
      // over in part is still skipped whole below: its end is where reading resumes.)
      while index < tokens.count, tokens[index].kind == .word, tokens[index].lexeme < 0 {
        index += 1
      }
      if nextTime < times.count, times[nextTime].firstToken <= index {
        index = max(index, times[nextTime].lastToken + 1)
        nextTime += 1
        continue
      }
      guard index < tokens.count else { break }
      let token = tokens[index]
      guard
        token.kind == .number || token.lexeme >= 0 || token.kind == .dash
          || token.scalar == 0x2B && token.kind == .punctuation,
        !parser.neverStartsNumber(token), !isLoneArticle(index)
      else {
        index += 1
        continue
      }
      // Read straight into the line's list: no array per token.
      let before = mentions.count
      parser.parse(at: index, into: &mentions)
      var position = before
      while position < mentions.count {
        // Only a spelled-out "one" can be a pronoun: the digits, most numbers, are not handed
        // to the check (each hand-over copied the mention and counted its Strings' references).
        if mentions[position].isSpelledOut, isPronounOne(mentions[position]) {
          mentions.remove(at: position)
          continue
        }
        if mentions[position].isFraction { mentions[position] = articleOrdinal(mentions[position]) }
        position += 1
      }
      index = mentions.count > before ? mentions[mentions.count - 1].lastToken + 1 : index + 1
    }
    if mentions.count > 1 { joinBracketedNumerals(&mentions) }
    return mentions
  }

  /// "a" or "an" before a word that can neither continue a number ("a million", "a third") nor
  /// join one ("a-", "a and"), nor anything but a word: no number starts here. Most articles are
  /// this, and the parser need not be asked.
  private func isLoneArticle(_ index: Int) -> Bool {
    guard tokens[index].kind == .word, case .article? = parser.lexicon.word(tokens[index]) else {
      return false
    }
    let next = index + 1
    guard next < tokens.count else { return true }
    let token = tokens[next]
    switch token.kind {
    case .word: return token.lexeme < 0 && !isWord(next, "and")
    case .number, .symbol, .punctuation: return true
    case .dash: return false
    }
  }

  /// "for a third consecutive day", "a sixth year", "a third-place finish": an article and a
  /// singular ordinal before a noun is a position, not a fraction ("a third of voters").
  private func articleOrdinal(_ mention: NumberMention) -> NumberMention {
    guard mention.isFraction, mention.lastToken == mention.firstToken + 1,
      case .article? = parser.lexicon.word(tokens[mention.firstToken]),
      case .ordinal(let value, plural: false)? = parser.lexicon.word(tokens[mention.lastToken])
    else { return mention }
    let next = mention.lastToken + 1
    let beforeNoun =
      isGluedHyphen(next)
      || (next < tokens.count && tokens[next].kind == .word
        && !roles(next).contains(.stopWord) && !isWord(next, "of"))
    guard beforeNoun else { return mention }
    var ordinal = mention
    ordinal.value = Decimal(value)
    ordinal.isFraction = false
    ordinal.isOrdinal = true
    ordinal.firstToken = mention.lastToken
    ordinal.start = tokens[mention.lastToken].start
    return ordinal
  }

  /// "the one you mentioned", "no one", "one another": "one" as a pronoun.
  private func isPronounOne(_ mention: NumberMention) -> Bool {
    guard mention.firstToken == mention.lastToken, mention.isSpelledOut,
      DecimalParts.equals(mention.value, 1), !mention.isOrdinal, isWord(mention.firstToken, "one")
    else { return false }
    let before = Self.pronounOneBefore
    let after = Self.pronounOneAfter
    if opensRangeWithOne(mention) { return false }
    // "no-one waiting": the pronoun written with a hyphen, as "no one" is.
    if isGluedHyphen(mention.firstToken - 1), isWord(mention.firstToken - 2, "no") { return true }
    // "one of the strongest", "one of its largest", "one of Washington's closest allies": a
    // partitive pronoun, unless a count is being stressed ("only one of the 12 bridges").
    // "Only one of the 12 bridges": a count stressed.
    if isWord(mention.firstToken + 1, "of"),
      isWord(mention.firstToken - 1, in: ["only", "just", "least", "than", "exactly"])
    {
      return false
    }
    // "one of 40 in its fleet", like "one of the club's three": the partitive's whole counts,
    // also with an adverb before it ("one of only three players", "one of about 40").
    let whole =
      mention.firstToken + (isWord(mention.firstToken + 2, in: Vocabulary.wholeAdverbs) ? 3 : 2)
    if isWord(mention.firstToken + 1, "of"),
      isWord(whole, in: Vocabulary.partitiveDeterminers) || isPossessiveWord(whole)
        || (whole < tokens.count && (tokens[whole].kind == .number || isCardinalWord(whole))),
      !isWord(mention.firstToken - 1, in: ["only", "just", "least", "than", "exactly"]),
      !joinsCounts(byAnd: mention.firstToken - 1)
    {
      return true
    }
    // "one employee said", "according to one poll": an unnamed source, not a count.
    let next = mention.firstToken + 1
    if isWord(next + 1, in: Vocabulary.reportingVerbs), tokens.indices.contains(next),
      tokens[next].kind == .word, !lower(next).hasSuffix("s")
    {
      return true
    }
    if isWord(mention.firstToken - 1, "to"), isWord(mention.firstToken - 2, "according") {
      return true
    }
    // "if it started one." — a pronoun before the end of a clause.
    if next >= tokens.count
      || (tokens[next].kind == .punctuation
        && [0x2E, 0x2C, 0x3B, 0x21, 0x3F].contains(tokens[next].scalar))
    {
      if !isWord(
        mention.firstToken - 1,
        in: ["of", "to", "by", "at", "from", "is", "was", "than", "just", "only"])
      {
        return true
      }
    }
    return isWord(mention.firstToken - 1, in: before) || isWord(mention.firstToken + 1, in: after)
      || isElidedNounOne(mention) || isCorrelativeOne(mention)
  }

  /// Words that make "one" a pronoun before it ("the one", "no one") and after it ("one
  /// another"): made once, not at every "one".
  private static let pronounOneBefore: [String] = [
    "the", "this", "that", "which", "no", "every", "any", "each", "another", "someone", "current",
    "next", "previous", "little", "right", "wrong", "last", "first", "other", "new",
    "old", "latest", "big", "small", "same", "better", "worse", "biggest", "largest",
  ]
  private static let pronounOneAfter = ["another", "anyone", "way"]

  /// Whether word token `index` is written as a name: a capital, then a lower-case letter
  /// ("Bello", "Bumrah"; not "MP" or "UN").
  func isWrittenAsName(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let token = tokens[index]
    guard token.kind == .word, token.isCapitalized, token.end - token.start >= 2 else {
      return false
    }
    return bytes[token.start + 1] &- 0x61 < 26
  }

  /// Two or three capital letters alone: "SK", "BA", "QFA".
  func isCapitalCode(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.kind == .word && (2...3).contains(token.end - token.start)
      && UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]).allSatisfy {
        $0 &- 0x41 < 26
      }
  }

  func isPossessiveWord(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = lower(index)
    return word.endsWith("’s") || word.endsWith("'s")
  }

  // MARK: - Amounts

  /// The mention with the currency before or after it, a percent sign or word, and scale.
  func amount(for mention: NumberMention, after limit: Int) -> Amount {
    var amount = Amount(of: mention)
    readAmount(&amount, for: mention, after: limit)
    return amount
  }

  /// Reads into `amount`, made from `mention` alone, what ``amount(for:after:)`` adds. The
  /// recognizer's loop reads its amount in place: returned, it was copied out and then freed.
  func readAmount(_ amount: inout Amount, for mention: NumberMention, after limit: Int) {
    let before = mention.firstToken - 1
    // Currency sign before: "$300", "€ 2 million", "US$4.7", "c $ 16.4", "HK$".
    if before > limit + 1, tokens[before].kind == .symbol, let (code, first) = letterSign(before) {
      amount.currency = code  // "GH¢5,000"
      amount.firstToken = first
      amount.start = tokens[first].start
    } else if before > limit, tokens[before].kind == .symbol, tokens[before].scalar != 0x25,
      let code = Vocabulary.currencySigns[tokens[before].scalar]
    {
      amount.currency = code
      // "A$1.2 billion ($780 million)": a bare dollar in brackets after an amount is the
      // conversion into US dollars.
      amount.currencyIsAmbiguous =
        tokens[before].scalar == 0x24 && !isBracketedConversion(dollarSign: before)
      amount.firstToken = before
      amount.start = tokens[before].start
      let prefix = before - 1
      if tokens[before].scalar == 0x24, prefix > limit, tokens[prefix].kind == .word,
        let dollar = Vocabulary.dollarPrefixes[lower(prefix)],
        !tokens[before].spaceBefore || Vocabulary.spacedDollarPrefixes.contains(lower(prefix))
      {
        amount.currency = dollar
        amount.currencyIsAmbiguous = false
        amount.firstToken = prefix
        amount.start = tokens[prefix].start
      }
    } else if let (code, sign) = signFirstDollar(before: mention, after: limit) {
      amount.currency = code  // "$US13.4 billion"
      amount.firstToken = sign
      amount.start = tokens[sign].start
    } else if before > limit, let (code, first) = currencyWord(before: mention), first > limit {
      // A code or abbreviation before: "USD 50 million", "EUR 125", "Rs 450 crore", "P2.4 billion".
      amount.currency = code
      // "Rs 272" is the article's home rupee, as "272 rupees" is.
      amount.currencyIsAmbiguous = Vocabulary.sharedCurrencyAbbreviations.contains(lower(first))
      amount.firstToken = first
      amount.start = tokens[first].start
    } else if before > limit, let code = homeLetterSign(before: mention) {
      // "R370": rand only in an article from its home (``HomeLetterSigns``).
      amount.currency = code
      amount.currencyIsAmbiguous = true
      amount.firstToken = before
      amount.start = tokens[before].start
    } else if before > limit, isWord(before, "magnitude") {
      // "magnitude 6.7": the unit before the number.
      amount.quantityUnit = "magnitude"
      amount.firstToken = before
      amount.start = tokens[before].start
    } else if before > limit + 1, isWord(before, "of"), isWord(before - 1, "magnitude"),
      amount.value <= 10
    {
      // "a preliminary magnitude of 4.3": the unit and "of" before the number (not "the
      // magnitude of 3000 job cuts").
      amount.quantityUnit = "magnitude"
      amount.firstToken = before - 1
      amount.start = tokens[before - 1].start
    } else if before > limit + 1, isGluedHyphen(before), isWord(before - 1, "magnitude") {
      amount.quantityUnit = "magnitude"  // "a magnitude-7 quake"
      amount.firstToken = before - 1
      amount.start = tokens[before - 1].start
    }
    if let unit = mention.unit { amount.quantityUnit = unit }
    // "203km/h": a glued unit that goes on over a glued slash.
    let slash = mention.lastToken + 1
    if mention.unit != nil, slash + 1 < tokens.count, isSymbol(slash, 0x2F),
      !tokens[slash].spaceBefore, tokens[slash + 1].kind == .word, !tokens[slash + 1].spaceBefore,
      let unit = UnitTable.written[
        text(tokens[mention.lastToken].suffixStart, tokens[mention.lastToken].end).lowercased()
          + "/" + lower(slash + 1)]
    {
      amount.quantityUnit = unit
      amount.lastToken = slash + 1
      amount.end = tokens[slash + 1].end
    }
    // "percent of 10", "per cent of twenty-two": the percent named before the number.
    if before > limit + 1, isWord(before, "of"),
      let percentStart = percentWord(endingAt: before - 1),
      percentStart > limit, percentStart == 0 || tokens[percentStart - 1].kind != .number
    {
      amount.isPercent = true
      amount.firstToken = percentStart
      amount.start = tokens[percentStart].start
    }
    var after = mention.lastToken + 1
    if let suffix = mention.leftoverSuffix {
      let upper = suffix.uppercased()
      if let code = Vocabulary.currencyCodes[upper] {
        amount.currency = code
      } else if let code = Vocabulary.gluedSubunitSigns[suffix] {
        amount.currency = code  // "50p"
      } else if suffix == "c" {
        // "65c": cents of the home dollar, as "65¢" (``NumberParser/isGluedCents(_:at:)``).
        amount.currency = "USX"
        amount.currencyIsAmbiguous = true
      } else if upper.hasPrefix("M"), let code = Vocabulary.currencyCodes[String(upper.dropFirst())]
      {
        amount.currency = code
        amount.value *= 1_000_000
        amount.scale = "M"
      }
    }
    // "the first £ 100 player": a sign after an ordinal belongs to the number after it.
    // (Not the "cent" of "11.98per cent", a percent.)
    if amount.currency == nil, after < tokens.count, !mention.isOrdinal,
      splitPercentWord(after: mention) == nil
    {
      let token = tokens[after]
      if let cents = centSign(after: mention) {
        // "80¢", "US80¢": cents of the dollar.
        amount.currency = cents.currency
        amount.currencyIsAmbiguous = cents.isAmbiguous
        amount.firstToken = cents.first
        amount.start = tokens[cents.first].start
        amount.lastToken = after
        after += 1
      } else if token.kind == .symbol, token.scalar != 0x25,
        let code = Vocabulary.currencySigns[token.scalar], !startsGluedNumber(after)
      {
        // "10 €", "100₾"; not "2014 £50m", where the sign is the next number's.
        amount.currency = code
        amount.currencyIsAmbiguous = token.scalar == 0x24
        amount.lastToken = after
        after += 1
      } else if token.kind == .word, mayNameCurrency(after), !startsGluedNumber(after) {
        // (Not "3 USD50 cards": a code glued to the next number is that number's.)
        let word = text(token.start, token.end)
        let lowered = word.lowercased()
        if let code = Vocabulary.currencyCodes[word.uppercased()],
          word == word.uppercased() || Vocabulary.lowercaseCurrencyCodes.contains(lowered)
        {
          amount.currency = code
          amount.lastToken = after
          after += 1
        } else if lowered.count == 4, lowered.hasPrefix("m"), mention.scale == nil,
          let code = Vocabulary.currencyCodes[String(word.uppercased().dropFirst())]
        {
          amount.currency = code  // "30 MUSD", "120 MEUR"
          amount.value *= 1_000_000
          amount.scale = "M"
          amount.lastToken = after
          after += 1
        } else if let (code, last) = currencyName(at: after) {
          amount.currency = code
          // "raise fares by 10 cents": the dollar's own words say no more than "$" does which
          // dollar they are, so they follow the article's home dollar as "$" does.
          // So do names several countries share ("shillings", "rupees"), by the article's home.
          amount.currencyIsAmbiguous =
            last == after
            && (Vocabulary.bareDollarWords.contains(lowered)
              || Vocabulary.homeNamedCurrencyWords.contains(lowered))
          amount.lastToken = last
          after = last + 1
        }
      }
      // "75 USD million": a scale after the code.
      if amount.currency != nil, amount.scale == nil, after < tokens.count,
        case .scale(let exponent)? = parser.lexicon.word(tokens[after])
      {
        amount.value = DecimalParts.scaled(amount.value, byPowerOfTen: exponent)
        amount.scale = lower(after)
        amount.lastToken = after
        after += 1
      }
    }
    if amount.currency != nil, amount.scale == nil, !mention.isOrdinal,
      let exponent = spacedMoneyScale(at: after)
    {
      amount.value = DecimalParts.scaled(amount.value, byPowerOfTen: exponent)  // "Ksh 157 B"
      amount.scale = text(tokens[after].start, tokens[after].end)
      amount.lastToken = after
      after += 1
    }
    // "$1.85 U.S.", "$102.47 billion U.S.": Canadian copy marks US dollars after the amount.
    if amount.currencyIsAmbiguous, isUSDollarMark(after), amount.currency == "USD" {
      amount.currencyIsAmbiguous = false
      amount.lastToken = after
      after += 1
    }
    // "Rs 591-crore", "P2.4-B", "a $5-billion deal": a scale joined by a hyphen.
    if amount.scale == nil, !mention.isOrdinal, isGluedHyphen(after), after + 1 < tokens.count,
      let exponent = hyphenScale(at: after + 1, isMoney: amount.currency != nil)
    {
      amount.value = DecimalParts.scaled(amount.value, byPowerOfTen: exponent)
      amount.scale = text(tokens[after + 1].start, tokens[after + 1].end)
      amount.lastToken = after + 1
      after += 2
    }
    // Percent: "19%", "3.5 per cent", "90 percent", "two percentage points", "25 basis points".
    if amount.currency == nil, !amount.isPercent, isBasisPointSuffix(mention.leftoverSuffix) {
      amount.isPercent = true
      amount.isBasisPoint = true
    } else if amount.currency == nil, let suffix = mention.leftoverSuffix,
      Vocabulary.percentSuffixes.contains(suffix.lowercased())
    {
      amount.isPercent = true  // "3.2pc", "5percent"
    } else if amount.currency == nil, let word = splitPercentWord(after: mention) {
      amount.isPercent = true  // "11.98per cent"
      amount.lastToken = word
    } else if amount.currency == nil, !amount.isPercent, after < tokens.count {
      if let last = basisPointEnd(at: after) {
        amount.isPercent = true
        amount.isBasisPoint = true
        amount.lastToken = last
      } else if isSymbol(after, 0x25) {
        amount.isPercent = true
        amount.lastToken = after
      } else if isWord(after, in: Self.percentWords) {
        amount.isPercent = true
        amount.lastToken = after
        if isWord(after, "percentage"), isWord(after + 1, in: ["point", "points"]) {
          amount.isPercentagePoint = true
          amount.lastToken = after + 1
        }
      } else if isWord(after, "per"), isWord(after + 1, "cent") {
        amount.isPercent = true
        amount.lastToken = after + 1
      } else if isWord(after, "pc"), !tokens[after].spaceBefore {
        amount.isPercent = true
        amount.lastToken = after
      } else if let joined = hyphenatedPercent(at: after) {
        amount.isPercent = true  // "6.1-percent"
        amount.isPercentagePoint = joined.isPoint
        amount.lastToken = joined.last
      } else if let last = bracketedPercentEnd(after: mention) {
        amount.isPercent = true  // "(0.85) per cent"
        amount.firstToken = mention.firstToken - 1
        amount.start = tokens[mention.firstToken - 1].start
        amount.lastToken = last
      }
    }
    amount.end = tokens[amount.lastToken].end
  }

  /// Whether the "$" at `dollarSign` opens a bracket right after an amount: "€50 ($54)",
  /// "A$1.2 billion ($780 million)", "14 billion Australian dollars ($9 billion)"; not after an
  /// amount in US dollars (``isUSDollarAmount(endingAt:)``), which converts into the home's.
  private func isBracketedConversion(dollarSign: Int) -> Bool {
    let bracket = dollarSign - 1
    guard bracket >= 1, isSymbol(bracket, 0x28) else { return false }
    var amountEnd = bracket - 1
    if let nameStart = writtenCurrencyName(endingAt: amountEnd) { amountEnd = nameStart - 1 }
    guard amountEnd >= 0 else { return false }
    if tokens[amountEnd].kind == .number { return !isUSDollarAmount(endingAt: amountEnd) }
    if case .scale? = parser.lexicon.word(tokens[amountEnd]) {
      return !isUSDollarAmount(endingAt: amountEnd)
    }
    return false
  }

  /// The first token of a currency written out that ends at `index` ("euros", "Canadian
  /// dollars", "New Zealand dollars"), or nil.
  private func writtenCurrencyName(endingAt index: Int) -> Int? {
    guard index >= 0, tokens[index].kind == .word, mayNameCurrency(index),
      Vocabulary.currencyNames[lower(index)] != nil
    else { return nil }
    // "hong kong dollars", "new zealand dollars": the nationality is two words.
    for start in stride(from: index - 1, through: max(0, index - 2), by: -1) {
      if currencyName(at: start)?.1 == index { return start }
    }
    return index
  }

  /// The words that make a number a percent after it.
  private static let percentWords = ["percent", "pct", "percents", "percentage"]

  /// The currency named by the word(s) right before the mention ("USD", "EUR", "Rs", "Rs.",
  /// glued "P" before a scale), and the first token of it.
  private func currencyWord(before mention: NumberMention) -> (String, Int)? {
    var index = mention.firstToken - 1
    var dotted = false
    if index > 0, isSymbol(index, 0x2E), tokens[index - 1].kind == .word {
      index -= 1  // "Rs. 20"
      dotted = true
    }
    guard index >= 0, tokens[index].kind == .word, mayNameCurrency(index) else { return nil }
    let word = text(tokens[index].start, tokens[index].end)
    let lowered = word.lowercased()
    if !dotted, let code = Vocabulary.currencyCodes[word.uppercased()],
      word == word.uppercased() || Vocabulary.lowercaseCurrencyCodes.contains(lowered)
    {
      return (code, index)
    }
    if let code = Vocabulary.currencyAbbreviations[lowered] { return (code, index) }
    if let code = Vocabulary.casedCurrencyAbbreviations[word] { return (code, index) }
    // "P2.4 billion", "R254 billion": a currency sign written as a letter, glued, with a scale.
    if let code = Vocabulary.gluedLetterSigns[word], !dotted,
      !tokens[mention.firstToken].spaceBefore,
      mention.scale != nil || isScaleWord(mention.lastToken + 1)
        || (isGluedHyphen(mention.lastToken + 1) && isScaleWord(mention.lastToken + 2))
    {
      return (code, index)
    }
    return nil
  }

  /// Whether a number is glued right after token `index` ("£50m", "USD50"): a sign or code
  /// written so is that number's, not the one before it.
  private func startsGluedNumber(_ index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index + 1].kind == .number && !tokens[index + 1].spaceBefore
  }

  /// Whether token `index` may name a currency (see ``Vocabulary/currencyWords``). A word in
  /// another script is always looked up: upper-casing it may give a code.
  private func mayNameCurrency(_ index: Int) -> Bool {
    !isAbsent(Vocabulary.currencyWords, index)
  }

  /// Whether token `index` is surely not in `table` (an ASCII word it does not hold).
  private func isAbsent(_ table: PackedWordTable<Bool>, _ index: Int) -> Bool {
    if case .absent = table.probe(bytes, tokens[index].start, tokens[index].end) { return true }
    return false
  }

  func isScaleWord(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    if case .scale? = parser.lexicon.word(tokens[index]) { return true }
    return ["B", "M", "bn", "m"].contains(text(tokens[index].start, tokens[index].end))
  }

  /// The exponent of a scale word after a hyphen ("crore", "billion"; "B" and "M" for money).
  private func hyphenScale(at index: Int, isMoney: Bool) -> Int? {
    guard tokens[index].kind == .word else { return nil }
    if case .scale(let exponent)? = parser.lexicon.word(tokens[index]) { return exponent }
    guard isMoney else { return nil }
    switch text(tokens[index].start, tokens[index].end) {
    case "B", "bn": return 9
    case "M", "m": return 6
    default: return nil
    }
  }

  /// Whether token `index` is "U.S." or "US" closing an amount in dollars: a mark of its
  /// currency, with punctuation or "dollars" after it, not the adjective of a noun ("$5
  /// billion U.S. aid").
  private func isUSDollarMark(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].spaceBefore, tokens[index].kind == .word,
      isWord(index, "u.s") || text(tokens[index].start, tokens[index].end) == "US"
    else { return false }
    let next = index + 1
    // "U.S." before a noun or a name is theirs ("$5 billion U.S. aid", "U.S. Steel").
    if isSymbol(next, 0x2E), next + 1 < tokens.count, tokens[next + 1].kind == .word,
      !roles(next + 1).contains(.stopWord)
    {
      return false
    }
    return next >= tokens.count || tokens[next].kind == .punctuation || isWord(next, "dollars")
  }

  /// The first token of "percent", "percents", "percentage" or "per cent" ending at `index`.
  func percentWord(endingAt index: Int) -> Int? {
    if isWord(index, in: Self.percentWords) { return index }
    if isWord(index, "cent"), isWord(index - 1, "per") { return index - 1 }
    return nil
  }

  /// "dollars", "euros", "australian dollars", "swiss francs", "hong kong dollars".
  private func currencyName(at index: Int) -> (String, Int)? {
    let word = lower(index)
    if let code = Vocabulary.currencyNames[word] {
      if word == "pound" || word == "pounds", isWeightPound(at: index) { return nil }
      return (code, index)
    }
    guard let nationality = Vocabulary.currencyNationalities[word] else { return nil }
    var nameIndex = index + 1
    // "hong kong dollars", "new zealand dollars", "sri lankan rupees", "south african rand"
    if word == "hong" || word == "new" || word == "sri" || word == "south" { nameIndex += 1 }
    guard nameIndex < tokens.count, tokens[nameIndex].kind == .word else { return nil }
    let name = lower(nameIndex)
    // The singular's entry for a plural ("kenyan shillings"); an irregular plural has its own.
    guard
      let code = nationality[name]
        ?? (name.hasSuffix("s") ? nationality[String(name.dropLast())] : nil)
    else { return nil }
    return (code, nameIndex)
  }

  // MARK: - Ranges and tallies

  /// The amount that closes a range with `first` ("$4 billion to $5 billion", "4-5", "between 20
  /// and 30"), and the connector's token index.
  private func rangePartner(of first: Amount, mentions: [NumberMention], from index: Int) -> (
    Amount, Int
  )? {
    guard index < mentions.count else { return nil }
    let connector = first.lastToken + 1
    guard connector < tokens.count else { return nil }
    let token = tokens[connector]
    let opener = first.firstToken - 1
    let isDash = token.kind == .dash && (token.scalar == 0x2D || token.scalar == 0x2013)
    let isTilde = token.kind == .punctuation && token.scalar == 0x7E
    let isWordConnector =
      isWord(connector, "to") || isWord(connector, "through")
      || (isWord(connector, "and") && isWord(opener, "between"))
    guard isDash || isTilde || isWordConnector else { return nil }
    // "doubled to 40 million": a word that multiplies is no range's end.
    if isMultiplyingWord(first.mention) { return nil }
    let next = mentions[index]
    var secondStart = connector + 1
    if secondStart < tokens.count, tokens[secondStart].kind == .symbol,
      tokens[secondStart].scalar != 0x25
    {
      secondStart += 1
    }
    if secondStart < tokens.count, tokens[secondStart].kind == .word,
      Vocabulary.dollarPrefixes[lower(secondStart)] != nil,
      secondStart + 1 < tokens.count, tokens[secondStart + 1].kind == .symbol
    {
      secondStart += 2
    }
    if isWord(secondStart, "the"), next.isOrdinal { secondStart += 1 }
    if isLetterSign(at: secondStart, of: next) { secondStart += 1 }  // "and N1,150"
    guard next.firstToken == secondStart else { return nil }
    if first.mention.isYearLike && !isDash && !isWordConnector { return nil }
    let second = amount(for: next, after: connector)
    // "rose 2 % to $ 1.45 billion": a percent and an amount of money are two figures.
    if (first.isPercent && second.currency != nil) || (second.isPercent && first.currency != nil) {
      return nil
    }
    // "fell 42 cents to $81.20", "£5 to €6": amounts in two currencies are two figures, a
    // change and the level it reached or two prices, never one range.
    if let firstCurrency = first.currency, let secondCurrency = second.currency,
      firstCurrency != secondCurrency
    {
      return nil
    }
    // "rose 1.6 percentage points to 33.7%": a change in points, then the level it reached.
    if first.isPercent, second.isPercent,
      first.isPercentagePoint != second.isPercentagePoint
        || first.isBasisPoint != second.isBasisPoint
    {
      return nil  // "added 5bp to 5.01%" too
    }
    if isChangeAndLevel(first, second, connector: connector) { return nil }
    if isPeriodOfLevel(first, second) { return nil }
    if isFractionRestatedAsPercent(first, second) { return nil }
    // A year followed by a two-digit number is a date ("1995-01"), not a range.
    if first.mention.isYearLike && next.end - next.start <= 2 && isDash { return nil }
    if isDash && first.mention.isOrdinal != next.isOrdinal { return nil }
    // "ATHENS, September 18 – Two people died": a dash between digits and a number in words
    // joins a dateline to its sentence; no range is written half in words.
    if isDash, tokens[connector].spaceBefore,
      startsWithDigits(first.mention) != startsWithDigits(next)
    {
      return nil
    }
    return (second, connector)
  }

  /// "backed the Rwanda Bill 320 to 276": after a body that votes, a number followed by "to" and
  /// another is its vote, not its name.
  private func isVoteAfter(_ draft: FigureDraft) -> Bool {
    let after = draft.lastToken + 1
    return isWord(after, "to") && after + 1 < tokens.count && tokens[after + 1].kind == .number
  }

  /// Whether a mention's number is written in digits: its first digit or word, past a sign
  /// ("-5" is in digits, "minus five" and "ten" in words).
  private func startsWithDigits(_ mention: NumberMention) -> Bool {
    for index in mention.firstToken...mention.lastToken {
      if tokens[index].kind == .number { return true }
      if tokens[index].kind == .word, !isWord(index, "minus") { return false }
    }
    return false
  }

  /// Scale, currency and percent written once apply to both ends: "4-5 billion", "$4 to $5 billion".
  private func propagate(_ first: inout Amount, _ second: inout Amount) {
    if first.scale == nil, let scale = second.scale, let exponent = scaleExponent(scale),
      !first.mention.isSpelledOut || first.mention.value < 1000
    {
      first.value = DecimalParts.scaled(first.value, byPowerOfTen: exponent)
      first.scale = scale
    }
    if first.currency == nil, let currency = second.currency {
      first.currency = currency
      first.currencyIsAmbiguous = second.currencyIsAmbiguous
    }
    if second.currency == nil, let currency = first.currency {
      second.currency = currency
      second.currencyIsAmbiguous = first.currencyIsAmbiguous
    }
    if first.quantityUnit == nil, let unit = second.quantityUnit, first.currency == nil {
      first.quantityUnit = unit  // "5-6km", "between 30 and 40C"
    }
    if second.quantityUnit == nil, let unit = first.quantityUnit, second.currency == nil {
      second.quantityUnit = unit  // "magnitude 6 to 7"
    }
    // "2 to 3 percentage points", "25-50bp": the unit written once, for both.
    if second.isPercent && !first.isPercent {
      first.isPercent = true
      first.isPercentagePoint = second.isPercentagePoint
      first.isBasisPoint = second.isBasisPoint
    }
    if first.isPercent && !second.isPercent {
      second.isPercent = true
      second.isPercentagePoint = first.isPercentagePoint
      second.isBasisPoint = first.isBasisPoint
    }
  }

  private func scaleExponent(_ scale: String) -> Int? {
    switch scale.lowercased() {
    case "thousand", "k": return 3
    case "million", "m", "mn", "mln", "mm", "mil": return 6
    case "billion", "bn", "b", "bln", "g": return 9
    case "trillion", "tn", "tln", "t", "tr": return 12
    case "lakh": return 5
    case "crore": return 7
    default: return nil
    }
  }

  private func tally(_ first: Amount, _ second: Amount, connector: Int) -> FigureDraft? {
    let token = tokens[connector]
    guard first.currency == nil, second.currency == nil, !first.isPercent, !second.isPercent,
      first.scale == nil, second.scale == nil, !first.mention.isSpelledOut,
      !second.mention.isSpelledOut, first.quantityUnit == nil, second.quantityUnit == nil
    else { return nil }
    if token.kind == .dash, !token.spaceBefore, !tokens[connector + 1].spaceBefore {
      // "conducted June 3-5": days of a month, not a score.
      if monthBefore(first.firstToken) != nil { return nil }
      // A range runs upward: "2-1 days after" is a score, however a noun follows it.
      if first.value <= second.value, rangeNamesItsOwnNoun(second) { return nil }
      let window = max(0, first.firstToken - 8)...min(tokens.count - 1, second.lastToken + 4)
      guard
        window.contains(where: { isWord($0, in: Vocabulary.tallyWords) })
          || hasAdjacentTallyWord(first: first.firstToken, last: second.lastToken)
          || continuesScoreList(first.firstToken) || isScoreBetweenNames(first, second)
          || isBracketedStatistic(first, second)
          || isSetScoreList(firstToken: first.firstToken)
      else { return nil }
    } else {
      // "The House passed it 218 to 214": "to" between two numbers right after a vote is its
      // split, not a range.
      guard isWord(connector, "to"), !countsPlural(after: second),
        (max(0, first.firstToken - 3)..<first.firstToken).contains(where: {
          isWord($0, in: Vocabulary.voteVerbs)
        })
      else { return nil }
    }
    return tallyDraft(
      from: first.firstToken, start: first.start, through: second.lastToken,
      components: [first.value, second.value])
  }

  /// A tally of `components` spanning tokens `first` (from byte `start`, which a hedge or sign
  /// may put before the token) through `last`: a vote, a score, a ratio.
  func tallyDraft(from first: Int, start: Int, through last: Int, components: [Decimal])
    -> FigureDraft
  {
    var draft = FigureDraft(
      start: start, end: tokens[last].end, firstToken: first, lastToken: last)
    draft.kind = .tally
    draft.components = components
    return draft
  }

  /// The range from `first` to `second`, or nil when they are two figures: a reversed pair
  /// ("$9 billion to $1 billion"), two years ("2026 to 2028" are two dates), or a change ("rose
  /// from 10 to 15", "revised from magnitude 6.7 to 6.9").
  private func range(_ first: Amount, _ second: Amount, connector: Int) -> FigureDraft? {
    if opensClauseWithYears(first, second, connector: connector) { return nil }
    if first.mention.isYearLike, second.mention.isYearLike, first.currency == nil,
      !first.isPercent, first.value >= 1800, second.value <= 2100, !countsPlural(after: second)
    {
      return nil
    }
    if isWord(first.firstToken - 1, "from"), changeVerb(before: first.firstToken - 1) {
      return nil
    }
    // "rose by 5 to 20": the change, then the level it reached.
    if isWord(first.firstToken - 1, "by"), isWord(connector, "to"),
      changeVerb(before: first.firstToken - 1)
    {
      return nil
    }
    // "a half-dozen eggs": half of a dozen, six, not a range from a half to twelve.
    if first.mention.isFraction, tokens[connector].kind == .dash,
      second.firstToken == second.lastToken, isWord(second.firstToken, "dozen")
    {
      var draft = single(first)
      draft.value = first.value * second.value
      draft.end = second.end
      draft.lastToken = second.lastToken
      return draft
    }
    var draft = single(first)
    draft.value = nil
    draft.low = first.value
    draft.high = second.value
    draft.lowInclusive = true
    draft.highInclusive = true
    draft.end = second.end
    draft.lastToken = second.lastToken
    if draft.scale == nil { draft.scale = second.scale }
    if let low = draft.low, let high = draft.high, low > high {
      // "10-3" is not a range; keep the first number alone. "30 to 20" is two numbers.
      return tokens[connector].kind == .dash ? single(first) : nil
    }
    let opener = first.firstToken - 1
    if (isWord(opener, "between") && isWord(connector, "and"))
      || (isWord(opener, "from") && isWord(connector, "to"))
    {
      draft.firstToken = opener
      draft.start = tokens[opener].start
    }
    return draft
  }

  /// Whether a plural noun follows the amount ("1500 to 2000 people" counts people).
  func countsPlural(after amount: Amount) -> Bool {
    guard let noun = nounPhrase(after: amount.lastToken) else { return false }
    return lower(noun.upperBound - 1).hasSuffix("s")
      || FigureRecognizer.irregularPlurals.contains(lower(noun.upperBound - 1))
  }

  private func single(_ amount: Amount) -> FigureDraft {
    var draft = FigureDraft(
      start: amount.start, end: amount.end, firstToken: amount.firstToken,
      lastToken: amount.lastToken)
    readSingle(amount, into: &draft)
    return draft
  }

  /// Makes `draft` the one-amount figure ``single(_:)`` returns. The recognizer's loop writes
  /// its draft in place: a draft returned, even inlined, was copied into it and then freed.
  @inline(__always)
  private func readSingle(_ amount: Amount, into draft: inout FigureDraft) {
    draft = FigureDraft(
      start: amount.start, end: amount.end, firstToken: amount.firstToken,
      lastToken: amount.lastToken)
    draft.value = amount.value
    draft.scale = amount.scale
    if let currency = amount.currency {
      draft.kind = .money
      draft.unit = currency
      draft.unitIsAmbiguous = amount.currencyIsAmbiguous
    } else if amount.isPercent {
      draft.kind = .percent
      draft.unit =
        amount.isBasisPoint
        ? "basis_point" : amount.isPercentagePoint ? "percentage_point" : "percent"
    } else if let unit = amount.quantityUnit {
      draft.kind = UnitTable.gluedTimeUnits.contains(unit) ? .duration : .quantity
      draft.unit = unit
      draft.unitIsAmbiguous = UnitTable.units[unit]?.isAmbiguous ?? false
    } else if amount.mention.isOrdinal {
      draft.kind = .ordinal
    }
    if let low = amount.mention.vagueLow, let high = amount.mention.vagueHigh {
      draft.value = nil
      draft.low = low
      draft.lowInclusive = true
      draft.high = high
      draft.highInclusive = false
      draft.qualifier = .approx
      draft.hedge = text(amount.mention.start, amount.mention.end)
    }
  }

  // MARK: - Hedges

  /// "larger than 20 and less or equal than 35", "above 1000 and below 1500", "at most 100 and
  /// at least 20": a lower and an upper bound joined by "and", "but" or a comma are one range.
  private func joinBounds(_ drafts: [FigureDraft]) -> [FigureDraft] {
    var result: [FigureDraft] = []
    for draft in drafts {
      guard var previous = result.last, previous.kind == draft.kind, previous.value != nil,
        draft.value != nil, draft.lastToken > previous.lastToken,
        draft.firstToken == previous.lastToken + 2,
        isWord(previous.lastToken + 1, "and") || isWord(previous.lastToken + 1, "but")
          || isSymbol(previous.lastToken + 1, 0x2C)
      else {
        result.append(draft)
        continue
      }
      let lower = previous.low != nil && previous.high == nil ? previous : draft
      let upper = previous.low != nil && previous.high == nil ? draft : previous
      guard lower.low != nil, lower.high == nil, upper.high != nil, upper.low == nil,
        let low = lower.low, let high = upper.high, low < high
      else {
        result.append(draft)
        continue
      }
      previous.value = nil
      previous.low = low
      previous.lowInclusive = lower.lowInclusive
      previous.high = high
      previous.highInclusive = upper.highInclusive
      previous.qualifier = nil
      previous.hedge = nil
      previous.extendEnd(to: draft)
      result[result.count - 1] = previous
    }
    return result
  }

  /// Adds the hedge before the figure ("about", "at least", "more than") and after it ("or more",
  /// "-plus"), widening the span and setting the bounds.
  func applyHedges(to draft: inout FigureDraft, after limit: Int) {
    var start = draft.firstToken
    // "within “24 hours”": an opening quote between the hedge and the figure; the hedge counts,
    // the span stays inside the quote.
    var quoted = false
    if start - 2 > limit, start >= 2, tokens[start - 1].kind == .punctuation,
      [0x201C, 0x22, 0x2018].contains(tokens[start - 1].scalar), tokens[start - 2].kind == .word
    {
      start -= 1
      quoted = true
    }
    // "up to a 30% lower risk": an article between the hedge and a percentage.
    let throughArticle =
      !quoted && isArticleAfterHedge(kind: draft.kind, start: start, limit: limit)
    if throughArticle { start -= 1 }
    // "at least another 400": a word that adds to a number given before, after the hedge.
    let additive = quoted || throughArticle ? 0 : additiveWords(before: start, limit: limit)
    start -= additive
    let throughDeterminer = throughArticle || additive > 0
    // Only hedges whose last word is the word right before the figure can match.
    let candidates: [([String], Qualifier)]
    if start - 1 > limit, start >= 1 {
      candidates = leadingHedges(endingAt: start - 1)
    } else {
      candidates = []
    }
    for (words, qualifier) in candidates {
      let first = start - words.count
      guard first > limit, first >= 0 else { continue }
      var matches = true
      for (offset, word) in words.enumerated() {
        let index = first + offset
        let token = tokens[index]
        // A word is compared from its bytes: most hedge words asked about are not the token's.
        let same =
          token.kind == .word
          ? parser.lowercasedEquals(token.start, token.end, word)
          : text(token.start, token.end) == word
        if !same {
          matches = false
          break
        }
      }
      guard matches else { continue }
      if throughDeterminer, !Vocabulary.hedgesBeforeArticle.contains(words) { continue }
      // "reports about another 30 deaths", "came close to another 40 homes": before an additive
      // word these may be a topic's or a place's preposition; only plain bounds are read.
      if additive > 0,
        Vocabulary.topicPrepositionHedges.contains(words) || words == ["close", "to"]
      {
        continue
      }
      // "worry about a 5% rise": "about" names the topic of the word before it.
      if throughDeterminer, Vocabulary.topicPrepositionHedges.contains(words), first > 0,
        isWord(first - 1, in: Vocabulary.topicGoverningWords)
      {
        continue
      }
      // "sales rose 5% this year over 2018": "over" before a year compares with it.
      if words.count == 1, words[0] == "over", isYearShaped(draft.firstToken),
        draft.firstToken == draft.lastToken,
        draft.lastToken + 1 >= tokens.count || tokens[draft.lastToken + 1].kind != .word
          || roles(draft.lastToken + 1).contains(.stopWord)
      {
        continue
      }
      // "in some 2019 races", "at some 7-Eleven stores", "at some 24-hour stores": "some"
      // before a year, a name or a compound is "certain", no hedge.
      if words.count == 1, words[0] == "some", draft.kind != .money,
        draft.kind == .date || isYearShaped(draft.firstToken)
          || isGluedHyphen(draft.firstToken + 1) && draft.firstToken + 2 < tokens.count
            && tokens[draft.firstToken + 2].kind == .word
      {
        continue
      }
      if Self.comparisonSigns.contains(words[0]) {
        // "<>30", "=>30" are not bounds; "x>10" compares a variable, not a news figure (but
        // "p<0.001" bounds a p-value).
        let previous = first - 1
        if previous >= 0, !tokens[first].spaceBefore {
          if [0x3C, 0x3E, 0x3D].contains(tokens[previous].scalar) { continue }
          if tokens[previous].kind == .word && !readsComparisons && !isPValue(previous) { continue }
        }
      }
      // "ticked up to 4.0%", "was revised up to 3.1%": "up" belongs to the verb, and the number
      // is where the value went, not a ceiling.
      if words == ["up", "to"], first > 0, isWord(first - 1, in: Vocabulary.upParticleVerbs) {
        continue
      }
      // "moves Ireland up to fourth", "moved it up to 3%": the verb's object between.
      if words == ["up", "to"], isMovedObject(first - 1) { continue }
      // "passed 24,000" bounds a count or an amount, not a vote ("passed 91-12") or a time
      // ("passed 10 years ago").
      if draft.kind == .tally { continue }
      // "$400 billion over 30 years", "grew 5% over a decade": right after another figure,
      // "over" is the period the figure spans, not "more than".
      if words == ["over"], limit >= 0, first - 1 == limit, nextIsTimeUnit(draft) { continue }
      if words == ["over"], nextIsTimeUnit(draft),
        isSpanAfterOfPhrase(over: first, limit: limit)
          || isSpanAfterChangeNoun(over: first, limit: limit)
      {
        continue
      }
      // "jailed over £2.3m fraud", "a row over 500 jobs", "jailed for eight years over £2.3m":
      // "over" gives the cause, not a lower bound.
      if words == ["over"], first > 0,
        isWord(first - 1, in: Vocabulary.causeBeforeOver)
          || (first - 1 == limit && isWord(first - 1, in: ["years", "months", "weeks", "days"])),
        !isBoundOnPartitiveObject(over: first, figureEnd: draft.lastToken)
      {
        continue
      }
      if ["passed", "passes", "surpassed", "topped", "exceeded"].contains(words[0]),
        nextIsTimeUnit(draft)
      {
        continue
      }
      if words == ["past"], isPastNoBound(draft, past: first) { continue }
      if words == ["top"], !isCrossingTop(first) { continue }
      setQualifier(&draft, qualifier, hedge: text(tokens[first].start, tokens[start - 1].end))
      if !quoted {
        draft.firstToken = first
        draft.start = tokens[first].start
      }
      break
    }
    var isEquality = false
    if readsComparisons, draft.qualifier == nil, draft.value != nil,
      let first = equalityStart(before: start), first > limit
    {
      // "equal to 20", "equals 20", "Equaling to 20": the interval [20, 20].
      draft.low = draft.value
      draft.high = draft.value
      draft.lowInclusive = true
      draft.highInclusive = true
      draft.hedge = text(tokens[first].start, tokens[start - 1].end)
      draft.firstToken = first
      draft.start = tokens[first].start
      isEquality = true
    }
    // Trailing hedges: "or more", "or so", "or less", "and more", "-plus", "+".
    let after = draft.lastToken + 1
    if isWord(after, "or") || isWord(after, "and"), after + 1 < tokens.count {
      let word = lower(after + 1)
      let trailing = Vocabulary.trailingHedges
      // "5000 or less than 6000" is two figures, not "5000 or less".
      let comparesOnward = isWord(after + 2, "than") && startsNumber(after + 3)
      if let qualifier = trailing[word], qualifier != .approx || isWord(after, "or"),
        draft.qualifier == nil || draft.qualifier == .approx || isEquality, !comparesOnward
      {
        // A bound after the number outweighs "about" (dropped) or "equal to" before it.
        if draft.qualifier == .approx {
          draft.firstToken = start
          draft.start = tokens[start].start
        }
        draft.low = nil
        draft.high = nil
        draft.lowInclusive = nil
        draft.highInclusive = nil
        setQualifier(&draft, qualifier, hedge: lower(after) + " " + word)
        draft.lastToken = after + 1
        draft.end = tokens[after + 1].end
        if readsComparisons, isWord(after + 2, "than"), !startsNumber(after + 3) {
          draft.lastToken = after + 2  // "200 or greater than"
          draft.end = tokens[after + 2].end
        }
      } else if readsComparisons, isWord(after, "or"), isWord(after + 1, "equal"),
        draft.qualifier == .moreThan || draft.qualifier == .lessThan, !startsNumber(after + 2),
        !startsNumber(after + 3)
      {
        // "more than 5000 or equal to", "less than 5000 or equal".
        if draft.qualifier == .moreThan {
          draft.lowInclusive = true
        } else {
          draft.highInclusive = true
        }
        draft.lastToken = isWord(after + 2, "to") ? after + 2 : after + 1
        draft.end = tokens[draft.lastToken].end
      }
    } else if isGluedHyphen(after), isWord(after + 1, "plus"), draft.qualifier == nil {
      setQualifier(&draft, .atLeast, hedge: "-plus")
      draft.lastToken = after + 1
      draft.end = tokens[after + 1].end
    } else if after < tokens.count, tokens[after].scalar == 0x2B, !tokens[after].spaceBefore,
      draft.qualifier == nil
    {
      setQualifier(&draft, .atLeast, hedge: "+")
      draft.lastToken = after
      draft.end = tokens[after].end
    }
  }

  /// The leading hedges whose last word is token `index`. A word or sign is read from its bytes
  /// (no String made); a number token (whose glued letters keep their case), or a word the table
  /// cannot pack, as before from its String.
  private func leadingHedges(endingAt index: Int) -> [([String], Qualifier)] {
    let token = tokens[index]
    if token.kind != .number {
      switch Self.leadingHedgeTable.probe(bytes, token.start, token.end) {
      case .found(let hedges): return hedges
      case .absent: return []
      case .unpacked: break
      }
    }
    guard !isAbsent(Vocabulary.leadingHedgeLastWords, index) else { return [] }
    let last = token.kind == .word ? lower(index) : text(token.start, token.end)
    return Vocabulary.leadingHedgesByLastWord[last] ?? []
  }

  /// ``Vocabulary/leadingHedgesByLastWord`` looked up from a token's bytes.
  private static let leadingHedgeTable = PackedWordTable(Vocabulary.leadingHedgesByLastWord)

  /// Whether a number starts at token `index`.
  private func startsNumber(_ index: Int) -> Bool {
    guard index < tokens.count else { return false }
    return tokens[index].kind == .number || isNumberWord(index)
      || (tokens[index].kind == .dash && index + 1 < tokens.count
        && tokens[index + 1].kind == .number)
  }

  /// Where "equal to", "equals (to)" or "equaling to" begins, right before token `index`.
  private func equalityStart(before index: Int) -> Int? {
    if isWord(index - 1, "to"), isWord(index - 2, in: ["equal", "equals", "equaling"]) {
      return index - 2
    }
    return isWord(index - 1, "equals") ? index - 1 : nil
  }

  func nextIsTimeUnit(_ draft: FigureDraft) -> Bool {
    let next = draft.lastToken + 1
    return next < tokens.count && tokens[next].kind == .word && timeUnit(at: next) != nil
  }

  func setQualifier(_ draft: inout FigureDraft, _ qualifier: Qualifier, hedge: String) {
    draft.qualifier = qualifier
    draft.hedge = hedge
    guard let value = draft.value else { return }
    switch qualifier {
    case .approx: break
    case .atLeast:
      draft.low = value
      draft.lowInclusive = true
    case .moreThan:
      draft.low = value
      draft.lowInclusive = false
    case .atMost:
      draft.high = value
      draft.highInclusive = true
    case .lessThan:
      draft.high = value
      draft.highInclusive = false
    }
  }

  // MARK: - Units and kinds

  /// Decides counts, durations, ordinals and dates, and what a count counts.
  private func applyUnit(to draft: inout FigureDraft, mention: NumberMention) {
    // (A date here is a split year, "2023-24", read whole before its unit; a duration with its
    // unit glued on, "10ms", "30min", keeps it: "a 10ms delay" counts no delays.)
    guard draft.kind != .money, draft.kind != .percent, draft.kind != .tally,
      draft.kind != .quantity, draft.kind != .date, draft.kind != .duration || draft.unit == nil
    else {
      draft.nounTokens = nounPhrase(after: draft.lastToken)
      return
    }
    if isMultiple(mention) {
      draft.unit = "times"  // "1.5x book value"
      draft.nounTokens = nounPhrase(after: draft.lastToken)
      return
    }
    var next = draft.lastToken + 1
    // Quantities: "10 km", "41,800 megawatts", "44 degrees", "40 km per hour", "6.7-magnitude".
    if draft.kind == .count || draft.kind == .other {
      var unitStart = next
      if isGluedHyphen(next), isWord(next + 1, "magnitude") { unitStart = next + 1 }
      // "a 60-metre section", "the 6.4-km route": a measure that describes the noun after it
      // (not "a 360-degree turn": an angle).
      if isGluedHyphen(next), let (unit, _) = writtenUnit(at: next + 1), unit != "degree",
        // "a 500-pound rise", "a 2,000-pound bomb": money's or a weight's, as the house says.
        unit != "lb"
      {
        unitStart = next + 1
      }
      // "6.1 on the Richter scale": the scale named after the number is a magnitude.
      if isWord(next, "on"), isWord(next + 1, "the"), isWord(next + 2, "richter") {
        draft.kind = .quantity
        draft.unit = "magnitude"
        draft.lastToken = isWord(next + 3, "scale") ? next + 3 : next + 2
        draft.end = tokens[draft.lastToken].end
        return
      }
      if readQuakeMagnitude(&draft, mention: mention) { return }
      if let (unit, last) = writtenUnit(at: unitStart) {
        draft.kind = .quantity
        draft.unit = unit
        draft.unitIsAmbiguous = UnitTable.units[unit]?.isAmbiguous ?? false
        draft.lastToken = last
        draft.end = tokens[last].end
        draft.nounTokens = nounPhrase(after: last)
        return
      }
    }
    if let (decade, last) = spelledDecade(mention), draft.low == nil, draft.high == nil {
      draft.kind = .date
      draft.value = nil
      draft.unit = nil
      draft.date = decade
      draft.lastToken = last
      draft.end = tokens[last].end
      draft.nounTokens = nil
      return
    }
    if let decade = decadeDate(mention), draft.low == nil, draft.high == nil {
      draft.kind = .date
      draft.value = nil
      draft.date = decade
      return
    }
    // Dates: "Oct. 14", "October 14, 2025", "February 2025", "14 October".
    if let monthStart = monthBefore(mention.firstToken) ?? monthBeforeCommaAndYear(mention),
      draft.qualifier == nil
    {
      let isDay = !mention.isSpelledOut && DecimalParts.isBetween(mention.value, 1, 31)
      if isDay || mention.isYearLike {
        let month = Vocabulary.months[lower(monthStart)]!
        draft.kind = .date
        draft.unit = nil
        draft.value = nil
        draft.firstToken = monthStart
        draft.start = tokens[monthStart].start
        if mention.isYearLike {
          draft.date = FigureRecognizer.isoDate(year: mention.value, month: month)
        } else {
          draft.date = FigureRecognizer.isoDate(month: month, day: mention.value)
          if let (yearToken, year) = yearAfterMonthAndDay(draft.lastToken) {
            draft.lastToken = yearToken
            draft.end = tokens[yearToken].end
            draft.date = FigureRecognizer.isoDate(year: year, month: month, day: mention.value)
          }
        }
        return
      }
    }
    if !mention.isSpelledOut, DecimalParts.isBetween(mention.value, 1, 31),
      readDate(&draft, day: mention.value, monthAt: next)
    {
      return
    }
    if readDayOfMonth(&draft, mention: mention) { return }
    if readQuarter(&draft, mention: mention) { return }
    if readPointFraction(&draft, mention: mention) { return }
    // "half an hour", "a quarter of an hour" is rarer: the article before the unit. A share
    // written "one in six" takes no unit so: "one in six a decade ago" is a share then.
    if mention.isFraction, draft.value != nil, next + 1 < tokens.count,
      !(mention.firstToken...mention.lastToken).contains(where: {
        isWord($0, "in") || isWord($0, "out")
      }),
      case .article? = parser.lexicon.word(tokens[next]),
      tokens[next + 1].kind == .word, let unit = timeUnit(at: next + 1),
      !lower(next + 1).hasSuffix("s")
    {
      draft.kind = .duration
      draft.unit = unit
      draft.lastToken = next + 1
      draft.end = tokens[next + 1].end
      draft.nounTokens = nounPhrase(after: next + 1)
      return
    }
    // Durations: "five hours", "almost four years", "four-year-old", "24-hour".
    var compound = false
    if isGluedHyphen(next) {
      compound = true
      next += 1
    }
    if next < tokens.count, tokens[next].kind == .word, let unit = timeUnit(at: next),
      !(draft.kind == .ordinal && !compound)
    {
      let timeWord = lower(next)
      if timeWord == "second" && mention.isOrdinal { return }
      draft.kind = draft.kind == .ordinal ? .ordinal : .duration
      draft.unit = unit
      draft.lastToken = next
      draft.end = tokens[next].end
      if compound, isGluedHyphen(next + 1), isWord(next + 2, in: ["old", "long"]) {
        draft.lastToken = next + 2
        draft.end = tokens[next + 2].end
      }
      draft.nounTokens = nounPhrase(after: draft.lastToken)
      if draft.kind == .ordinal { draft.unit = timeWord }
      return
    }
    if compound, next < tokens.count, tokens[next].kind == .word, draft.kind != .ordinal {
      // "20-point plan": a count of points, describing a plan.
      let noun = lower(next)
      guard noun.first?.isLetter == true, !Vocabulary.stopWords.contains(noun) else { return }
      if let multiple = Vocabulary.multipleWords[noun] {
        // "a 10-fold rise": a multiple, counted in times as "ten times" is.
        draft.unit = multiple
      } else {
        draft.unit = noun.hasSuffix("s") ? noun : noun + "s"
        draft.compoundUnit = draft.unit
      }
      draft.lastToken = next
      draft.end = tokens[next].end
      draft.nounTokens = nounPhrase(after: next)
      return
    }
    // A lone year.
    if mention.isYearLike, draft.qualifier == nil, draft.low == nil {
      let noun = nounPhrase(after: draft.lastToken)
      // "2000 people": an irregular plural is a plural too.
      let plural =
        noun.map {
          lower($0.upperBound - 1).hasSuffix("s")
            || FigureRecognizer.irregularPlurals.contains(lower($0.upperBound - 1))
        } ?? false
      if !plural || isYearModifier(mention) || isTimePhraseYear(mention)
        || isSecondYearOfPair(mention)
      {
        draft.kind = .date
        draft.date = FigureRecognizer.isoDate(year: mention.value)
        draft.value = nil
        draft.nounTokens = noun
        return
      }
    }
    // "one in four", "two-thirds of": a share, whatever it is a share of.
    let isShare = mention.isFraction && (draft.value.map { $0 > 0 && $0 < 1 } ?? false)
    if isShare { draft.unit = "fraction" }
    guard let noun = nounPhrase(after: draft.lastToken) else { return }
    if !isShare, draft.kind == .count, isVerbAfterCount(noun, value: draft.value) { return }
    draft.nounTokens = noun
    if isShare { return }
    draft.unit = lower(noun.upperBound - 1)
    if draft.kind == .ordinal { draft.unit = lower(noun.upperBound - 1) }
    if let low = mention.vagueLow, draft.value == nil, low > 0, isWord(noun.lowerBound - 1, "of") {
      draft.unit = lower(noun.upperBound - 1)
    }
  }

  /// The unit of measurement written from token `index` (one to three tokens, longest first),
  /// canonical, and its last token.
  func writtenUnit(at index: Int) -> (String, Int)? {
    guard index < tokens.count, tokens[index].kind != .number, tokens[index].kind != .dash,
      UnitTable.mayStartWritten(bytes[tokens[index].start]),
      tokens[index].kind != .word || mayStartWrittenUnit(index)
    else {
      return nil
    }
    for length in stride(from: UnitTable.longestWritten, through: 1, by: -1) {
      let last = index + length - 1
      guard last < tokens.count else { continue }
      if let unit = unitNamed(tokens[index].start, tokens[last].end) {
        // "pound" is money and "a 10 ft" is fine, but "degrees of freedom" is not a temperature.
        if unit == "degree", isWord(last + 1, "of") { return nil }
        return (unit, last)
      }
    }
    return nil
  }

  /// The unit ``UnitTable/written`` names by the text `bytes[start..<end]` (lower-cased), read
  /// from the bytes when they are short ASCII: most spans asked about name none, and make no
  /// String.
  func unitNamed(_ start: Int, _ end: Int) -> String? {
    switch Self.writtenUnitTable.probe(bytes, start, end) {
    case .found(let unit): return unit
    case .absent: return nil
    case .unpacked: return UnitTable.written[parser.lowercased(start, end)]
    }
  }

  private static let writtenUnitTable = PackedWordTable(UnitTable.written)

  /// The unit of time word token `index` names, canonical ("hours": "hour"), or nil.
  func timeUnit(at index: Int) -> String? {
    if isSecondsSymbol(index) { return "second" }
    switch Self.timeUnitTable.probe(bytes, tokens[index].start, tokens[index].end) {
    case .found(let unit):
      // Words match in any case, but "MS" and "Ms" are a disease and a title.
      if unit == "millisecond", tokens[index].end - tokens[index].start == 2,
        bytes[tokens[index].start] != 0x6D || bytes[tokens[index].start + 1] != 0x73
      {
        return nil
      }
      return unit
    case .absent: return nil
    case .unpacked: return Vocabulary.timeUnits[lower(index)]
    }
  }

  /// Whether token `index` is the SI symbol of seconds written apart from its number, as
  /// scientific and technical copy writes it ("T+148 s", "a 9.6 s run"): a lower-case "s" alone,
  /// a space after a number. Glued, "1990s" is a decade (``NumberParser``); after a word, "s" is
  /// something else.
  private func isSecondsSymbol(_ index: Int) -> Bool {
    index > 0 && tokens[index].end - tokens[index].start == 1 && bytes[tokens[index].start] == 0x73
      && tokens[index].spaceBefore && tokens[index - 1].kind == .number
      && !tokens[index - 1].hasSuffix
      && (index + 1 == tokens.count || tokens[index + 1].kind != .word
        || tokens[index + 1].spaceBefore)
  }

  /// The month word token `index` names, or nil.
  func monthNumber(at index: Int) -> Int? {
    switch Self.monthTable.probe(bytes, tokens[index].start, tokens[index].end) {
    case .found(let month): return month
    case .absent: return nil
    case .unpacked: return Vocabulary.months[lower(index)]
    }
  }

  /// ``Vocabulary/timeUnits`` and ``Vocabulary/months`` looked up from a token's bytes.
  private static let timeUnitTable = PackedWordTable(Vocabulary.timeUnits)
  private static let monthTable = PackedWordTable(Vocabulary.months)

  /// Whether word token `index` is the first word of a written unit.
  private func mayStartWrittenUnit(_ index: Int) -> Bool {
    switch UnitTable.firstWordTable.probe(bytes, tokens[index].start, tokens[index].end) {
    case .found: return true
    case .absent: return false
    case .unpacked: return UnitTable.firstWords.contains(lower(index))
    }
  }

  /// ISO 8601 for as much of a date as is known: "2022", "2025-02", "--10-14", "2025-10-14".
  static func isoDate(year: Decimal? = nil, month: Int? = nil, day: Decimal? = nil) -> String {
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    let yearText = year.map { "\(NSDecimalNumber(decimal: $0).intValue)" }
    let dayNumber = day.map { NSDecimalNumber(decimal: $0).intValue }
    switch (yearText, month, dayNumber) {
    case (let year?, let month?, let day?): return "\(year)-\(two(month))-\(two(day))"
    case (let year?, let month?, nil): return "\(year)-\(two(month))"
    case (nil, let month?, let day?): return "--\(two(month))-\(two(day))"
    case (let year?, nil, _): return year
    default: return ""
    }
  }

  /// The month word (and its dot) right before `index`, if any: its token index.
  private func monthBefore(_ index: Int) -> Int? {
    var position = index - 1
    if position >= 0, isSymbol(position, 0x2E) { position -= 1 }
    guard position >= 0, tokens[position].kind == .word, tokens[position].isCapitalized,
      roles(position).contains(.month)
    else { return nil }
    if lower(position) == "may", position + 1 == index,
      isWord(position - 1, in: ["i", "we", "you", "they", "he", "she", "it"])
    {
      return nil
    }
    return position
  }

  /// The words right after `index` that name what a number counts: adjectives and nouns up to
  /// the first function word or punctuation, at most three ("apartment buildings").
  /// Whether word token `index` is an acronym in capitals that spells a stop word ("US", "IT",
  /// "WHO") before a lower-case noun it modifies ("44 US states", "2,000 IT workers"); in a
  /// line of capitals ("TOLL RISES TO 150 IN US") it is the word.
  private func isAcronymBeforeNoun(_ index: Int) -> Bool {
    isCapitalCode(index) && index + 1 < tokens.count && tokens[index + 1].kind == .word
      && !tokens[index + 1].isCapitalized
      && !(index >= 1 && (isCapitalCode(index - 1) || isAllCapitals(index - 1)))
  }

  func nounPhrase(after index: Int) -> Range<Int>? {
    var position = index + 1
    if isWord(position, "of"), tokens.indices.contains(position + 1) {
      position += 1
      // "Nine of the dead", "three of its offices": the partitive's noun.
      if isWord(position, in: Self.partitiveArticles),
        tokens.indices.contains(position + 1)
      {
        position += 1
      }
    }
    // "20 new Airbus jets", "3 more Brazilian players": an adjective of number before what is
    // counted, skipped so that the noun after it (even a name) is read.
    let adjective = countedNounAdjective(at: position)
    if adjective != nil { position += 1 }
    let start = position
    var words = 0
    while position < tokens.count, words < 3 {
      words += 1
      let token = tokens[position]
      guard token.kind == .word else { break }
      let wordRoles = roles(position)
      if wordRoles.contains(.stopWord) && !isAcronymBeforeNoun(position)
        || wordRoles.contains(.month) && token.isCapitalized
      {
        break
      }
      // "5% in Q3": a reporting period, like a month, is when, not what.
      if token.isCapitalized, token.end - token.start <= 6,
        token.head == 0x71 || token.head == 0x68 || token.head == 0x66, periodCode(token) != nil
      {
        break
      }
      // An ASCII word is read from its bytes (no String); any other from its lower-cased form.
      let ascii = isASCII(position)
      let word = ascii ? "" : lower(position)
      func ends(_ index: Int, _ suffix: StaticString) -> Bool {
        ascii ? asciiWordEnds(index, suffix) : wordEnds(index, suffix, word)
      }
      let characters = ascii ? token.end - token.start : word.characterCount
      // "down from 167 five years ago": a number word starts another figure, whose noun it is.
      if position == start, token.isTrigger, isCardinalWord(position) { break }
      if position == start && wordRoles.contains(.nonNoun) {
        let isTimesOrPoints =
          ascii
          ? parser.lowercasedEquals(token.start, token.end, "times")
            || parser.lowercasedEquals(token.start, token.end, "points")
          : word == "times" || word == "points"
        if !isTimesOrPoints { break }
      }
      if position > start && ends(position, "ed") { break }
      // "1,204 received the drug": a past tense with its object is the verb, no counted noun;
      // so is one with its particle ("23,000 walked out", "5,000 turned up").
      if position == start, ends(position, "ed"),
        isWord(position + 1, in: ["the", "a", "an", "their", "its", "his", "her", "our"])
          || isWord(position + 1, in: Vocabulary.verbParticles)
      {
        break
      }
      if ends(position, "ly") && characters > 4 { break }
      if wordRoles.contains(.scopeAdverb) { break }
      if position > start, token.isCapitalized, !tokens[position - 1].isCapitalized { break }
      if adjective != nil, position == start, token.isCapitalized, position + 1 < tokens.count,
        tokens[position + 1].kind == .word, !roles(position + 1).contains(.stopWord)
      {
        // "new Airbus jets": the name before the counted noun is one of its modifiers.
        position += 1
        continue
      }
      position += 1
      // "full-scale invasion": a hyphenated modifier is one word.
      if isGluedHyphen(position), position + 1 < tokens.count, tokens[position + 1].kind == .word {
        position += 2
        continue
      }
      // A plural noun is the head of what is counted: "sides see it", "regions Russia occupies".
      // (`word` is the token just passed.)
      let possessive = ends(position - 1, "’s") || ends(position - 1, "'s")
      if !possessive
        && (characters > 3 && ends(position - 1, "s") && !ends(position - 1, "ss")
          || isIrregularPlural(position - 1, ascii: ascii, word))
      {
        break
      }
    }
    guard position > start else { return nil }
    return (adjective ?? start)..<position
  }

  /// Token `index` when it is an adjective of number ("new", "more", "other") followed by a word.
  private func countedNounAdjective(at index: Int) -> Int? {
    guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index + 1].kind == .word,
      isWord(index, in: Vocabulary.countedNounAdjectives)
    else { return nil }
    return index
  }

  /// Whether token `index` is a cardinal number word ("five", "twenty", "hundred", "dozen").
  func isCardinalWord(_ index: Int) -> Bool {
    switch parser.lexicon.word(tokens[index]) {
    case .unit?, .tens?, .hundred?, .dozen?: return true
    default: return false
    }
  }

  /// Whether token `index` is all ASCII, where bytes and characters agree.
  func isASCII(_ index: Int) -> Bool {
    UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end])
      .allSatisfy { $0 < 0x80 }
  }

  /// Whether the ASCII word of token `index` ends with `suffix`, in any case.
  private func asciiWordEnds(_ index: Int, _ suffix: StaticString) -> Bool {
    let token = tokens[index]
    let length = suffix.utf8CodeUnitCount
    guard token.end - token.start >= length else { return false }
    let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: length)
    for offset in 0..<length {
      let byte = bytes[token.end - length + offset]
      if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != tail[offset] { return false }
    }
    return true
  }

  /// Whether token `index` (lower-cased `word` when it is not ASCII) is an irregular plural.
  private func isIrregularPlural(_ index: Int, ascii: Bool, _ word: String) -> Bool {
    guard ascii else { return FigureRecognizer.irregularPlurals.contains(word) }
    switch FigureRecognizer.irregularPluralTable.probe(
      bytes, tokens[index].start, tokens[index].end)
    {
    case .found: return true
    case .absent: return false
    case .unpacked: return FigureRecognizer.irregularPlurals.contains(lower(index))
    }
  }

  /// Whether `word`, the lower-cased word of token `index`, ends with `suffix`: read from the
  /// token's bytes when they are ASCII (where bytes and characters agree), else from `word`.
  private func wordEnds(_ index: Int, _ suffix: StaticString, _ word: String) -> Bool {
    let token = tokens[index]
    let length = suffix.utf8CodeUnitCount
    let letters = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    guard letters.allSatisfy({ $0 < 0x80 }) else { return word.hasSuffix("\(suffix)") }
    guard letters.count >= length else { return false }
    let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: length)
    for offset in 0..<length {
      let byte = letters[letters.count - length + offset]
      if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != tail[offset] { return false }
    }
    return true
  }

  /// ``irregularPlurals`` looked up from a token's bytes.
  private static let irregularPluralTable = PackedWordTable(
    Dictionary(uniqueKeysWithValues: irregularPlurals.map { ($0, true) }))

  /// "Nine of the dead", "three of its offices": the words between "of" and the noun.
  private static let partitiveArticles = ["the", "its", "their", "these", "those"]

  static let irregularPlurals: Set<String> = [
    "people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle",
  ]

  // MARK: - Not measurements

  /// Whether the "No." at `sign` ranks: a word of ranking before it ("ranks No. 14", "the
  /// world No. 1"), a move up or down a table ("up from No. 17", "slipped to No. 9"), or
  /// "among" after its number ("No. 88 among public universities"). Not "case No. 2291",
  /// "signal No. 4", "the No. 9 bus" or "at No. 10" (Downing Street).
  func isRankAfterNumberSign(_ sign: Int) -> Bool {
    if isWord(sign - 1, in: Vocabulary.rankLeadWords) { return true }
    if isWord(sign - 1, "from") || isWord(sign - 1, "to"),
      isWord(sign - 2, in: Vocabulary.rankMoveWords)
    {
      return true
    }
    return isWord(sign + 3, "among")
  }

  /// Whether token `index` is four plain digits from 1800 to 2099: a year by its shape.
  func isYearShaped(_ index: Int) -> Bool {
    isPlainDigits(index) && tokens[index].end - tokens[index].start == 4 && isYearDigits(index)
  }

  /// Names, page furniture and identifiers are not figures: "Air Force One", "World War 2",
  /// "6 View gallery", "Article 5", phone numbers.
  private func isMeasurement(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let previous = first - 1
    // "Resolution 2334", "Flight 1549", "see page 1042": a number that looks like a year, after
    // a designator that numbers things, is an identifier and no date.
    if draft.kind == .date, previous >= 0, draft.firstToken == first, mention.isYearLike,
      tokens[previous].kind == .word,
      tokens[previous].isCapitalized || isWord(previous, "no")
        || isWord(previous, in: Vocabulary.lowercaseDesignators) && isDesignatorNoun(previous),
      Vocabulary.numberingDesignators.contains(lower(previous))
    {
      return false
    }
    // "cat. no. 6401.0", "Case No. 2291": a number after the abbreviation "No." is its number
    // (capitalized, or after another abbreviation). A rank keeps it: "ranks No. 14", "up from
    // No. 17", "the world No. 1" (a lower-case word before "No." that numbers nothing).
    if draft.firstToken == first, previous >= 1, isSymbol(previous, 0x2E),
      !tokens[previous].spaceBefore, isWord(previous - 1, in: Vocabulary.numberAbbreviations),
      tokens[previous - 1].isCapitalized || isSymbol(previous - 2, 0x2E),
      !isRankAfterNumberSign(previous - 1)
    {
      return false
    }
    // "flight SK 417", "Flight BA 2490": an operator's code between a designator and a number.
    if draft.firstToken == first, previous >= 1, isCapitalCode(previous),
      tokens[previous - 1].kind == .word, Vocabulary.designators.contains(lower(previous - 1))
    {
      return false
    }
    if previous >= 0, tokens[previous].kind == .word, draft.kind != .money, draft.kind != .date,
      draft.firstToken == first
    {
      // A capitalized number word after a capitalized word: part of a name.
      if tokens[first].kind == .word, tokens[first].isCapitalized, tokens[previous].isCapitalized,
        !isShoutedNumberWord(first)
      {
        return false
      }
      // (The word is made only for the capitalized words and abbreviations asked about.)
      if tokens[previous].isCapitalized || isWord(previous, "no") || isWord(previous, "nr")
        || isWord(previous, "nrs")
        || isWord(previous, in: Vocabulary.lowercaseDesignators) && isDesignatorNoun(previous),
        Vocabulary.designators.contains(lower(previous)),
        // "Energy Bill 20% Higher", "introduced the Bill 18 months ago": a percent, a spell of
        // time or a quantity after a designator measures; its own number is a bare count.
        draft.kind != .percent, draft.kind != .duration, draft.kind != .quantity,
        !mention.isYearLike || Vocabulary.numberingDesignators.contains(lower(previous)),
        draft.kind != .tally && !isVoteAfter(draft)
          || !Vocabulary.votingDesignators.contains(lower(previous))
      {
        return false
      }
      // "iPhone 15", "eBay 2": a word with a capital inside is a brand, and the number names a
      // model of it.
      if !mention.isSpelledOut, isInnerCapitalized(previous) { return false }
    }
    if isNonFigure(draft, mention: mention) { return false }
    // Phone numbers and codes: number-number-number chains.
    if draft.kind != .tally, isDash(first - 1), first - 2 >= 0, tokens[first - 2].kind == .number,
      isDash(first - 3)
        || (first + 1 < tokens.count && isDash(first + 1) && draft.lastToken == first)
    {
      return false
    }
    if isInsideURL(mention.start) { return false }
    // "+1-222-2222-2222": a chain of numbers joined by hyphens is a code, not a range.
    let after = draft.lastToken + 1
    if isGluedHyphen(after), after + 1 < tokens.count, tokens[after + 1].kind == .number,
      !startsYearSpan(draft)
    {
      return false
    }
    if previous >= 0, tokens[previous].scalar == 0x2B, !tokens[first].spaceBefore,
      !isMissionElapsedTime(draft, sign: previous)
    {
      return false
    }
    return true
  }

  /// "shut down at T+152 seconds", "L+30 minutes": a spell of time after a launch's or an
  /// operation's zero hour, written with its letter and a plus sign (no phone number's "+").
  private func isMissionElapsedTime(_ draft: FigureDraft, sign: Int) -> Bool {
    draft.kind == .duration && isClockLetter(before: sign)
  }

  /// A word that starts lower-case and has a capital inside ("iPhone", "eBay").
  func isInnerCapitalized(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, token.end - token.start > 2,
      (0x61...0x7A).contains(bytes[token.start])
    else { return false }
    return bytes[(token.start + 1)..<token.end].contains { (0x41...0x5A).contains($0) }
  }

  private func isDash(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .dash
  }

  func isInsideURL(_ position: Int) -> Bool {
    var start = position
    while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A { start -= 1 }
    var end = position
    while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
    guard end - start > 8 else { return false }
    // One pass for "=" after "?" or "&" (a query, not "p=0.004"), "://" or "www.".
    var inQuery = false
    for index in start..<end {
      switch bytes[index] {
      case 0x3F, 0x26: inQuery = true
      case 0x3D: if inQuery { return true }
      case 0x3A:
        if index + 2 < end, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F { return true }
      case 0x77:
        if index + 3 < end, bytes[index + 1] == 0x77, bytes[index + 2] == 0x77,
          bytes[index + 3] == 0x2E
        {
          return true
        }
      default: break
      }
    }
    return false
  }

  // MARK: - Durations without a number

  /// "about a year", "less than a month", "an hour and a half", "for a week": the article as one
  /// unit of time, where it measures (after a hedge or a verb of lasting), not in "a year ago".
  private func articleDurations(excluding drafts: [FigureDraft], consumedUntil: Int)
    -> [FigureDraft]
  {
    var found: [FigureDraft] = []
    // A time unit is a trigger only after an article (or before "-long"): one load rejects the
    // rest of the line's words.
    for index in tokens.indices.dropLast() where tokens[index + 1].isTrigger {
      guard tokens[index].kind == .word, case .article? = parser.lexicon.word(tokens[index]),
        tokens[index + 1].kind == .word,
        case .timeUnit? = parser.lexicon.word(tokens[index + 1]),
        let unit = Vocabulary.timeUnits[lower(index + 1)], !lower(index + 1).hasSuffix("s"),
        !drafts.contains(where: { $0.firstToken <= index + 1 && index <= $0.lastToken })
      else { continue }
      let span = articleSpan(unit)
      var value = span.value
      var last = index + 1
      if isWord(last + 1, "and"),
        case .article? = parser.lexicon.word(tokens[min(last + 2, tokens.count - 1)]),
        isWord(last + 3, "half")
      {
        value = Decimal(string: "1.5")!
        last += 3
      }
      let after = last + 1
      let isLater = isSpanToLaterEvent(after: last)
      if isWord(after, in: Vocabulary.wordsMakingASpanNoDuration) || isGluedHyphen(after) {
        continue
      }
      if !isLater, after < tokens.count, tokens[after].kind == .word,
        !roles(after).contains(.stopWord)
      {
        continue  // "a second day", "a day trip"
      }
      var draft = FigureDraft(
        start: tokens[index].start, end: tokens[last].end, firstToken: index, lastToken: last)
      draft.kind = .duration
      draft.unit = span.unit
      draft.value = value
      applyHedges(to: &draft, after: -1)
      guard
        draft.qualifier != nil || value != 1 || isLater
          || isWord(index - 1, in: Vocabulary.lastingWords)
      else { continue }
      draft.boundStart = draft.start
      draft.boundEnd = draft.end
      found.append(draft)
    }
    return found
  }

  /// "2 years and 3 months", "1 hour 30 minutes", "2 hours, 9 minutes and 48 seconds": one
  /// duration in the larger unit (``continuesDuration(_:with:value:factor:)``).
  private func joinDurations(_ drafts: [FigureDraft]) -> [FigureDraft] {
    var result: [FigureDraft] = []
    for draft in drafts {
      guard var previous = result.last, previous.kind == .duration, draft.kind == .duration,
        let first = previous.value, let second = draft.value, draft.qualifier == nil,
        let larger = previous.unit, let smaller = draft.unit,
        let factor = Vocabulary.durationFactors[larger + "/" + smaller],
        continuesDuration(previous, with: draft, value: second, factor: factor)
      else {
        result.append(draft)
        continue
      }
      previous.value = first + DecimalParts.quotient(second, factor)
      if previous.qualifier != nil {
        setQualifier(&previous, previous.qualifier!, hedge: previous.hedge ?? "")
      }
      previous.extendEnd(to: draft)
      result[result.count - 1] = previous
    }
    return result
  }

  /// Whether some word of the line is a unit of time in the lexicon: one pass over the line for
  /// the two rules that need one, instead of a pass each.
  private func holdsTimeUnit() -> Bool {
    shapes.contains(.timeUnit)
      && tokens.contains { token in
        guard token.lexeme >= 0, case .timeUnit = parser.lexicon.entries[Int(token.lexeme)] else {
          return false
        }
        return true
      }
  }

  /// "hour-long" (one hour) and "hours-long" (a few hours).
  private func timeUnitCompounds(excluding drafts: [FigureDraft]) -> [FigureDraft] {
    var found: [FigureDraft] = []
    for index in tokens.indices where tokens[index].lexeme >= 0 {
      guard parser.lexicon.entries[Int(tokens[index].lexeme)] == .timeUnit,
        isGluedHyphen(index + 1),
        let unit = Vocabulary.timeUnits[lower(index)],
        isWord(index + 2, "long"),
        !drafts.contains(where: { $0.firstToken <= index && index <= $0.lastToken })
      else { continue }
      if index > 0, tokens[index - 1].kind == .dash, !tokens[index].spaceBefore { continue }
      var draft = FigureDraft(
        start: tokens[index].start, end: tokens[index + 2].end, firstToken: index,
        lastToken: index + 2)
      draft.kind = .duration
      draft.unit = unit
      if lower(index).hasSuffix("s") {
        draft.low = 2
        draft.lowInclusive = true
        draft.qualifier = .approx
        draft.hedge = text(tokens[index].start, tokens[index].end)
      } else {
        draft.value = 1
      }
      draft.nounTokens = nounPhrase(after: index + 2)
      found.append(draft)
    }
    return found
  }
}
