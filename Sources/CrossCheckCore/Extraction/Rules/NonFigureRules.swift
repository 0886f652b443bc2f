/// Numbers that are names, codes, addresses, idioms or discourse rather than measurements: one
/// small named rule each, so each can be tested and reasoned about on its own.
extension FigureRecognizer {
  /// Whether any rule says the draft is not a figure.
  func isNonFigure(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    // A quote box's price is furniture too, money or not.
    if draft.kind != .time, isTickerLine() { return true }
    // Another story's headline, amounts and all.
    if draft.kind == .money, isLinkHeadline(mention, forAmount: true) { return true }
    // "the iPhone 5s and 5c": a model's letter may read as a unit or cents.
    if isCoordinatedModelName(mention) { return true }
    guard draft.kind != .money, draft.kind != .time else { return false }
    // A date written with its month is a date; a bare four-digit number may be a code. So is
    // a date written all in numbers with its year ("03/04/2019"), whose leading zero is no
    // phone's ("24/7" is no date).
    if draft.kind == .date, draft.firstToken != mention.firstToken || isNumericDate(draft, mention)
    {
      return false
    }
    // Most rules read one kind of number only (in words or in digits, an ordinal, a year's four
    // digits): they are asked of a mention of their kind, not each of every mention.
    return isDesignation(mention) || isIdiom(mention) || isPageFurniture(mention)
      || isStampLineCounter(mention)
      || isCopyrightYear(mention) || isSlashName(mention) || isReadingTime(mention)
      || isLinkHeadline(mention) || isPublicationStamp(mention) || isListMarker(mention)
      || isSequenceTotal(mention) || isNumberName(mention) || isQuarterName(mention)
      || isIdleMultiplyingWord(mention) || isShortCode(mention) || isBracketedSubsection(mention)
      || isLetteredSubsection(mention) || isOClockHour(mention)
      || isNumberedTitle(draft, mention: mention) || isStarRating(mention) || isSeedRank(mention)
      || isPhoneCountryCode(mention) || isRoundTheClock(mention) || isFieldPosition(mention)
      || isRatePeriodQuarter(mention) || isMillionMilesIdiom(mention) || isSlashTieBreak(mention)
      || (mention.isSpelledOut
        ? isSpelledOutNonFigure(draft, mention: mention)
        : isDigitsNonFigure(draft, mention: mention))
      || mention.isOrdinal && isOrdinalNonFigure(draft, mention: mention)
      || mention.isYearLike && isYearNonFigure(mention)
  }

  /// Whether the date draft is a date in numbers with its year ("03/04/2019", "20.10.2015"),
  /// not a day and month alone ("24/7"). Asked only of dates: a draft's ISO date is made anew
  /// at each reading.
  private func isNumericDate(_ draft: FigureDraft, _ mention: NumberMention) -> Bool {
    let composite = draft.lastToken > mention.lastToken
    guard composite || tokens[mention.firstToken].end - tokens[mention.firstToken].start >= 8,
      let date = draft.date, date.utf8.first.map({ $0 &- 0x30 < 10 }) == true
    else { return false }
    return composite || date.utf8.contains(0x2D)
  }

  /// The rules that read only a number in words ("one of them", "a two-storey house"): each
  /// answers no for digits.
  private func isSpelledOutNonFigure(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    isDiscourseCount(draft, mention: mention) || isDescriptiveCompound(mention)
      || isDiscourseOne(mention) || isGenericOne(mention) || isNamingOne(mention)
      || isComparedOne(mention) || isNamedGroupNumber(mention) || isSpokenClockHour(mention)
      || isSpokenDigits(mention) || isCategoryCompound(mention) || isBigNumberGroup(mention)
      || isStandInOne(mention) || isUnnamedSource(mention) || isHalfPeriod(mention)
      || isCertainOne(mention) || isFractionCompound(draft, mention: mention)
  }

  /// The rules that read only a number in digits (phone numbers, codes, addresses): each
  /// answers no for a number in words.
  private func isDigitsNonFigure(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    isPhoneNumber(mention) || isStreetAddress(mention) || isModelName(draft, mention: mention)
      || isNumberedListName(mention) || isCalledNumber(mention) || isUnionLocal(mention)
      || isPostcode(mention) || isRegistrationNumber(mention) || isPostalDistrict(mention)
      || isPremisesNumber(mention) || isPhoneAreaCode(mention) || isDesignatedListItem(mention)
      || isCaseNumber(mention) || isCatalogueDesignation(mention) || isPhoneDigitGroup(mention)
      || isServiceNumber(mention) || isTrainNumber(mention) || isModelSeriesMember(mention)
      || isStockCode(mention) || isRecallCampaignCode(mention) || isFlightNumber(mention)
      || isTrunkPrefix(mention) || isModelVariant(mention) || isFootnoteMarker(mention)
      || isWireSlugNumber(mention) || isLegalActNumber(mention)
      || isLabelledCode(draft, mention: mention)
      || isNumberedName(mention) || isAddressBlock(mention) || isProductNumber(mention)
      || isHoursClockTime(mention) || isCourseCode(draft, mention: mention)
      || isBroadcasterNumber(mention) || isDocketNumber(endingAt: draft.lastToken)
  }

  /// The rules that read only an ordinal ("the first time", "Fifth Avenue"): each answers no
  /// for any other number.
  private func isOrdinalNonFigure(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    isDiscourseOrdinal(draft, mention: mention) || isStreetOrdinal(mention)
      || isUnitOrdinal(mention) || isEverySecond(mention) || isNamedOrdinal(mention)
      || isListingOrdinal(mention)
  }

  /// The rules that read only a year's four digits ("the 2019 Act", "a 2015 Ford"): each
  /// answers no for any other number.
  private func isYearNonFigure(_ mention: NumberMention) -> Bool {
    isDocumentYear(mention) || isLawTitleYear(mention) || isModelYear(mention)
      || isPlanNameYear(mention) || isMaturityYear(mention)
  }

  /// "COVID-19", "C-130", "Mi-17", "Atlas-9", "NH-715", "CL-415s", "17V5", "mRNA-1273": digits joined by a
  /// hyphen (or nothing) to a capitalized word, or glued to the word or number before them, name
  /// a model, a road or a disease.
  func isDesignation(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard tokens[first].kind == .number, first > 0 else { return false }
    let previous = tokens[first - 1]
    if !tokens[first].spaceBefore, previous.kind == .word || previous.kind == .number {
      return true
    }
    // "mRNA-1273", "eVTOL-2": a word with a capital inside names a product as well.
    guard isGluedHyphen(first - 1), first >= 2, tokens[first - 2].kind == .word,
      tokens[first - 2].isCapitalized || isInnerCapitalized(first - 2)
    else { return false }
    let word = lower(first - 2)
    return Vocabulary.months[word] == nil && Vocabulary.currencyPrefix(word) == nil
  }

  /// Whether a mission clock's one capital letter is glued before the sign at `sign` ("T+152
  /// seconds", "L+40 seconds").
  func isClockLetter(before sign: Int) -> Bool {
    sign >= 1 && !tokens[sign].spaceBefore && tokens[sign - 1].kind == .word
      && tokens[sign - 1].end - tokens[sign - 1].start == 1 && tokens[sign - 1].isCapitalized
  }

  /// Phone numbers: digits with a leading zero ("087", "0174"), groups after "+63" or "(087)",
  /// and digits after a phone word ("helpline 1070", "hotline, 900 555 312").
  func isPhoneNumber(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    let token = tokens[first]
    guard token.kind == .number, !mention.isSpelledOut else { return false }
    if isPlainDigits(first), bytes[token.start] == 0x30, token.suffixStart - token.start >= 2 {
      return true
    }
    // Walk back over the space-separated digit groups before it to a "+NN" or "(NNN)".
    var index = first
    while index > 0, isPlainDigits(index) {
      let previous = index - 1
      // "+63 917 …", "Tel+353 1 …"; not a mission's clock, "T+152 seconds", whose sign is
      // glued to one capital letter.
      if tokens[previous].scalar == 0x2B, !tokens[index].spaceBefore,
        !isClockLetter(before: previous)
      {
        return true
      }
      if tokens[previous].scalar == 0x29, previous >= 2, isPlainDigits(previous - 1),
        tokens[previous - 2].scalar == 0x28
      {
        return true
      }
      guard tokens[previous].kind == .number, tokens[index].spaceBefore else { break }
      index = previous
      // "0800 123 4567": the groups after a leading zero are the rest of its number.
      if isPlainDigits(index), bytes[tokens[index].start] == 0x30,
        tokens[index].suffixStart - tokens[index].start >= 2
      {
        return true
      }
    }
    guard isPlainDigits(first), token.suffixStart - token.start >= 3 else { return false }
    var cue = first - 1
    while cue >= 0, tokens[cue].kind == .punctuation || isWord(cue, in: Self.phoneCueJoiners) {
      cue -= 1
      if first - cue > 3 { break }
    }
    if isWord(cue, in: Vocabulary.phoneWords) {
      // "what he called 2024's worst year": naming, not dialling, takes a year.
      if isWord(cue, "called"), token.suffixStart - token.start == 4, isYearDigits(first) {
        return false
      }
      return !isFollowedByPluralNoun(mention)
    }
    // "The emergency number in Spain is 112", "the hotline is 1077": a phone is the subject.
    guard isWord(first - 1, in: Self.copulas) else { return false }
    var subject = first - 2
    while subject >= 0, first - subject <= 10, tokens[subject].kind != .number {
      if isWord(subject, in: Vocabulary.phoneNouns)
        || (isWord(subject, in: ["number", "line"])
          && (isWord(subject - 1, in: Vocabulary.phoneNouns)
            || isWord(subject - 1, in: ["emergency", "contact", "mobile"])))
      {
        return true
      }
      subject -= 1
    }
    return false
  }

  /// Words between a phone word and its number ("hotline is 1077"), and the verbs that make a
  /// phone the subject: made once, not at every number.
  private static let phoneCueJoiners = ["on", "at", "is"]
  private static let copulas = ["is", "was", "remains"]

  /// Digits only, no separators or glued letters (also a called number's groups).
  func isPlainDigits(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .number,
      !tokens[index].hasSuffix, tokens[index].scalar == 0
    else { return false }
    return (tokens[index].start..<tokens[index].end).allSatisfy { Tokenizer.isDigit(bytes[$0]) }
  }

  /// House numbers: "112 Rizal Street", "1713 Thames St.", "ul. Świdnicka 12", "Calle Feria 27",
  /// "Plot No. 17", "23 Deen Dayal Upadhyaya Marg".
  func isStreetAddress(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard tokens[first].kind == .number, !mention.isSpelledOut else { return false }
    // A capitalized name, then a street word; a compass point may come first ("1200 W. Platte
    // Ave.", "350 NE Main St").
    var index = mention.lastToken + 1
    if isCompassAbbreviation(index) {
      index += 1
      if isSymbol(index, 0x2E), !tokens[index].spaceBefore { index += 1 }
    }
    var names = 0
    while index < tokens.count, tokens[index].kind == .word, isCapitalizedName(index), names < 5 {
      if names > 0, isStreetWord(index) { return true }
      names += 1
      index += 1
    }
    // A street prefix, then a capitalized name: "ul. Świdnicka 12", "Calle Feria 27".
    index = first - 1
    names = 0
    while index >= 0, tokens[index].kind == .word, isCapitalizedName(index) || names > 0,
      names < 4
    {
      if isListed(index, Self.streetPrefixTable, Vocabulary.streetPrefixes) { return names > 0 }
      names += 1
      index -= 1
      if index >= 0, isSymbol(index, 0x2E) { index -= 1 }  // "ul."
    }
    if index >= 0, tokens[index].kind == .word,
      isListed(index, Self.streetPrefixTable, Vocabulary.streetPrefixes)
    {
      return names > 0
    }
    // "Plot No. 17", "No. 8": a number after "No." names, it does not count (a rank does:
    // "ranks No. 14").
    if first >= 2, isSymbol(first - 1, 0x2E), isWord(first - 2, in: ["no", "nos", "nr"]),
      tokens[first - 2].isCapitalized, !isRankAfterNumberSign(first - 2)
    {
      return true
    }
    return false
  }

  /// Whether token `index` is a compass point abbreviated in capitals, as a street address
  /// writes it: "N", "S", "E", "W", "NE", "NW", "SE", "SW".
  private func isCompassAbbreviation(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let start = tokens[index].start
    switch tokens[index].end - start {
    case 1: return [0x4E, 0x53, 0x45, 0x57].contains(bytes[start])
    case 2:
      return [0x4E, 0x53].contains(bytes[start]) && [0x45, 0x57].contains(bytes[start + 1])
    default: return false
    }
  }

  /// Whether word token `index` is one of `words`, read from its bytes in `table` (the same
  /// words) when it is ASCII: the capitalized names around most numbers make no String.
  private func isListed(_ index: Int, _ table: PackedWordTable<Bool>, _ words: Set<String>)
    -> Bool
  {
    switch table.probe(bytes, tokens[index].start, tokens[index].end) {
    case .found: return true
    case .absent: return false
    case .unpacked: return words.contains(lower(index))
    }
  }

  /// Whether word token `index` is one of ``Vocabulary/streetWords`` ("Street", "Avenue"), read
  /// from its bytes (also for a street's ordinal name, "Fifth Avenue").
  func isStreetWord(_ index: Int) -> Bool {
    isListed(index, Self.streetWordTable, Vocabulary.streetWords)
  }

  /// ``Vocabulary/streetWords`` and ``Vocabulary/streetPrefixes`` looked up from a token's bytes.
  private static let streetWordTable = PackedWordTable(
    Dictionary(uniqueKeysWithValues: Vocabulary.streetWords.map { ($0, true) }))
  private static let streetPrefixTable = PackedWordTable(
    Dictionary(uniqueKeysWithValues: Vocabulary.streetPrefixes.map { ($0, true) }))

  /// A word whose first letter is upper-case, in any script ("Świdnicka", "Écija").
  private func isCapitalizedName(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.isCapitalized { return true }
    guard bytes[token.start] >= 0x80 else { return false }
    let (scalar, _) = Tokenizer.decode(bytes, at: token.start, end: token.end)
    return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
  }

  /// Fixed phrases with a number word that counts nothing: "knocked for six", "in two minds",
  /// "for the first time", "at sixes and sevens", "the top half".
  func isIdiom(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    // "the 2nd half", "a 1st-half goal": a half of a match, as "the second half" is.
    if isWord(first, "half"), first > 0 {
      let ordinal = isGluedHyphen(first - 1) ? first - 2 : first - 1
      if ordinal >= 0, tokens[ordinal].kind == .number,
        let value = parser.digitValue(tokens[ordinal]),
        case .ordinal = parser.suffix(of: tokens[ordinal], index: ordinal, value: value)
      {
        return true
      }
    }
    guard tokens[first].kind == .word, tokens[first].lexeme >= 0,
      let idioms = Self.idiomsByLexeme[Int(tokens[first].lexeme)]
    else { return false }
    return idioms.contains { idiom in
      idiom.parts.indices.allSatisfy { offset in
        let index = first + offset - idiom.position
        switch idiom.parts[offset] {
        case .number: return true
        case .hyphen: return isGluedHyphen(index)
        case .comma: return isSymbol(index, 0x2C)
        case .word(let word): return isWord(index, word)
        }
      }
    }
  }

  /// A part of an idiom of ``Vocabulary/numberIdioms``, told once from its written form ("#",
  /// "-", ",", or a word), not by comparing Strings at every number word.
  private enum IdiomPart {
    case number
    case hyphen
    case comma
    case word(String)

    init(_ written: String) {
      switch written {
      case "#": self = .number
      case "-": self = .hyphen
      case ",": self = .comma
      default: self = .word(written)
      }
    }
  }

  /// ``Vocabulary/numberIdiomsByWord`` by the lexicon entry of the number word: a token's entry
  /// is its lower-cased word, so no String is made or hashed per number word.
  private static let idiomsByLexeme: [[(parts: [IdiomPart], position: Int)]?] = {
    let lexicon = Lexicon.shared
    var table = [[(parts: [IdiomPart], position: Int)]?](
      repeating: nil, count: lexicon.entries.count)
    for (word, idioms) in Vocabulary.numberIdiomsByWord {
      var word = word
      let lexeme = word.withUTF8 { lexicon.lookup($0, 0, $0.count) }
      if lexeme >= 0 {
        table[Int(lexeme)] = idioms.map {
          (parts: $0.words.map(IdiomPart.init), position: $0.position)
        }
      }
    }
    return table
  }()

  /// "The first is clean water; the second is …", "the third is whether …": an ordinal standing
  /// for an item in the writer's own list. And "first" as an adverb ("Phivolcs first put the
  /// magnitude at …"): no determiner before it.
  func isDiscourseOrdinal(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    guard mention.isOrdinal, mention.isSpelledOut || tokens[mention.firstToken].kind == .word
    else { return false }
    let next = mention.lastToken + 1
    if isWord(mention.firstToken - 1, "the"),
      isWord(next, in: ["is", "was", "are", "were", "being"])
        || isSymbol(next, 0x3A) || isSymbol(next, 0x2C)
    {
      return true
    }
    if DecimalParts.equals(mention.value, 1), isWord(mention.firstToken, "first"),
      !isWord(mention.firstToken - 1, in: Vocabulary.ordinalDeterminers),
      !isPossessive(mention.firstToken - 1)
    {
      return true  // "first measured at", "first set up", "leads first round"
    }
    return false
  }

  private func isPossessive(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let word = lower(index)
    return word.hasSuffix("’s") || word.hasSuffix("'s") || word.hasSuffix("s’")
      || word.hasSuffix("s'")
  }

  /// "Three questions decide …", "Two problems stand out": a count of the writer's own points.
  func isDiscourseCount(_ draft: FigureDraft, mention: NumberMention) -> Bool {
    guard !mention.isOrdinal, mention.isSpelledOut, draft.qualifier == nil,
      let noun = nounPhrase(after: mention.lastToken), noun.count == 1
    else { return false }
    return Vocabulary.discourseNouns.contains(lower(noun.lowerBound))
  }

  /// "24/7", "9/11": digits glued around a slash that are a name (``Vocabulary/slashNames``);
  /// both numbers are part of it.
  func isSlashName(_ mention: NumberMention) -> Bool {
    let first = mention.firstToken
    guard tokens[first].kind == .number else { return false }
    for start in [first, first - 2] where start >= 0 && start + 2 < tokens.count {
      guard tokens[start].kind == .number, isSymbol(start + 1, 0x2F),
        tokens[start + 2].kind == .number, !tokens[start + 1].spaceBefore,
        !tokens[start + 2].spaceBefore
      else { continue }
      if Vocabulary.slashNames.contains(text(tokens[start].start, tokens[start + 2].end)) {
        return true
      }
    }
    return false
  }

  /// "one-horned rhinos", "a two-pronged attack": a number word in an adjective compound ending
  /// in -ed describes, it does not count. So does "one-time" (former) and "first-time" (new to
  /// it); "six-time champions" counts their titles (see ``isOnceOnlyTime(_:)``).
  func isDescriptiveCompound(_ mention: NumberMention) -> Bool {
    let next = mention.lastToken + 1
    guard mention.isSpelledOut, isGluedHyphen(next), next + 1 < tokens.count,
      tokens[next + 1].kind == .word, tokens[next + 1].lexeme < 0
    else { return false }
    let word = lower(next + 1)
    return word.hasSuffix("ed") && word.count > 3 || word == "time" && isOnceOnlyTime(mention)
  }

  /// "6 View gallery", "12 Comments", "Image 3 of 12", "Comments (45)": a short line of page
  /// furniture, its numbers and nothing else.
  func isPageFurniture(_ mention: NumberMention) -> Bool {
    guard tokens.count <= 8 else { return false }
    var hasFurniture = false
    for index in tokens.indices {
      switch tokens[index].kind {
      case .number, .punctuation: continue
      case .word:
        // From the word's bytes: no String is made for each word of the line.
        if isWord(index, in: Vocabulary.pageFurniture) {
          hasFurniture = true
        } else if !isWord(index, "of") {
          return false
        }
      case .symbol, .dash: return false
      }
    }
    return hasFurniture
  }

  /// "© 2024 Cable News Network", "Copyright 2023": the year of a copyright notice.
  func isCopyrightYear(_ mention: NumberMention) -> Bool {
    let previous = mention.firstToken - 1
    guard previous >= 0, tokens[previous].kind == .word else { return false }
    let token = tokens[previous]
    let isSign =
      token.end - token.start == 2 && bytes[token.start] == 0xC2
      && bytes[token.start + 1] == 0xA9
    return isSign || isWord(previous, "copyright")
  }
}
