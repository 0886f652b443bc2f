import Foundation

/// Reads numbers out of a line's tokens: digits ("1,234.5", "10k", "7th"), words ("twenty-three",
/// "one hundred and six", "two thirds", "half a million"), and digits with scale words
/// ("1.2 million", "$300 billion"). It knows nothing of money or units; ``FigureRecognizer`` does.
struct NumberParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let lexicon: Lexicon
  /// Off only in tests, which compare the fast paths with the general grammar.
  var usesFastPaths = true

  enum Last {
    case none, unit, teen, tens, hundred, scale, digits, article, fraction
  }

  /// The numbers that start at token `index` (usually one; a token like "192.168.1.2" gives
  /// several), or none.
  func parse(at index: Int) -> [NumberMention] {
    var found: [NumberMention] = []
    parse(at: index, into: &found)
    return found
  }

  /// Whether no number starts at `token`, whatever follows it: a time unit ("year", "hours") or
  /// "point", lexicon words the grammar stops at before reading anything. Time units are the
  /// commonest lexicon words in news, and callers need not ask ``parse(at:into:)`` about them.
  func neverStartsNumber(_ token: Token) -> Bool {
    guard token.kind == .word, token.lexeme >= 0 else { return false }
    switch lexicon.entries[Int(token.lexeme)] {
    case .timeUnit, .lengthUnit, .point: return true
    default: return false
    }
  }

  /// Appends the numbers that start at token `index` to `found`: no array is made per token.
  func parse(at index: Int, into found: inout [NumberMention]) {
    let token = tokens[index]
    switch token.kind {
    case .number:
      if usesFastPaths, let plain = plainDigits(at: index) {
        found.append(plain)
        return
      }
      if let split = splitDigits(token, index: index) {
        found.append(contentsOf: split)
        return
      }
      if let mention = number(at: index) { found.append(mention) }
    case .word:
      guard token.lexeme >= 0, let mention = number(at: index) else { return }
      found.append(mention)
    case .dash:
      if let mention = signed(at: index) { found.append(mention) }
    case .punctuation where token.scalar == 0x2B:
      if let mention = plusSigned(at: index) { found.append(mention) }
    default:
      return
    }
  }

  /// The commonest number of all, digits alone ("12", "1,200", "3.5") before a token that
  /// neither continues nor joins them, read without the grammar of compounds, notations and
  /// ratios: exactly the mention ``number(at:)`` reads there, or nil to ask it.
  func plainDigits(at index: Int) -> NumberMention? {
    let token = tokens[index]
    guard token.scalar == 0, !token.hasSuffix, endsPlainDigits(after: index),
      let (significand, fractionDigits) = groupedParts(token)
    else { return nil }
    // The compound reader sums zero, the digits and zero; Foundation's sums with zero give the
    // digits' decimal byte for byte (the tests compare the two), so no sum is made here.
    var mention = NumberMention(
      value: Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand)),
      firstToken: index, lastToken: index, start: token.start, end: token.end)
    mention.isYearLike =
      token.end - token.start == 4 && fractionDigits == 0 && significand >= 1000
      && significand <= 2999
    return mention
  }

  /// Whether nothing after the digits at `index` can make them more than a plain number: not
  /// more digits ("1 234", "2 1/4"), a glued "^" or "/" ("1.1^23", "3/4"), a glued word, a
  /// number word ("3 million", "5 hundred", "2 point", "4 thirds"; time units are no number),
  /// a spaced scale letter ("2.33 k"), "and", a ratio's connector ("1 in 5", "2 over 3", "2 out
  /// of 5") or a dash before a word that might continue one ("1-in-10", "3-fifths").
  private func endsPlainDigits(after index: Int) -> Bool {
    let next = index + 1
    guard next < tokens.count else { return true }
    let token = tokens[next]
    switch token.kind {
    case .number:
      return false
    case .word:
      guard token.spaceBefore, isPlainWord(next) else { return false }
      if token.end - token.start == 1 {
        switch bytes[token.start] {
        case 0x6B, 0x4B, 0x4D, 0x47: return false  // k K M G
        default: return true
        }
      }
      return true
    case .punctuation:
      return token.spaceBefore || (token.scalar != 0x5E && token.scalar != 0x2F)
    case .symbol:
      return true
    case .dash:
      // "3-1/2": a mixed number joined by a hyphen (``hyphenedFraction(after:)``).
      if hyphenedFraction(after: index) != nil { return false }
      // Spaced or not: "five - eighths" is a fraction too.
      guard next + 1 < tokens.count, tokens[next + 1].kind == .word else { return true }
      return isPlainWord(next + 1)
    }
  }

  /// A word that is neither a number word (a time unit is none), nor "and", "in", "over" or
  /// "out".
  private func isPlainWord(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.lexeme >= 0 && !lexicon.entries[Int(token.lexeme)].isUnit { return false }
    switch token.end - token.start {
    case 2: return !isWord(index, "in")
    case 3: return !isWord(index, "and") && !isWord(index, "out")
    case 4: return !isWord(index, "over")
    default: return true
    }
  }

  /// Zero, made once: a literal is converted again at every use.
  static let zero: Decimal = 0
  static let one: Decimal = 1

  /// One number at `start`: a fraction with an ordinal denominator ("two thirds"), a compound, or
  /// a ratio ("one over three", "1 in 5"); "minus" or "negative" before any of them.
  private func number(at start: Int) -> NumberMention? {
    if case .minus? = word(start) {
      // "plus or minus 2%": a margin either way, not a negative number.
      if isWord(start - 1, "or"), isWord(start - 2, "plus") { return nil }
      guard start + 1 < tokens.count,
        tokens[start + 1].kind == .number || startsNumberWord(start + 1),
        var body = number(at: start + 1)
      else { return nil }
      body.value = -body.value
      body.firstToken = start
      body.start = tokens[start].start
      body.isSpelledOut = true
      body.isYearLike = false
      return body
    }
    guard var mention = splitFraction(at: start) ?? parseCompound(at: start) else { return nil }
    if let ratio = ratio(after: mention) { mention = ratio }
    // "two thirds of a million"
    if mention.isFraction, mention.scale == nil, isWord(mention.lastToken + 1, "of"),
      case .article? = word(mention.lastToken + 2),
      case .scale(let exponent)? = word(mention.lastToken + 3)
    {
      mention.value = DecimalParts.scaled(mention.value, byPowerOfTen: exponent)
      mention.lastToken += 3
      mention.end = tokens[mention.lastToken].end
      mention.scale = lowercased(tokens[mention.lastToken].start, tokens[mention.lastToken].end)
    }
    return mention
  }

  /// "-1", "<-30", "(-4/5)": a minus sign glued to the digits after it and not to a word or number
  /// before it, so "2020-21" and "COVID-19" stay what they are.
  private func signed(at index: Int) -> NumberMention? {
    let dash = tokens[index]
    guard dash.scalar == 0x2D || dash.scalar == 0x2212, index + 1 < tokens.count,
      tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore
    else { return nil }
    if index > 0, !dash.spaceBefore,
      [.word, .number, .dash].contains(tokens[index - 1].kind)
        || tokens[index - 1].scalar == 0x25  // "5.25%-5.5%": a range, not minus 5.5%
    {
      return nil
    }
    guard digitValue(tokens[index + 1]) != nil, var mention = number(at: index + 1),
      !mention.isOrdinal
    else { return nil }
    mention.value = -mention.value
    mention.firstToken = index
    mention.start = dash.start
    mention.isYearLike = false
    return mention
  }

  /// "+5.1%", "(+8.1%)", "+47K", "+0.3% m/m": a plus sign glued to the number after it and not
  /// to a word or number before it ("A+", "1+1") states a rise; the figure keeps its sign in its
  /// span and its value. Digits alone that run on into another group of digits ("+44 20 7946",
  /// "+1-202-555") or that are long enough to be a whole number ("+919876543210") are a
  /// telephone number's country code, not a figure.
  private func plusSigned(at index: Int) -> NumberMention? {
    let plus = tokens[index]
    guard index + 1 < tokens.count, tokens[index + 1].kind == .number,
      !tokens[index + 1].spaceBefore
    else { return nil }
    if index > 0, !plus.spaceBefore, [.word, .number].contains(tokens[index - 1].kind) {
      return nil
    }
    guard digitValue(tokens[index + 1]) != nil, var mention = number(at: index + 1),
      !mention.isOrdinal
    else { return nil }
    if isTelephoneCode(mention) { return nil }
    mention.firstToken = index
    mention.start = plus.start
    mention.isYearLike = false
    return mention
  }

  /// Whether the digits after a plus sign are a country code or a whole telephone number: plain
  /// digits (no decimals, letters or scale) in several groups ("+1 513 555" reads as one spaced
  /// number), followed by another group of digits, or seven or more of them.
  private func isTelephoneCode(_ mention: NumberMention) -> Bool {
    for index in mention.firstToken...mention.lastToken {
      let token = tokens[index]
      guard token.kind == .number, !token.hasSuffix,
        (token.start..<token.end).allSatisfy({ Tokenizer.isDigit(bytes[$0]) })
      else { return false }
    }
    if mention.lastToken > mention.firstToken { return true }
    let token = tokens[mention.firstToken]
    if token.end - token.start >= 7 { return true }
    var next = mention.lastToken + 1
    // "+1-202-555-0143", "+63 (2) 8123", "+44 20 7946 0958"
    while next < tokens.count, tokens[next].kind == .dash || tokens[next].scalar == 0x28,
      !tokens[next].spaceBefore || tokens[next].scalar == 0x28
    {
      next += 1
    }
    return next < tokens.count && tokens[next].kind == .number
  }

  /// "one over three", "2000 over 3", "two out of five hundred", "1 in twenty-one": a ratio of two
  /// counts. Not when a period follows ("over ten years", "2 in 3 weeks") or for a year ("in 2009").
  private func ratio(after mention: NumberMention) -> NumberMention? {
    guard !mention.isOrdinal, !mention.isFraction, mention.vagueLow == nil, mention.scale == nil,
      mention.leftoverSuffix == nil, mention.value > 0
    else { return nil }
    var connector = mention.lastToken + 1
    // "one-in-10": the same ratio, hyphenated.
    if isHyphen(connector), isWord(connector + 1, "in"), isHyphen(connector + 2) {
      connector += 1
    }
    let isIn = isWord(connector, "in")
    var start: Int
    if isIn, isHyphen(connector + 1) {
      start = connector + 2
    } else if isWord(connector, "over") || isIn {
      start = connector + 1
    } else if isWord(connector, "out"), isWord(connector + 1, "of") {
      start = connector + 2
    } else {
      return nil
    }
    // "three out of every 10", "one in every five": a rate, the same ratio.
    let isEvery = !isWord(connector, "over") && isWord(start, "every")
    if isEvery { start += 1 }
    guard start < tokens.count, tokens[start].kind == .number || startsNumberWord(start),
      let denominator = parseCompound(at: start), !denominator.isOrdinal,
      !denominator.isFraction, !denominator.isYearLike, denominator.vagueLow == nil,
      denominator.leftoverSuffix == nil, denominator.value > 0
    else { return nil }
    let after = denominator.lastToken + 1
    if after < tokens.count, tokens[after].kind == .word,
      Vocabulary.timeUnits[lowercased(tokens[after].start, tokens[after].end)] != nil
    {
      return nil
    }
    let isOver = isWord(connector, "over")
    if !isOver, !isIn, !isEvery, isPartOfNamedBody(whole: denominator) { return nil }
    if isIn, isMatchStatistic(part: mention, whole: denominator) { return nil }
    if !isOver && (mention.value > denominator.value || !NumberParser.isInteger(mention.value)) {
      return nil
    }
    var ratio = mention
    ratio.value = DecimalParts.quotient(mention.value, denominator.value)
    ratio.lastToken = denominator.lastToken
    ratio.end = denominator.end
    ratio.isFraction = true
    ratio.isYearLike = false
    ratio.isSpelledOut = mention.isSpelledOut || denominator.isSpelledOut
    return ratio
  }

  /// A hyphen glued on both sides.
  private func isHyphen(_ index: Int) -> Bool {
    index > 0 && index + 1 < tokens.count && tokens[index].kind == .dash
      && tokens[index].scalar == 0x2D && !tokens[index].spaceBefore
      && !tokens[index + 1].spaceBefore
  }

  static func isInteger(_ value: Decimal) -> Bool {
    DecimalParts.isWholeNumber(value)
  }

  // MARK: - Digits

  /// A digit token's body (before any glued letters) as an exact decimal, or nil when its
  /// separators do not make one number (then ``splitDigits`` splits it).
  func digitValue(_ token: Token) -> Decimal? {
    if token.scalar != 0, let (numerator, denominator) = Tokenizer.vulgarFraction(token.scalar) {
      return DecimalParts.quotient(Decimal(numerator), Decimal(denominator))
    }
    return groupedValue(token) ?? europeanValue(token)
  }

  /// "1,234.5", "12,34,567", "0.25": comma groups and a decimal point.
  private func groupedValue(_ token: Token) -> Decimal? {
    if let (significand, fractionDigits) = groupedParts(token) {
      return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }
    guard groupsAreValid(token) else { return nil }
    return NumberParser.longValue(bytes, token.start, token.suffixStart)
  }

  /// The digits of a grouped number as an integer and the count of digits after the point, or
  /// nil when the groups are wrong, or there are more than 19 digits (``longValue`` reads
  /// those).
  func groupedParts(_ token: Token) -> (significand: UInt64, fractionDigits: Int)? {
    var significand: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenDot = false
    var groups = GroupShape()
    var groupLength = 0
    var index = token.start
    while index < token.suffixStart {
      let byte = bytes[index]
      if byte == 0x2E {  // .
        if seenDot { return nil }
        seenDot = true
        if groups.count > 0 { groups.close(groupLength) }
        groupLength = -1
      } else if byte == 0x2C {  // ,
        if seenDot { return nil }
        groups.close(groupLength)
        groupLength = 0
      } else {
        if digits == 19 { return nil }
        significand = significand &* 10 &+ UInt64(byte &- 0x30)
        digits += 1
        if seenDot { fractionDigits += 1 }
        if groupLength >= 0 { groupLength += 1 }
      }
      index += 1
    }
    if groups.count > 0 {
      if !seenDot { groups.close(groupLength) }
      guard groups.isValid else { return nil }
    }
    return (significand, fractionDigits)
  }

  /// Whether the comma groups of `token` are right, whatever its length.
  private func groupsAreValid(_ token: Token) -> Bool {
    var seenDot = false
    var groups = GroupShape()
    var groupLength = 0
    for index in token.start..<token.suffixStart {
      let byte = bytes[index]
      if byte == 0x2E {
        if seenDot { return false }
        seenDot = true
        if groups.count > 0 { groups.close(groupLength) }
        groupLength = -1
      } else if byte == 0x2C {
        if seenDot { return false }
        groups.close(groupLength)
        groupLength = 0
      } else if groupLength >= 0 {
        groupLength += 1
      }
    }
    if groups.count > 0 {
      if !seenDot { groups.close(groupLength) }
      return groups.isValid
    }
    return true
  }

  /// The lengths of comma groups as they close, kept as what the rule needs: Western grouping
  /// (1,234,567) or Indian (12,34,567): the last group has three digits, the first one to
  /// three, the others two or three.
  private struct GroupShape {
    var count = 0
    var first = 0
    var last = 0
    var middlesAreValid = true

    mutating func close(_ length: Int) {
      if count == 0 { first = length }
      // The group closed before this one is a middle one when it was not the first.
      if count >= 2 && last != 2 && last != 3 { middlesAreValid = false }
      last = length
      count += 1
    }

    var isValid: Bool {
      count >= 2 && (1...3).contains(first) && last == 3 && middlesAreValid
    }
  }

  /// More than 19 digits: exact while Decimal holds them (38 significant digits), otherwise NaN,
  /// which the extractor reports as out of range (never a rounded, wrong value).
  static func longValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Decimal {
    var digits = ""
    var significant = 0
    var seenNonZero = false
    for index in start..<end {
      let byte = bytes[index]
      if byte == 0x2C { continue }
      if byte == 0x2E {
        digits.append(".")
        continue
      }
      if byte != 0x30 { seenNonZero = true }
      if seenNonZero { significant += 1 }
      digits.append(Character(Unicode.Scalar(byte)))
    }
    guard significant <= 38, let value = Decimal(string: digits) else { return .nan }
    return value
  }

  /// "5,00", "1,3", "1.111,11": a decimal comma, with dots grouping thousands. A comma followed by
  /// exactly three digits and no dots is grouping, which ``groupedValue`` reads.
  private func europeanValue(_ token: Token) -> Decimal? {
    var integer = ""
    var fraction = ""
    var commas = 0
    var groups: [Int] = []
    var groupLength = 0
    for index in token.start..<token.suffixStart {
      let byte = bytes[index]
      if byte == 0x2C {
        commas += 1
        groups.append(groupLength)
      } else if byte == 0x2E {
        guard commas == 0 else { return nil }
        groups.append(groupLength)
        groupLength = 0
      } else if commas == 0 {
        integer.append(Character(Unicode.Scalar(byte)))
        groupLength += 1
      } else {
        fraction.append(Character(Unicode.Scalar(byte)))
      }
    }
    guard commas == 1, !fraction.isEmpty, let first = groups.first, (1...3).contains(first),
      groups.dropFirst().allSatisfy({ $0 == 3 }), groups.count > 1 || fraction.count != 3
    else { return nil }
    return Decimal(string: integer + "." + fraction)
  }

  /// "192.168.1.2" and "22,24,26": several numbers in one token.
  private func splitDigits(_ token: Token, index: Int) -> [NumberMention]? {
    guard digitValue(token) == nil else { return nil }
    var mentions: [NumberMention] = []
    var pieceStart = token.start
    var position = token.start
    while position <= token.suffixStart {
      if position == token.suffixStart || bytes[position] == 0x2C || bytes[position] == 0x2E {
        if position > pieceStart {
          var piece = token
          piece.start = pieceStart
          piece.end = position
          piece.suffixStart = position
          if let value = digitValue(piece) {
            mentions.append(
              NumberMention(
                value: value, firstToken: index, lastToken: index, start: pieceStart, end: position)
            )
          }
        }
        pieceStart = position + 1
      }
      position += 1
    }
    return token.hasSuffix ? [] : mentions
  }

  func lowercased(_ start: Int, _ end: Int) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    // ASCII (nearly every English word): lower-cased while copied, one String and no Unicode
    // case tables; anything else goes through the standard library.
    guard slice.allSatisfy({ $0 < 0x80 }) || Self.hasOnlyCaselessNonASCII(slice) else {
      return String(decoding: slice, as: UTF8.self).lowercased()
    }
    return String(unsafeUninitializedCapacity: slice.count) { buffer in
      for (offset, byte) in slice.enumerated() {
        buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return slice.count
    }
  }

  /// Whether every non-ASCII character of `word` is General Punctuation (U+2000–U+206F: the
  /// curly apostrophe of "Russia’s", dashes, quotes), which has no case: lower-casing the ASCII
  /// bytes lower-cases the word, without the standard library's Unicode tables.
  static func hasOnlyCaselessNonASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < word.count {
      if word[index] < 0x80 {
        index += 1
        continue
      }
      // U+2000–U+203F is E2 80 80–BF; U+2040–U+206F is E2 81 80–AF.
      guard index + 2 < word.count, word[index] == 0xE2 else { return false }
      let second = word[index + 1]
      let third = word[index + 2]
      guard third >= 0x80, second == 0x80 && third <= 0xBF || second == 0x81 && third <= 0xAF
      else { return false }
      index += 3
    }
    return true
  }

  /// Whether `lowercased(start, end) == text`, compared byte by byte when the word is ASCII, so
  /// no String is made for the many words that are not the one asked about.
  func lowercasedEquals(_ start: Int, _ end: Int, _ text: String) -> Bool {
    // Read in place from the text's storage, from the first byte, where nearly every word asked
    // about already differs; a byte of 0x80 or more on either side leaves it to the String.
    if end - start == text.utf8.count,
      let same = text.utf8.withContiguousStorageIfAvailable({ expected -> Bool? in
        var offset = start
        for wanted in expected {
          let byte = bytes[offset]
          if byte | wanted >= 0x80 { return nil }
          if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != wanted { return false }
          offset += 1
        }
        return true
      }) ?? nil
    {
      return same
    }
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    guard slice.allSatisfy({ $0 < 0x80 }) else { return lowercased(start, end) == text }
    var text = text
    return text.withUTF8 { expected in
      guard expected.count == slice.count else { return false }
      for (offset, byte) in slice.enumerated()
      where (byte &- 0x41 < 26 ? byte | 0x20 : byte) != expected[offset] {
        return false
      }
      return true
    }
  }

  /// What glued letters after digits mean: a scale, an ordinal ending, or something else.
  enum Suffix {
    case scale(Int, String)
    case ordinal
    case decade
    case leftover(String)
    /// A unit of measurement glued on ("19km", "40C"): its canonical name.
    case unit(String)
    case unknown
  }

  func suffix(of token: Token, index: Int, value: Decimal) -> Suffix {
    guard token.hasSuffix else { return .unknown }
    let raw = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[token.suffixStart..<token.end]), as: UTF8.self)
    let lower = raw.lowercased()
    let afterCurrency =
      index > 0 && tokens[index - 1].kind == .symbol && tokens[index - 1].head != 0x25
    // "EUR 40m", "USD3.14m": a currency code before the digits also makes "m" millions. Asked
    // only for "m" and "mm", so other suffixes make no String.
    // "Dh363.4m": an abbreviation known in one case only counts as written.
    func afterCode() -> Bool {
      guard index > 0, tokens[index - 1].kind == .word else { return false }
      let (start, end) = (tokens[index - 1].start, tokens[index - 1].end)
      return Vocabulary.currencyPrefix(lowercased(start, end)) != nil
        || Vocabulary.casedCurrencyAbbreviations[
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)] != nil
    }
    // "R250m", "N40m": a currency letter glued before the digits (``Vocabulary/gluedLetterSigns``)
    // makes "m" millions, as a sign does; "a 250m wall" stays metres.
    func afterLetterSign() -> Bool {
      guard index > 0, !token.spaceBefore, tokens[index - 1].kind == .word,
        tokens[index - 1].end - tokens[index - 1].start == 1
      else { return false }
      let letter = String(UnicodeScalar(bytes[tokens[index - 1].start]))
      return Vocabulary.gluedLetterSigns[letter] != nil
    }
    switch lower {
    // "$4K", "12k followers" are thousands; a lone digit with a capital K and no currency is a
    // screen's resolution ("4K", "8K"), not four thousand.
    case "k":
      let isResolution =
        raw == "K" && !afterCurrency && !afterCode() && token.suffixStart - token.start == 1
        && !countsAudience(at: index + 1)
      return isResolution ? .unknown : .scale(3, raw)
    case "m":
      if afterCurrency || raw == "M" || afterCode() || afterLetterSign() {
        return .scale(6, raw)
      }
      // "2.2m people", "1.6m Britons": millions of what follows; "a 10m wave": metres.
      return countsPlural(at: index + 1) || isCurrencyName(at: index + 1)
        || givesTallysValue(before: index)
        ? .scale(6, raw) : .unit("metre")
    // "$5mm" is millions, "178mm" millimetres.
    case "mm": return afterCurrency || afterCode() ? .scale(6, raw) : .unit("mm")
    case "mn", "mln", "mil": return .scale(6, raw)
    case "b", "bn", "bln": return .scale(9, raw)
    // "$5G" is billions; "5G" alone is a mobile network's generation, not five billion.
    case "g": return raw == "G" && (afterCurrency || afterCode()) ? .scale(9, raw) : .unknown
    case "tn", "tr", "trn", "tln", "t":
      return lower == "t" && !afterCurrency ? .unknown : .scale(12, raw)
    // "12in of rain", "a 6in pipe": inches, glued only ("12 in total" is the preposition); "1in4"
    // goes on with digits and is no unit.
    case "in":
      let next = index + 1
      let goesOn = next < tokens.count && !tokens[next].spaceBefore && tokens[next].kind == .number
      return raw == "in" && !goesOn ? .unit("inch") : .unknown
    case "st", "nd", "rd", "th":
      let integer = NSDecimalNumber(decimal: value).intValue
      let lastTwo = integer % 100
      let expected =
        (11...13).contains(lastTwo) ? "th" : [1: "st", 2: "nd", 3: "rd"][integer % 10] ?? "th"
      return lower == expected && value == Decimal(integer) ? .ordinal : .unknown
    // "the 1990s", "in his 20s": a decade; "9.58s", "0.038s": a decimal is never one, but
    // seconds, as sport and science write them.
    case "s":
      return NumberParser.isInteger(value) ? .decade : raw == "s" ? .unit("second") : .unknown
    // "65c", "80c a litre": cents; "5C" is Celsius (``UnitTable/glued``).
    case "c":
      if let unit = UnitTable.glued[raw] { return .unit(unit) }
      return !afterCurrency && isGluedCents(raw, at: index) ? .leftover(raw) : .unknown
    // "138.6p", "50p": pence, but "1080p" is a video's lines.
    case "p":
      return raw == "p" && !afterCurrency && !Vocabulary.videoLines.contains(value)
        ? .leftover(raw) : .unknown
    default:
      if let unit = UnitTable.glued[raw] { return .unit(unit) }
      // "£257million", "$1.2billion": a scale word glued on, as some house styles print it
      // (looked up here, after the common suffixes, so they pay no extra comparisons).
      if let exponent = Vocabulary.gluedScaleWords[lower] { return .scale(exponent, raw) }
      if Vocabulary.basisPointSuffixes.contains(lower) || Vocabulary.percentSuffixes.contains(lower)
      {
        return .leftover(raw)
      }
      // "11.98per cent": half of "per cent" glued on.
      if lower == Vocabulary.splitPercentSuffix.glued,
        isWord(index + 1, Vocabulary.splitPercentSuffix.word)
      {
        return .leftover(raw)
      }
      // "1.5x" is a multiple; "4x4" is a name.
      if Vocabulary.multipleSuffixes.contains(raw),
        index + 1 >= tokens.count || tokens[index + 1].spaceBefore
          || tokens[index + 1].kind == .punctuation
      {
        return .leftover(raw)
      }
      // A currency code, or "M" and a code: "30MUSD", "120MEUR" (millions).
      let upper = raw.uppercased()
      let isCode =
        Vocabulary.currencyCodes[upper] != nil
        || (upper.count == 4 && upper.hasPrefix("M")
          && Vocabulary.currencyCodes[String(upper.dropFirst())] != nil)
      return isCode ? .leftover(raw) : .unknown
    }
  }

  /// "put the number at 2.5m", "a total of 3.4m": a tally's value after a noun that names one
  /// and "at", "to" or "of" is a count, in millions, not a length. A length is measured "of"
  /// something, or long, high or deep ("a total of 800m of new cycle lane", "a total of 2m
  /// high"): metres still.
  private func givesTallysValue(before index: Int) -> Bool {
    guard index >= 2, tokens[index - 1].kind == .word, tokens[index - 2].kind == .word else {
      return false
    }
    if index + 1 < tokens.count, tokens[index + 1].kind == .word,
      Vocabulary.lengthFollowers.contains(
        lowercased(tokens[index + 1].start, tokens[index + 1].end))
    {
      return false
    }
    let preposition = lowercased(tokens[index - 1].start, tokens[index - 1].end)
    guard Vocabulary.tallyValuePrepositions.contains(preposition) else { return false }
    let noun = lowercased(tokens[index - 2].start, tokens[index - 2].end)
    return Vocabulary.tallyNouns.contains(noun)
  }

  /// A plural noun at `index` ("people", "students", "Britons"): what a glued "m" counts.
  private func countsPlural(at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaceBefore else {
      return false
    }
    let word = lowercased(tokens[index].start, tokens[index].end)
    if FigureRecognizer.irregularPlurals.contains(word) { return true }
    if case .scale? = lexicon.word(tokens[index]) { return false }
    return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
      && !Vocabulary.stopWords.contains(word) && UnitTable.written[word] == nil
  }

  // MARK: - Compounds

  func word(_ index: Int) -> NumberWord? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
    return lexicon.word(tokens[index])
  }

  func isWord(_ index: Int, _ text: String) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    return token.end - token.start == text.utf8.count
      && Self.mayBe(token, text)
      && lowercasedEquals(token.start, token.end, text)
  }

  /// Whether word `token`, lower-cased, may be `text` (of its length) by their first bytes: the
  /// token's ``Token/head`` is its first byte lower-cased, and two ASCII first bytes that
  /// differ tell most words apart without a call. (A non-ASCII first byte may lower-case to
  /// anything: left to ``lowercasedEquals(_:_:_:)``.)
  @inline(__always)
  static func mayBe(_ token: Token, _ text: String) -> Bool {
    guard let wanted = text.utf8.first, token.head < 0x80, wanted < 0x80 else { return true }
    return token.head == wanted
  }

  /// Whether token `index` can continue a spelled-out number.
  func startsNumberWord(_ index: Int) -> Bool {
    guard let word = word(index) else { return false }
    switch word {
    case .minus, .point, .timeUnit, .lengthUnit: return false
    default: return true
    }
  }

  static func power(_ exponent: Int) -> Decimal {
    Decimal(sign: .plus, exponent: exponent, significand: 1)
  }

  // MARK: - Fractions and notations

  /// A fraction whose denominator is an ordinal: "two thirds", "a fifth", "one twenty-fifth",
  /// "one hundred thirty-fifths" (100/35), "one one hundred fifth" (1/105), "a hundred thousand
  /// trillionths". The longest denominator that leaves a numerator wins; a singular denominator
  /// needs a numerator of one ("one hundred twenty fifth" is an ordinal, not 100/25).
  func splitFraction(at start: Int) -> NumberMention? {
    // The run of number words up to the first ordinal.
    var position = start
    var ordinalIndex: Int?
    while position < tokens.count {
      let token = tokens[position]
      if position == start && token.kind == .number {
        guard !token.hasSuffix, token.scalar == 0 else { return nil }
      } else if token.kind == .dash {
        guard token.end - token.start == 1, position > start else { return nil }
      } else if isWord(position, "and") {
        // "one hundred and fifth": "and" inside the denominator only.
        guard case .ordinal? = word(position + 1) else { return nil }
      } else if let meaning = word(position) {
        switch meaning {
        case .ordinal: ordinalIndex = position
        case .unit, .tens, .hundred, .scale, .article: break
        default: return nil
        }
      } else {
        return nil
      }
      if ordinalIndex != nil { break }
      position += 1
    }
    guard let end = ordinalIndex, end > start, case .ordinal(_, let plural)? = word(end) else {
      return nil
    }
    let bounded = NumberParser(bytes: bytes, tokens: Array(tokens[...end]), lexicon: lexicon)
    for split in (start + 1)...end where tokens[split].kind == .word && !isWord(split, "and") {
      var numeratorEnd = split - 1
      if tokens[numeratorEnd].kind == .dash || isWord(numeratorEnd, "and") {
        // Never split a hyphenated "twenty-five".
        if tokens[numeratorEnd].kind == .dash, case .tens? = word(numeratorEnd - 1),
          case .unit? = word(split)
        {
          continue
        }
        numeratorEnd -= 1
      }
      guard numeratorEnd >= start,
        let denominator = bounded.parseCompound(at: split, denominator: true),
        denominator.lastToken == end, denominator.isOrdinal, denominator.value >= 3
      else { continue }
      let numerator: Decimal
      let isDigits = tokens[start].kind == .number
      if numeratorEnd == start, case .article? = word(start) {
        numerator = 1
      } else {
        let limited = NumberParser(
          bytes: bytes, tokens: Array(tokens[...numeratorEnd]), lexicon: lexicon)
        guard let parsed = limited.parseCompound(at: start), parsed.lastToken == numeratorEnd,
          !parsed.isOrdinal, !parsed.isFraction, parsed.vagueLow == nil, parsed.value > 0
        else { continue }
        numerator = parsed.value
      }
      if isDigits && denominator.value >= 1000 { return nil }
      if !plural {
        // "the one hundredth anniversary" is an ordinal.
        guard numerator == 1,
          !isWord(start - 1, "the") && !isWord(start - 1, "its") && !isWord(start - 1, "their")
        else { continue }
      }
      var mention = NumberMention(
        value: DecimalParts.quotient(numerator, denominator.value), firstToken: start,
        lastToken: end,
        start: tokens[start].start, end: tokens[end].end)
      mention.isFraction = true
      mention.isSpelledOut = true
      return mention
    }
    return nil
  }

  /// The fraction after "and" in a mixed number: "a half", "one quarter", "three fifths",
  /// "fifty-four hundredths", "a thirtieth".
  func fractionPart(at index: Int) -> (value: Decimal, last: Int)? {
    if let fraction = splitFraction(at: index), fraction.value < 1 {
      // Only a proper fraction is the fractional part of a mixed number: "one hundred and thirty
      // fifths" is 130/5.
      return (fraction.value, fraction.lastToken)
    }
    let numerator: Decimal
    switch word(index) {
    case .article?: numerator = 1
    case .unit(let value)? where value > 0: numerator = Decimal(value)
    default: return nil
    }
    switch word(index + 1) {
    case .half? where numerator == 1: return (DecimalParts.quotient(numerator, 2), index + 1)
    case .quarter(let plural)? where (plural || numerator == 1) && numerator < 4:
      return (DecimalParts.quotient(numerator, 4), index + 1)
    default: return nil
    }
  }

  /// Digits in a notation that spans tokens: "3/4", "2 1/4", "2½", "1e10", "12.32e+14",
  /// "1.1^23", "1.3x10^6", "1 234 567", "2.33 k". `stops` when no number word may follow.
  func notation(at index: Int) -> (
    value: Decimal, last: Int, isFraction: Bool, stops: Bool
  )? {
    let token = tokens[index]
    guard let base = digitValue(token) else { return nil }
    if token.scalar != 0 { return (base, index, true, true) }  // "½"
    let suffix = token.hasSuffix ? lowercased(token.suffixStart, token.end) : ""
    let next = index + 1
    if suffix == "e", let (exponent, last) = exponent(from: next) {
      return (DecimalParts.scaled(base, byPowerOfTen: exponent), last, false, true)
    }
    if suffix == "x", isGlued(next), tokens[next].kind == .number, !tokens[next].hasSuffix,
      digitValue(tokens[next]) == 10, isGlued(next + 1), tokens[next + 1].scalar == 0x5E,
      let (exponent, last) = exponent(from: next + 2)
    {
      return (DecimalParts.scaled(base, byPowerOfTen: exponent), last, false, true)
    }
    guard suffix.isEmpty else { return nil }
    if isGlued(next), tokens[next].kind == .punctuation, tokens[next].scalar == 0x5E,
      let (exponent, last) = exponent(from: next + 1)
    {
      let raised = pow(base, abs(exponent))
      return (exponent < 0 ? 1 / raised : raised, last, false, true)
    }
    if let (fraction, last) = slashFraction(at: index) { return (fraction, last, true, true) }
    let isWhole = NumberParser.isInteger(base) && token.suffixStart - token.start <= 3
    if isWhole, isGlued(next), tokens[next].kind == .number, tokens[next].scalar != 0,
      let part = digitValue(tokens[next])
    {
      return (base + part, next, true, true)  // "2½"
    }
    if isWhole, next < tokens.count, tokens[next].kind == .number, tokens[next].spaceBefore,
      let (fraction, last) = slashFraction(at: next)
    {
      return (base + fraction, last, true, true)  // "2 1/4"
    }
    if isWhole, let (fraction, last) = hyphenedFraction(after: index) {
      return (base + fraction, last, true, true)  // "3-1/2"
    }
    if let (value, last) = spaceGroups(at: index) {
      return (value, last, false, false)
    }
    if let exponent = spacedScale(at: next) {
      return (DecimalParts.scaled(base, byPowerOfTen: exponent), next, false, true)
    }
    return nil
  }

  /// Whether token `index` exists and touches the one before it.
  private func isGlued(_ index: Int) -> Bool {
    index < tokens.count && !tokens[index].spaceBefore
  }

  /// An exponent glued on: signs ("+", "-", "--") and an integer ("e+14", "^-1").
  private func exponent(from index: Int) -> (Int, Int)? {
    var position = index
    var negative = false
    while isGlued(position), tokens[position].scalar == 0x2D || tokens[position].scalar == 0x2B,
      tokens[position].kind != .word
    {
      if tokens[position].scalar == 0x2D { negative.toggle() }
      position += 1
    }
    guard isGlued(position), tokens[position].kind == .number, !tokens[position].hasSuffix,
      tokens[position].scalar == 0, let value = digitValue(tokens[position]),
      NumberParser.isInteger(value), value <= 100
    else { return nil }
    let exponent = NSDecimalNumber(decimal: value).intValue
    return (negative ? -exponent : exponent, position)
  }

  /// "3/4": integers around a glued slash, the numerator the smaller (so "24/7" is not one), and
  /// no slash before or after (so "1/2/2020" is a date).
  func slashFraction(at index: Int) -> (Decimal, Int)? {
    guard index + 2 < tokens.count, !tokens[index].hasSuffix, tokens[index].scalar == 0,
      tokens[index + 1].kind == .punctuation, tokens[index + 1].scalar == 0x2F,
      isGlued(index + 1), isGlued(index + 2), tokens[index + 2].kind == .number,
      !tokens[index + 2].hasSuffix, tokens[index + 2].scalar == 0,
      let numerator = digitValue(tokens[index]), let denominator = digitValue(tokens[index + 2]),
      NumberParser.isInteger(numerator), NumberParser.isInteger(denominator),
      numerator < denominator
    else { return nil }
    if index > 0, tokens[index - 1].scalar == 0x2F, !tokens[index].spaceBefore { return nil }
    if isGlued(index + 3), tokens[index + 3].scalar == 0x2F { return nil }
    return (DecimalParts.quotient(numerator, denominator), index + 2)
  }

  /// "1 234 567", "40 000", "1 234 567.89": thousands grouped by spaces. The first group has one
  /// to three digits, every other exactly three, and nothing is glued after the last.
  private func spaceGroups(at index: Int) -> (Decimal, Int)? {
    guard isPlainDigits(index, lengths: 1...3), index == 0 || tokens[index - 1].kind != .number
    else { return nil }
    var digits = lowercased(tokens[index].start, tokens[index].end)
    var position = index + 1
    while position < tokens.count, tokens[position].spaceBefore,
      isPlainDigits(position, lengths: 3...3) || isGroupWithDecimals(position)
    {
      digits += lowercased(tokens[position].start, tokens[position].end)
      position += 1
      if digits.contains(".") { break }
    }
    let last = position - 1
    guard last > index, !isGlued(position) || tokens[position].kind == .punctuation,
      !(isGlued(position) && tokens[position].scalar == 0x2F)
    else { return nil }
    return Decimal(string: digits).map { ($0, last) }
  }

  private func isPlainDigits(_ index: Int, lengths: ClosedRange<Int>) -> Bool {
    let token = tokens[index]
    guard token.kind == .number, !token.hasSuffix, token.scalar == 0,
      lengths.contains(token.end - token.start)
    else { return false }
    return (token.start..<token.end).allSatisfy { Tokenizer.isDigit(bytes[$0]) }
  }

  /// "567.89": the last group of "1 234 567.89".
  private func isGroupWithDecimals(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .number, !token.hasSuffix, token.scalar == 0, token.end - token.start > 4,
      bytes[token.start + 3] == 0x2E
    else { return false }
    return (token.start..<token.start + 3).allSatisfy { Tokenizer.isDigit(bytes[$0]) }
      && (token.start + 4..<token.end).allSatisfy { Tokenizer.isDigit(bytes[$0]) }
  }

  /// "2.33 k", "1,674.5 G", "1,674,200.5 M": a scale letter standing alone after the digits.
  /// Lower-case "m" is metres and "b" and "t" are too often something else, so only these.
  private func spacedScale(at index: Int) -> Int? {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaceBefore,
      tokens[index].end - tokens[index].start == 1,
      index + 1 >= tokens.count || tokens[index + 1].kind != .word
        || tokens[index + 1].spaceBefore
    else { return nil }
    switch bytes[tokens[index].start] {
    case 0x6B, 0x4B: return 3  // k K
    case 0x4D: return 6  // M
    case 0x47: return 9  // G
    default: return nil
    }
  }

  /// "two point five", "two hundred point zero three", "point seventy-one".
  func pointDecimals(from index: Int) -> (value: Decimal, last: Int)? {
    var digits = ""
    var position = index
    while let meaning = word(position) {
      if case .unit(let value) = meaning, value < 10 {
        digits += String(value)
      } else if case .unit(let value) = meaning, digits.isEmpty {
        digits = String(value)  // "point eleven"
        position += 1
        break
      } else if case .tens(let value) = meaning, digits.isEmpty {
        var number = value
        if position + 2 < tokens.count, tokens[position + 1].kind == .dash,
          case .unit(let unit)? = word(position + 2), unit < 10
        {
          number += unit
          position += 2
        }
        digits = String(number)
        position += 1
        break
      } else {
        break
      }
      position += 1
    }
    guard !digits.isEmpty, let value = Decimal(string: "0." + digits) else { return nil }
    return (value, position - 1)
  }

  /// "tens of thousands", "hundreds of millions", "thousands of", "millions of".
  func vague(at index: Int, exponent: Int, negative: Bool) -> NumberMention? {
    guard isWord(index + 1, "of") else { return nil }
    var unitExponent = exponent
    var last = index
    if exponent <= 2, case .vague(let inner)? = word(index + 2), inner >= 3 {
      unitExponent = exponent + inner
      last = index + 2
    }
    let low = Self.power(unitExponent)
    var mention = NumberMention(
      value: low, firstToken: index, lastToken: last, start: tokens[index].start,
      end: tokens[last].end)
    mention.isSpelledOut = true
    mention.vagueLow = low
    mention.vagueHigh = low * 10
    return mention
  }

  static func isScale(_ word: NumberWord) -> Bool {
    if case .scale = word { return true }
    return false
  }

  static func followsArticle(_ word: NumberWord) -> Bool {
    switch word {
    case .hundred, .scale, .dozen, .half, .quarter: return true
    case .ordinal(let value, let plural): return !plural && value >= 3
    default: return false
    }
  }
}
