import Foundation

/// Reads numbers out of a line's tokens: digits ("1,234.5", "10k", "7th"), words ("twenty-three",
/// "one hundred and six", "two thirds", "half a million"), and digits with scale words
/// ("1.2 million", "$300 billion"). It knows nothing of money or units; ``FigureRecognizer`` does.
struct NumberParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let lexicon: Lexicon

  private enum Last {
    case none, unit, teen, tens, hundred, scale, digits, article, fraction
  }

  /// The numbers that start at token `index` (usually one; a token like "192.168.1.2" gives
  /// several), or none.
  func parse(at index: Int) -> [NumberMention] {
    let token = tokens[index]
    switch token.kind {
    case .number:
      if let split = splitDigits(token, index: index) { return split }
      return parseCompound(at: index).map { [$0] } ?? []
    case .word:
      guard token.lexeme >= 0 else { return [] }
      return parseCompound(at: index).map { [$0] } ?? []
    default:
      return []
    }
  }

  // MARK: - Digits

  /// A digit token's body (before any glued letters) as an exact decimal, or nil when its
  /// separators do not make one number (then ``splitDigits`` splits it).
  func digitValue(_ token: Token) -> Decimal? {
    var significand: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenDot = false
    var groupLength = 0
    var groups: [Int] = []
    var index = token.start
    while index < token.suffixStart {
      let byte = bytes[index]
      if byte == 0x2E {  // .
        if seenDot { return nil }
        seenDot = true
        if !groups.isEmpty { groups.append(groupLength) }
        groupLength = -1
      } else if byte == 0x2C {  // ,
        if seenDot { return nil }
        groups.append(groupLength)
        groupLength = 0
      } else {
        if digits < 19 {
          significand = significand &* 10 &+ UInt64(byte &- 0x30)
          digits += 1
          if seenDot { fractionDigits += 1 }
        } else if !seenDot {
          return nil
        }
        if groupLength >= 0 { groupLength += 1 }
      }
      index += 1
    }
    if !groups.isEmpty {
      if !seenDot { groups.append(groupLength) }
      // Western grouping (1,234,567) or Indian (12,34,567): the last group has three digits,
      // the first one to three, the others two or three.
      guard let first = groups.first, let last = groups.last, groups.count >= 2,
        (1...3).contains(first),
        last == 3, groups.dropFirst().dropLast().allSatisfy({ $0 == 3 || $0 == 2 })
      else { return nil }
    }
    return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
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
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
  }

  /// What glued letters after digits mean: a scale, an ordinal ending, or something else.
  private enum Suffix {
    case scale(Int, String)
    case ordinal
    case decade
    case leftover(String)
    case unknown
  }

  private func suffix(of token: Token, index: Int, value: Decimal) -> Suffix {
    guard token.hasSuffix else { return .unknown }
    let raw = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[token.suffixStart..<token.end]), as: UTF8.self)
    let lower = raw.lowercased()
    let afterCurrency =
      index > 0 && tokens[index - 1].kind == .symbol && tokens[index - 1].head != 0x25
    switch lower {
    case "k": return .scale(3, raw)
    case "m": return afterCurrency || raw == "M" ? .scale(6, raw) : .unknown
    case "mm", "mn", "mln", "mil": return .scale(6, raw)
    case "b", "bn", "bln": return .scale(9, raw)
    case "g": return raw == "G" ? .scale(9, raw) : .unknown
    case "tn", "tr", "tln", "t": return lower == "t" && !afterCurrency ? .unknown : .scale(12, raw)
    case "st", "nd", "rd", "th":
      let integer = NSDecimalNumber(decimal: value).intValue
      let lastTwo = integer % 100
      let expected =
        (11...13).contains(lastTwo) ? "th" : [1: "st", 2: "nd", 3: "rd"][integer % 10] ?? "th"
      return lower == expected && value == Decimal(integer) ? .ordinal : .unknown
    case "s": return .decade
    default:
      return Vocabulary.currencyCodes[raw.uppercased()] != nil || lower == "musd" || lower == "meur"
        || lower == "mgbp" ? .leftover(raw) : .unknown
    }
  }

  // MARK: - Compounds

  private func word(_ index: Int) -> NumberWord? {
    guard index < tokens.count, tokens[index].kind == .word else { return nil }
    return lexicon.word(tokens[index])
  }

  private func isWord(_ index: Int, _ text: String) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let token = tokens[index]
    return token.end - token.start == text.utf8.count && lowercased(token.start, token.end) == text
  }

  /// Whether token `index` can continue a spelled-out number.
  private func startsNumberWord(_ index: Int) -> Bool {
    guard let word = word(index) else { return false }
    switch word {
    case .minus, .point, .timeUnit: return false
    default: return true
    }
  }

  private static func power(_ exponent: Int) -> Decimal {
    Decimal(sign: .plus, exponent: exponent, significand: 1)
  }

  private func parseCompound(at start: Int) -> NumberMention? {
    var total: Decimal = 0
    var current: Decimal = 0
    var last = Last.none
    var negative = false
    var isOrdinal = false
    var isFraction = false
    var spelled = false
    var scaleText: String?
    var leftover: String?
    var isYearLike = false
    var index = start
    var lastConsumed = start - 1
    var stop = false

    if case .minus? = word(index) {
      guard index + 1 < tokens.count,
        tokens[index + 1].kind == .number || startsNumberWord(index + 1)
      else { return nil }
      negative = true
      index += 1
    }

    while index < tokens.count && !stop {
      let token = tokens[index]
      if token.kind == .number {
        // Digits start a number, or follow a scale ("4 thousand 3 hundred").
        guard last == .none || ((last == .scale || last == .hundred) && current == 0) else { break }
        guard let value = digitValue(token) else { break }
        if last == .none {
          let length = token.suffixStart - token.start
          isYearLike = length == 4 && !token.hasSuffix && value >= 1000 && value <= 2999
        }
        current += value
        last = .digits
        lastConsumed = index
        if token.hasSuffix {
          switch suffix(of: token, index: index, value: value) {
          case .scale(let exponent, let raw):
            current *= Self.power(exponent)
            scaleText = raw
            total += current
            current = 0
            last = .scale
          case .ordinal:
            isOrdinal = true
            stop = true
          case .decade:
            isYearLike = false
            stop = true
          case .leftover(let raw):
            leftover = raw
            stop = true
          case .unknown:
            return nil
          }
        }
        index += 1
        continue
      }
      guard let meaning = word(index) else { break }
      switch meaning {
      case .unit(let value):
        if last == .unit || last == .teen || last == .digits || last == .fraction {
          stop = true
          continue
        }
        if last == .tens && value >= 10 {
          stop = true
          continue
        }
        if last == .tens && value == 0 {
          stop = true
          continue
        }
        current += Decimal(value)
        last = value >= 10 ? .teen : .unit
      case .tens(let value):
        if [.unit, .teen, .tens, .digits, .fraction].contains(last) {
          stop = true
          continue
        }
        current += Decimal(value)
        last = .tens
      case .hundred:
        if last == .hundred || last == .fraction {
          stop = true
          continue
        }
        if last == .none && !(word(index + 1).map(NumberParser.isScale) ?? false) {
          stop = true
          continue
        }
        current = (current == 0 ? 1 : current) * 100
        last = .hundred
      case .vague(let exponent):
        if last == .none {
          // "tens of thousands", "thousands of": a vague amount, unless a count follows.
          return vague(at: index, exponent: exponent, negative: negative)
        }
        guard exponent == 2, last != .hundred else {
          stop = true
          continue
        }
        current = (current == 0 ? 1 : current) * 100
        last = .hundred
      case .scale(let exponent):
        if last == .none {
          stop = true
          continue
        }
        if current == 0 && last == .scale {
          total *= Self.power(exponent)
        } else {
          total += (current == 0 ? 1 : current) * Self.power(exponent)
        }
        current = 0
        scaleText = lowercased(token.start, token.end)
        last = .scale
      case .dozen:
        if last == .none && !isWord(index, "dozen") {
          stop = true
          continue
        }
        if last == .fraction {
          stop = true
          continue
        }
        current = (current == 0 ? 1 : current) * 12
        last = .hundred
      case .article:
        guard last == .none, let next = word(index + 1), NumberParser.followsArticle(next) else {
          stop = true
          continue
        }
        current = 1
        last = .article
      case .half:
        if last == .none {
          // "half a million", "half a dozen", or plain "half".
          if case .article? = word(index + 1), let after = word(index + 2),
            NumberParser.isScale(after) || after == .dozen
          {
            current = Decimal(string: "0.5")!
            last = .article
            index += 2
            lastConsumed = index - 1
            continue
          }
          current = Decimal(string: "0.5")!
          last = .fraction
          isFraction = true
        } else if last == .article || last == .unit {
          current = current / 2
          last = .fraction
          isFraction = true
        } else {
          stop = true
          continue
        }
      case .quarter(let plural):
        if last == .none {
          guard let next = word(index + 1), NumberParser.isScale(next) else {
            stop = true
            continue
          }
          current = Decimal(string: "0.25")!
          last = .article
        } else if last == .article || last == .unit || last == .teen || last == .tens
          || last == .digits
        {
          guard plural || current == 1 else {
            stop = true
            continue
          }
          current = current / 4
          last = .fraction
          isFraction = true
        } else {
          stop = true
          continue
        }
      case .ordinal(let value, let plural):
        if last == .none {
          guard !plural else {
            stop = true
            continue
          }
          current = Decimal(value)
          isOrdinal = true
          lastConsumed = index
          stop = true
          continue
        }
        if (last == .tens && value < 10 && !plural) || (last == .hundred && value < 100 && !plural)
        {
          current += Decimal(value)
          isOrdinal = true
          lastConsumed = index
          stop = true
          continue
        }
        if (last == .unit || last == .teen || last == .hundred || last == .scale) && value >= 100
          && !plural
          && current != 0
        {
          current *= Decimal(value)
          isOrdinal = true
          lastConsumed = index
          stop = true
          continue
        }
        // A fraction: "two thirds", "a fifth", "one eighth" (never "second": that is time).
        guard value >= 3 || value == 4,
          [.unit, .teen, .tens, .digits, .article, .hundred].contains(last),
          plural || current == 1 || last == .article
        else {
          stop = true
          continue
        }
        current = current / Decimal(value)
        last = .fraction
        isFraction = true
      case .minus, .point, .timeUnit:
        stop = true
        continue
      }
      spelled = true
      lastConsumed = index
      index += 1
      // Joiners: "and" before more number words; hyphens inside "twenty-three".
      if index < tokens.count {
        let joiner = tokens[index]
        if joiner.kind == .dash && joiner.end - joiner.start == 1 && last == .tens,
          let next = word(index + 1)
        {
          switch next {
          case .unit(let value) where value > 0 && value < 10: index += 1
          case .ordinal(let value, _) where value < 10: index += 1
          default: break
          }
        } else if isWord(index, "and"), startsNumberWord(index + 1), last != .none {
          if case .article? = word(index + 1) {
            index += 1  // "one and a half"
          } else if [.hundred, .scale].contains(last) {
            index += 1  // "one hundred and six"
          } else if case .ordinal? = word(index + 2), last != .fraction {
            index += 1  // "twenty and three fifths"
          }
        } else if isWord(index, "point"), last != .none, last != .fraction,
          let decimals = pointDecimals(from: index + 1)
        {
          current += decimals.value
          lastConsumed = decimals.last
          index = decimals.last + 1
          last = .fraction
        }
      }
    }
    guard lastConsumed >= start, !(last == .article && total == 0) else { return nil }
    var value = total + current
    if negative { value = -value }
    let firstToken = tokens[start]
    let lastToken = tokens[lastConsumed]
    var mention = NumberMention(
      value: value, firstToken: start, lastToken: lastConsumed, start: firstToken.start,
      end: lastToken.end)
    mention.isOrdinal = isOrdinal
    mention.isSpelledOut = spelled
    mention.isFraction = isFraction
    mention.scale = scaleText
    mention.leftoverSuffix = leftover
    mention.isYearLike = isYearLike && lastConsumed == start
    return mention
  }

  /// "two point five", "two hundred point zero three", "point seventy-one".
  private func pointDecimals(from index: Int) -> (value: Decimal, last: Int)? {
    var digits = ""
    var position = index
    while let meaning = word(position) {
      if case .unit(let value) = meaning, value < 10 {
        digits += String(value)
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
  private func vague(at index: Int, exponent: Int, negative: Bool) -> NumberMention? {
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

  private static func isScale(_ word: NumberWord) -> Bool {
    if case .scale = word { return true }
    return false
  }

  private static func followsArticle(_ word: NumberWord) -> Bool {
    switch word {
    case .hundred, .scale, .dozen, .half, .quarter: return true
    case .ordinal(let value, let plural): return !plural && value >= 3
    default: return false
    }
  }
}
