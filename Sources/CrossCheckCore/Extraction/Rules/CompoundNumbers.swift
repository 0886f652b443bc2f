import Foundation

/// Compound numbers read left to right, one token at a time: "one hundred and six", "4 thousand
/// 3 hundred", "three billions", "two and a half million", "twenty-first". Each kind of token
/// (digits, units, tens, "hundred", scales, "dozen", articles, fractions, ordinals, joiners) has
/// its own small step over a shared ``CompoundState``.
extension NumberParser {
  /// What has been read so far.
  struct CompoundState {
    var total = NumberParser.zero
    var current = NumberParser.zero
    /// The part of `current` that was multiplied by "hundred", so "dozen" multiplies only the
    /// rest.
    var hundreds = NumberParser.zero
    var lastScale = NumberParser.one
    var last = Last.none
    var negative = false
    var isOrdinal = false
    var isFraction = false
    var spelled = false
    var scaleText: String?
    var leftover: String?
    var gluedUnit: String?
    var isYearLike = false
    var isDecade = false
    /// The token being read and the last token that belongs to the number.
    var index: Int
    var lastConsumed: Int
    var stop = false
    /// The number's first token.
    let start: Int

    init(start: Int) {
      self.start = start
      index = start
      lastConsumed = start - 1
    }

    /// What a scale word multiplies: the count read so far, or one ("thousand" alone).
    var countBeforeScale: Decimal {
      DecimalParts.equals(current, 0) ? NumberParser.one : current
    }
  }

  /// "half" and "quarter" alone, parsed once (a parse costs thousands of instructions).
  static let oneHalf = Decimal(string: "0.5")!
  static let oneQuarter = Decimal(string: "0.25")!

  /// What one step did with the token at the state's index.
  enum CompoundStep {
    /// The token is part of the number: mark it read and look at the joiner after it.
    case consumed
    /// The token ends the number; it is not part of it.
    case stop
    /// The step moved the index itself.
    case moved
    /// The number is decided here (nil: there is none).
    case result(NumberMention?)
  }

  /// A cardinal or ordinal written in words, digits, or both. With `denominator`, plural ordinals
  /// compose like singular ones ("thirty-fifths" is 35) and no fraction is formed: the caller is
  /// reading the denominator of a fraction.
  func parseCompound(at start: Int, denominator: Bool = false) -> NumberMention? {
    var state = CompoundState(start: start)
    if case .minus? = word(start) {
      guard start + 1 < tokens.count,
        tokens[start + 1].kind == .number || startsNumberWord(start + 1)
      else { return nil }
      state.negative = true
      state.index += 1
    }
    while state.index < tokens.count && !state.stop {
      let step: CompoundStep
      if tokens[state.index].kind == .number {
        step = readDigits(&state)
      } else if let meaning = word(state.index) {
        step = readWord(meaning, &state, denominator: denominator)
      } else {
        break
      }
      switch step {
      case .consumed:
        state.spelled = true
        state.lastConsumed = state.index
        state.index += 1
        if let early = readJoiner(&state, start: start, denominator: denominator) { return early }
      case .stop:
        state.stop = true
      case .moved:
        continue
      case .result(let mention):
        return mention
      }
    }
    return finish(state, start: start)
  }

  /// The mention the state has read, or nil when nothing was (or only an article was).
  private func finish(_ state: CompoundState, start: Int) -> NumberMention? {
    guard state.lastConsumed >= start,
      !(state.last == .article && DecimalParts.equals(state.total, 0))
    else {
      return nil
    }
    var value = state.total + state.current
    if state.negative { value = -value }
    var mention = NumberMention(
      value: value, firstToken: start, lastToken: state.lastConsumed,
      start: tokens[start].start, end: tokens[state.lastConsumed].end)
    mention.isOrdinal = state.isOrdinal
    mention.isSpelledOut = state.spelled
    mention.isFraction = state.isFraction
    mention.scale = state.scaleText
    mention.leftoverSuffix = state.leftover
    mention.unit = state.gluedUnit
    mention.isYearLike = state.isYearLike && state.lastConsumed == start
    mention.isDecade = state.isDecade && state.lastConsumed == start
    return mention
  }

  // MARK: - Digits

  /// Digits start a number, follow a scale ("4 thousand 3 hundred") or a hundred ("3 hundred
  /// and 21").
  private func readDigits(_ state: inout CompoundState) -> CompoundStep {
    let index = state.index
    let token = tokens[index]
    guard let value = digitValue(token) else { return .stop }
    // "28 million 90kg bags", "10 million 50-kg sacks": digits with a unit after a scale size
    // what the count counts; they are no part of it.
    let afterScale =
      state.last == .scale && DecimalParts.equals(state.current, 0)
      && !token.hasSuffix && !isJoiningHyphen(index + 1)
    let afterHundred =
      state.last == .hundred && !token.hasSuffix && DecimalParts.isBetween(value, 1, 99)
      && NumberParser.isInteger(value) && !startsNumberWord(index + 1)
    guard state.last == .none || afterScale || afterHundred else { return .stop }
    if state.last == .none, let written = notation(at: index) {
      state.current = written.value
      state.lastConsumed = written.last
      state.index = written.last + 1
      state.last = .digits
      if written.isFraction { state.isFraction = true }
      if written.stops { state.stop = true }
      return .moved
    }
    if state.last == .none {
      let length = token.suffixStart - token.start
      state.isYearLike =
        length == 4 && !token.hasSuffix && DecimalParts.isBetween(value, 1000, 2999)
    }
    state.current += value
    state.last = .digits
    state.lastConsumed = index
    if token.hasSuffix, !readSuffix(of: token, value: value, &state) { return .result(nil) }
    state.index += 1
    return .moved
  }

  /// Letters glued to the digits: a scale ("10k"), an ordinal ending ("7th"), a decade
  /// ("1990s"), a unit ("19km") or letters left for the caller ("115USD"). False for anything
  /// else: the token is no number.
  private func readSuffix(of token: Token, value: Decimal, _ state: inout CompoundState) -> Bool {
    switch suffix(of: token, index: state.index, value: value) {
    case .scale(let exponent, let raw):
      state.current = DecimalParts.scaled(state.current, byPowerOfTen: exponent)
      state.scaleText = raw
      state.total += state.current
      state.current = 0
      state.last = .scale
    case .ordinal:
      state.isOrdinal = true
      state.stop = true
    case .decade:
      let digits = token.suffixStart - token.start
      state.isDecade =
        digits == 4 && value >= 1000 && value <= 2990
        && NumberParser.isInteger(DecimalParts.quotient(value, 10))
      state.isYearLike = false
      state.stop = true
    case .leftover(let raw):
      state.leftover = raw
      state.stop = true
    case .unit(let unit):
      state.gluedUnit = unit
      state.stop = true
    case .unknown:
      return false
    }
    return true
  }

  // MARK: - Words

  private func readWord(_ meaning: NumberWord, _ state: inout CompoundState, denominator: Bool)
    -> CompoundStep
  {
    switch meaning {
    case .unit(let value): return readUnit(value, &state)
    case .tens(let value): return readTens(value, &state)
    case .hundred: return readHundred(&state)
    case .vague(let exponent): return readVague(exponent, &state, denominator: denominator)
    case .scale(let exponent): return readScale(exponent, &state)
    case .dozen: return readDozen(&state)
    case .article: return readArticle(&state)
    case .half: return readHalf(&state, denominator: denominator)
    case .quarter(let plural): return readQuarter(plural: plural, &state, denominator: denominator)
    case .ordinal(let value, let plural):
      return readOrdinal(value, plural: plural, &state, denominator: denominator)
    case .minus, .point, .timeUnit, .lengthUnit: return .stop
    case .multiple(let value): return readMultiple(value, &state)
    }
  }

  /// "one" to "nineteen": not after another unit, teen, digits or fraction, nor a teen or zero
  /// after a tens word ("twenty twelve" is two numbers).
  private func readUnit(_ value: Int, _ state: inout CompoundState) -> CompoundStep {
    if [.unit, .teen, .digits, .fraction].contains(state.last) { return .stop }
    if state.last == .tens && (value >= 10 || value == 0) { return .stop }
    state.current += Decimal(value)
    state.last = value >= 10 ? .teen : .unit
    return .consumed
  }

  /// "twenty" to "ninety".
  private func readTens(_ value: Int, _ state: inout CompoundState) -> CompoundStep {
    if [.unit, .teen, .tens, .digits, .fraction].contains(state.last) { return .stop }
    state.current += Decimal(value)
    state.last = .tens
    return .consumed
  }

  /// "hundred" multiplies what came before; alone it starts a number only before a scale
  /// ("hundred thousand").
  private func readHundred(_ state: inout CompoundState) -> CompoundStep {
    if state.last == .hundred || state.last == .fraction { return .stop }
    if state.last == .none && !(word(state.index + 1).map(NumberParser.isScale) ?? false) {
      return .stop
    }
    state.current = state.countBeforeScale * 100
    state.hundreds = state.current
    state.last = .hundred
    return .consumed
  }

  /// "tens of thousands", "thousands of" (a vague amount); "three billions", "five lakhs" (a
  /// plural scale after a count); "two hundreds".
  private func readVague(_ exponent: Int, _ state: inout CompoundState, denominator: Bool)
    -> CompoundStep
  {
    let index = state.index
    if state.last == .none {
      guard !denominator else { return .result(nil) }
      return .result(vague(at: index, exponent: exponent, negative: state.negative))
    }
    if exponent >= 3, [.unit, .teen, .tens, .digits, .hundred].contains(state.last),
      !isWord(index + 1, "of")
    {
      state.total += DecimalParts.scaled(state.countBeforeScale, byPowerOfTen: exponent)
      state.current = 0
      state.hundreds = 0
      state.lastScale = Self.power(exponent)
      state.scaleText = lowercased(tokens[index].start, tokens[index].end)
      state.last = .scale
      state.spelled = true
      state.lastConsumed = index
      state.index += 1
      return .moved
    }
    guard exponent == 2, state.last != .hundred else { return .stop }
    state.current = state.countBeforeScale * 100
    state.hundreds = state.current
    state.last = .hundred
    return .consumed
  }

  /// "thousand", "million", "crore": multiplies the count before it ("4 thousand"), or the
  /// total after another scale ("a thousand million").
  private func readScale(_ exponent: Int, _ state: inout CompoundState) -> CompoundStep {
    if state.last == .none { return .stop }
    // "polled 8,794,726 million votes": the scale repeats digits that reach it already.
    if state.last == .digits, repeatsItsScale(exponent, state) {
      state.stop = true
      return .consumed
    }
    if state.last == .scale && DecimalParts.equals(state.current, 0) {
      state.total = DecimalParts.scaled(state.total, byPowerOfTen: exponent)
    } else {
      state.total += DecimalParts.scaled(state.countBeforeScale, byPowerOfTen: exponent)
    }
    state.current = 0
    state.hundreds = 0
    state.lastScale = Self.power(exponent)
    state.scaleText = lowercased(tokens[state.index].start, tokens[state.index].end)
    state.last = .scale
    return .consumed
  }

  /// "dozen" (12): "three dozen", "three hundred and two dozens" (300 + 2 × 12).
  private func readDozen(_ state: inout CompoundState) -> CompoundStep {
    if state.last == .none && !isWord(state.index, "dozen") { return .stop }
    if state.last == .fraction { return .stop }
    if state.last == .hundred || state.current == state.hundreds {
      state.current = state.countBeforeScale * 12
    } else {
      state.current = state.hundreds + (state.current - state.hundreds) * 12
    }
    state.hundreds = 0
    state.last = .hundred
    return .consumed
  }

  /// "a" or "an" before a scale or fraction word: "a million", "a third".
  private func readArticle(_ state: inout CompoundState) -> CompoundStep {
    guard state.last == .none, let next = word(state.index + 1), NumberParser.followsArticle(next)
    else { return .stop }
    state.current = 1
    state.last = .article
    return .consumed
  }

  /// "half a million", "half a dozen", "half"; "a half", "one half".
  private func readHalf(_ state: inout CompoundState, denominator: Bool) -> CompoundStep {
    guard !denominator else { return .stop }
    let index = state.index
    if state.last == .none {
      if case .article? = word(index + 1), let after = word(index + 2),
        NumberParser.isScale(after) || after == .dozen
      {
        state.current = Self.oneHalf
        state.last = .article
        state.index += 2
        state.lastConsumed = state.index - 1
        return .moved
      }
      // "half-a-million", "half-a-dozen": the same words joined by hyphens.
      if isJoiningHyphen(index + 1), case .article? = word(index + 2), isJoiningHyphen(index + 3),
        let after = word(index + 4), NumberParser.isScale(after) || after == .dozen
      {
        state.current = Self.oneHalf
        state.last = .article
        state.index += 4
        state.lastConsumed = state.index - 1
        return .moved
      }
      state.current = Self.oneHalf
    } else if state.last == .article || state.last == .unit {
      state.current = DecimalParts.quotient(state.current, 2)
    } else {
      return .stop
    }
    state.last = .fraction
    state.isFraction = true
    return .consumed
  }

  /// A hyphen glued on both sides ("half-a-million").
  private func isJoiningHyphen(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count else { return false }
    let token = tokens[index]
    return token.kind == .dash && token.head == 0x2D && !token.spaceBefore
      && !tokens[index + 1].spaceBefore
  }

  /// "a quarter", "three quarters", "quarter million".
  private func readQuarter(plural: Bool, _ state: inout CompoundState, denominator: Bool)
    -> CompoundStep
  {
    guard !denominator else { return .stop }
    if state.last == .none {
      guard let next = word(state.index + 1), NumberParser.isScale(next) else { return .stop }
      state.current = Self.oneQuarter
      state.last = .article
      return .consumed
    }
    guard [.article, .unit, .teen, .tens, .digits].contains(state.last),
      plural || state.current == 1
    else { return .stop }
    // "six quarters", "for 7 quarters": four or more quarters not "of" a whole are quarters of
    // a year counted, not a fraction ("three quarters of the vote" stays one).
    if plural, state.current >= 4, !isWord(state.index + 1, "of") { return .stop }
    // "rose 0.5% in one quarter", "over two quarters": after a preposition of time, counted
    // quarters too ("three-quarters", "in three quarters of cases" and "a quarter" stay
    // fractions).
    if state.last != .article, !isWord(state.index + 1, "of"),
      tokens[state.index - 1].kind != .dash,
      Vocabulary.quarterSpanPrepositions.words.contains(where: { isWord(state.start - 1, $0) })
    {
      return .stop
    }
    state.current = DecimalParts.quotient(state.current, 4)
    state.last = .fraction
    state.isFraction = true
    return .consumed
  }

  /// An ordinal word: alone ("third"), closing a compound ("twenty-first", "one hundredth"), or
  /// the denominator of a fraction ("two thirds", "a fifth"; never "second": that is time).
  private func readOrdinal(
    _ value: Int, plural: Bool, _ state: inout CompoundState, denominator: Bool
  ) -> CompoundStep {
    let composes = !plural || denominator
    let last = state.last
    let endsHere: Bool
    if last == .none {
      guard composes else { return .stop }
      state.current = Decimal(value)
      endsHere = true
    } else if composes
      && ((last == .tens && value < 10) || (last == .hundred && value < 100)
        || (denominator && last == .scale && value < 100 && DecimalParts.equals(state.current, 0)))
    {
      state.current += Decimal(value)
      endsHere = true
    } else if (last == .unit || last == .teen || last == .hundred || last == .scale)
      && value >= 100 && !plural && !denominator && !DecimalParts.equals(state.current, 0)
    {
      state.current *= Decimal(value)
      endsHere = true
    } else {
      endsHere = false
    }
    if endsHere {
      state.isOrdinal = true
      state.lastConsumed = state.index
      state.stop = true
      return .moved
    }
    // A fraction. Not "100 millionths", which the spec reads as a count of millionths.
    guard !denominator, value >= 3,
      [.unit, .teen, .tens, .digits, .article, .hundred].contains(last),
      plural || state.current == 1 || last == .article, last != .digits || value < 1000
    else { return .stop }
    state.current = DecimalParts.quotient(state.current, Decimal(value))
    state.last = .fraction
    state.isFraction = true
    return .consumed
  }

  // MARK: - Joiners

  /// What joins the next word to the number: the hyphen of "twenty-three", "and" before more
  /// number words or a fraction, "point" before decimals. Returns a whole hyphenated fraction
  /// ("one-eighth") when that is what the number turns out to be.
  private func readJoiner(_ state: inout CompoundState, start: Int, denominator: Bool)
    -> NumberMention?
  {
    let index = state.index
    guard index < tokens.count else { return nil }
    let joiner = tokens[index]
    let isShortDash = joiner.kind == .dash && joiner.end - joiner.start == 1
    if isShortDash && state.last == .tens, let next = word(index + 1) {
      switch next {
      case .unit(let value) where value > 0 && value < 10: state.index += 1
      case .ordinal(let value, _) where value < 10: state.index += 1
      default: break
      }
    } else if isShortDash && !denominator, state.last == .unit,
      case .quarter(plural: _)? = word(index + 1)
    {
      state.index += 1  // "three-quarters", "one-quarter": the hyphen joins a fraction
    } else if isShortDash && !denominator, state.last != .fraction,
      let part = hyphenedAndFraction(at: index)
    {
      readMixedFraction(part, &state)  // "eight-and-a-half", "two-and-three-quarters"
    } else if isShortDash && !denominator, [.unit, .article, .hundred].contains(state.last),
      let part = splitFraction(at: start), part.lastToken > index
    {
      return part  // "one-eighth", "five - eighths", "ninety - five hundred-fifths"
    } else if isWord(index, "and"), state.last != .none {
      readAnd(&state, denominator: denominator)
    } else if isWord(index, "point"), state.last != .none, state.last != .fraction,
      let decimals = pointDecimals(from: index + 1)
    {
      state.current += decimals.value
      state.lastConsumed = decimals.last
      state.index = decimals.last + 1
      state.last = .fraction
    }
    return nil
  }

  /// "and" after a number: a mixed number ("one and a half", "five and a half million"), or
  /// more number words ("one hundred and six", "3 hundred and 21").
  private func readAnd(_ state: inout CompoundState, denominator: Bool) {
    let index = state.index
    if state.last != .fraction, !denominator,
      let part = fractionPart(at: index + 1) ?? bareHalfPart(at: index)
    {
      readMixedFraction(part, &state)
    } else if [.hundred, .scale].contains(state.last), startsNumberWord(index + 1) {
      if case .article? = word(index + 1) {
      } else {
        state.index += 1  // "one hundred and six"
      }
    } else if state.last == .hundred, index + 1 < tokens.count, tokens[index + 1].kind == .number {
      state.index += 1  // "3 hundred and 21"
    }
  }

  /// The fraction of a mixed number: after a scale it is of that scale ("one million and a
  /// half"), before one it scales with it ("five and a half million").
  private func readMixedFraction(
    _ part: (value: Decimal, last: Int), _ state: inout CompoundState
  ) {
    state.isFraction = true
    if case .scale(let exponent)? = word(part.last + 1) {
      if state.last == .scale {
        state.total += DecimalParts.scaled(part.value, byPowerOfTen: exponent)
      } else {
        state.total += DecimalParts.scaled(state.current + part.value, byPowerOfTen: exponent)
        state.current = 0
      }
      state.scaleText = lowercased(tokens[part.last + 1].start, tokens[part.last + 1].end)
      state.lastScale = Self.power(exponent)
      state.lastConsumed = part.last + 1
      state.index = part.last + 2
      state.last = .scale
    } else {
      if state.last == .scale {
        state.total += part.value * state.lastScale
      } else {
        state.current += part.value
      }
      state.lastConsumed = part.last
      state.index = part.last + 1
      state.last = .fraction
      state.stop = true
    }
  }
}
