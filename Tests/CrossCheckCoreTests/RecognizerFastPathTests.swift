import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The recognizer's fast parts must answer exactly as the plain forms they stand in for: digits
/// read without the compound grammar give the mention the grammar gives (down to the decimal's
/// bytes), whole-number questions read from a decimal's parts answer as Foundation does, and
/// words lower-cased from their bytes are the standard library's lower-cased words.
@Suite("Recognizer fast paths")
struct RecognizerFastPathTests {
  /// Everything a mention holds, its decimals as their bytes (so "1.50" and "1.5" differ).
  private static func describe(_ mention: NumberMention) -> String {
    func bytes(_ value: Decimal?) -> String {
      guard var value else { return "nil" }
      return withUnsafeBytes(of: &value) { raw in
        raw.map { String($0, radix: 16) }.joined(separator: ".")
      }
    }
    return [
      bytes(mention.value), "\(mention.firstToken)...\(mention.lastToken)",
      "\(mention.start)..<\(mention.end)", "\(mention.isOrdinal)", "\(mention.isSpelledOut)",
      "\(mention.isFraction)", "\(mention.isYearLike)", "\(mention.isDecade)",
      mention.scale ?? "-", mention.leftoverSuffix ?? "-", mention.unit ?? "-",
      bytes(mention.vagueLow), bytes(mention.vagueHigh),
    ].joined(separator: " ")
  }

  /// Each line's numbers read token by token with the fast paths and without; the lines where
  /// the two differ, and how many digit tokens the fast path read itself.
  private static func compareParsers(_ text: String) -> (differences: [String], fast: Int) {
    var differences: [String] = []
    var fast = 0
    forEachTokenizedLine(of: text) { bytes, range, tokenizer in
      let tokens = tokenizer.tokens
      let quick = NumberParser(bytes: bytes, tokens: tokens, lexicon: .shared)
      var general = quick
      general.usesFastPaths = false
      for index in tokens.indices where tokens[index].kind == .number {
        if quick.plainDigits(at: index) != nil { fast += 1 }
        let expected = general.parse(at: index).map(describe)
        let found = quick.parse(at: index).map(describe)
        if found != expected {
          let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
          differences.append("\(line) @\(index): \(found) != \(expected)")
        }
      }
    }
    return (differences, fast)
  }

  @Test func plainDigitsReadAsTheGrammarReadsThemInEveryArticle() throws {
    var fast = 0
    for text in try DevsetFixtures.articleTexts() {
      let result = Self.compareParsers(text)
      #expect(result.differences.isEmpty, "\(result.differences.prefix(5))")
      fast += result.fast
    }
    // The fast path is taken for many digits (729 of these articles' digit tokens when it was
    // written), or it would not be worth having.
    #expect(fast > 500)
  }

  @Test func plainDigitsReadAsTheGrammarReadsThemInTheNumberSpecs() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/recognizers-en")
    for model in ["number", "numberrange", "percent", "currency", "ordinal"] {
      let text = try String(
        contentsOf: folder.appendingPathComponent("\(model).jsonl"), encoding: .utf8)
      let inputs = try text.split(separator: "\n").map {
        try JSONDecoder().decode(RecognizersSpecTests.Case.self, from: Data($0.utf8)).input
      }
      let result = Self.compareParsers(inputs.joined(separator: "\n"))
      #expect(result.differences.isEmpty, "\(model): \(result.differences.prefix(5))")
    }
  }

  /// Lines of number shapes, joiners, number words and punctuation, glued or spaced at random:
  /// long digit strings, many decimals, wrong groups, vulgar fractions, scale letters, ratios.
  @Test func plainDigitsReadAsTheGrammarReadsThemInRandomLines() {
    let pieces = [
      "12", "1,200", "1,2,3", "12,34,567", "3.5", "0.000123", "1234", "2020", "2999", "3000",
      "12345678901234567890", "123456789012345678901234567890", "1.234,5", "5,00", "192.168.1.2",
      "1,234.50", "007", "½", "2½", "10k", "7th", "1990s", "19km", "4.2bn", "3e5", "1.1", "0",
      "and", "in", "over", "out", "of", "a", "million", "hundred", "k", "K", "M", "G", "m",
      "thirds", "fifth", "years", "year", "people", "point", "five", "twenty", "the", "minus",
      "/", "^", "-", "–", ",", ".", "%", "$", "€", "(", ")", "x", "+", ":",
    ]
    var random = SplitMix64(seed: 0x15_0042)
    var lines: [String] = []
    for _ in 0..<4000 {
      var line = ""
      for _ in 0..<Int.random(in: 2...9, using: &random) {
        if !line.isEmpty && Bool.random(using: &random) { line += " " }
        line += pieces.randomElement(using: &random)!
      }
      lines.append(line)
    }
    let result = Self.compareParsers(lines.joined(separator: "\n"))
    #expect(result.differences.isEmpty, "\(result.differences.prefix(5))")
    #expect(result.fast > 500)
  }

  /// The words the recognizer passes over without asking the parser (time units, "point") start
  /// no number in the grammar either, whatever follows them; and the skip is taken, or it would
  /// not be worth having.
  @Test func wordsThatNeverStartANumberStartNoneInTheGrammar() throws {
    let pieces = [
      "year", "years", "Year", "hour", "hours", "day", "days", "week", "month", "minutes",
      "second", "seconds", "decade", "century", "point", "Point", "five", "2", "1,200", "a",
      "half", "third", "thirds", "million", "-", "long", "and", "of", "in", "%", "$", ".", "old",
      "twenty", "hundred", "first",
    ]
    var random = SplitMix64(seed: 0x15_5EC)
    var lines: [String] = []
    for _ in 0..<3000 {
      var line = ""
      for _ in 0..<Int.random(in: 1...7, using: &random) {
        if !line.isEmpty && Int.random(in: 0..<4, using: &random) > 0 { line += " " }
        line += pieces.randomElement(using: &random)!
      }
      lines.append(line)
    }
    var skipped = 0
    for text in try DevsetFixtures.articleTexts() + [lines.joined(separator: "\n")] {
      forEachTokenizedLine(of: text) { bytes, range, tokenizer in
        let tokens = tokenizer.tokens
        var general = NumberParser(bytes: bytes, tokens: tokens, lexicon: .shared)
        general.usesFastPaths = false
        for index in tokens.indices where general.neverStartsNumber(tokens[index]) {
          skipped += 1
          let found = general.parse(at: index)
          if !found.isEmpty {
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            Issue.record("\(line) @\(index): \(found.map(Self.describe))")
          }
        }
      }
    }
    #expect(skipped > 1000)
  }

  /// Clock times found with the screen of the word after the digits are those the full reading
  /// finds, in the articles and in random lines of times, markers, zones and other words.
  @Test func screenedClockTimesAreTheFullReadingsTimes() throws {
    let pieces = [
      "6", "10", "12", "0", "24", "1447", "2100", "9999", "8.30", "12.05", "2.30pm", "9:59pm",
      "10", ":", "47", "5", "am", "pm", "AM", "PM", "a.m", "p.m", "a.m.", "P.M.", ".", "Am",
      "GMT", "gmt", "ET", "CEST", "UTC", "-", "+", "Z", "at", "apm", "pmx", "people", "percent",
      "Monday", "PT", "A", "p", "é", "Ám", "2am", "7PM", "1,500", "3x", "11", ",",
    ]
    var random = SplitMix64(seed: 0x15_C10C)
    var lines: [String] = []
    for _ in 0..<4000 {
      var line = ""
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        if !line.isEmpty && Int.random(in: 0..<3, using: &random) > 0 { line += " " }
        line += pieces.randomElement(using: &random)!
      }
      lines.append(line)
    }
    var times = 0
    for text in try DevsetFixtures.articleTexts() + [lines.joined(separator: "\n")] {
      forEachTokenizedLine(of: text) { bytes, range, tokenizer in
        let recognizer = FigureRecognizer(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
        func describe(_ found: [ClockTime]) -> [String] {
          found.map {
            "\($0.firstToken)...\($0.lastToken) \($0.normalized ?? "-") \($0.zone ?? "-")"
          }
        }
        let screened = describe(ClockTimes(recognizer: recognizer).find())
        let full = describe(ClockTimes(recognizer: recognizer, screensWords: false).find())
        times += full.count
        if screened != full {
          let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
          Issue.record("\(line): \(screened) != \(full)")
        }
      }
    }
    #expect(times > 500)
  }

  /// Units read from a span's bytes are the units the table gives the span's lower-cased text,
  /// for spans of one to three tokens in the articles and in lines of unit words in any case.
  @Test func unitsReadFromBytesAreTheTablesUnits() throws {
    let pieces =
      UnitTable.written.keys.sorted() + [
        "KM", "Km", "MPH", "Degrees", "°C", "°F", "per", "hour", "x", "é", "kilometres per hour",
        "sq", "km²", "m/s", "10", "-", ".", "/",
      ]
    var random = SplitMix64(seed: 0x15_0417)
    var lines: [String] = []
    for _ in 0..<2000 {
      var line = ""
      for _ in 0..<Int.random(in: 1...5, using: &random) {
        if !line.isEmpty && Int.random(in: 0..<4, using: &random) > 0 { line += " " }
        line += pieces.randomElement(using: &random)!
      }
      lines.append(line)
    }
    var found = 0
    for text in try DevsetFixtures.articleTexts() + [lines.joined(separator: "\n")] {
      forEachTokenizedLine(of: text) { bytes, _, tokenizer in
        let tokens = tokenizer.tokens
        let recognizer = FigureRecognizer(bytes: bytes, tokens: tokens, lexicon: .shared)
        for first in tokens.indices {
          for last in first..<min(first + 3, tokens.count) {
            let (start, end) = (tokens[first].start, tokens[last].end)
            let expected = UnitTable.written[recognizer.parser.lowercased(start, end)]
            if expected != nil { found += 1 }
            #expect(recognizer.unitNamed(start, end) == expected, "\(recognizer.text(start, end))")
          }
        }
      }
    }
    #expect(found > 1000)
  }

  /// Grouped digits read as the plain rule reads them: the digits as a number when the comma
  /// groups are Western or Indian and there is at most one point, after any comma.
  @Test func groupedDigitsFollowTheGroupingRule() {
    func plain(_ text: String) -> Decimal? {
      let beforeDot = text.split(separator: ".", omittingEmptySubsequences: false)
      guard beforeDot.count <= 2, !(beforeDot.count == 2 && beforeDot[1].contains(",")) else {
        return nil
      }
      let groups = beforeDot[0].split(separator: ",", omittingEmptySubsequences: false)
      if groups.count > 1 {
        guard (1...3).contains(groups[0].count), groups.last!.count == 3,
          groups.dropFirst().dropLast().allSatisfy({ $0.count == 2 || $0.count == 3 })
        else { return nil }
      }
      return Decimal(
        string: text.replacingOccurrences(of: ",", with: ""),
        locale: Locale(identifier: "en_US_POSIX"))
    }
    var random = SplitMix64(seed: 0x6_0C_0A)
    for _ in 0..<3000 {
      var text = String(Int.random(in: 1...9, using: &random))
      for _ in 0..<Int.random(in: 0...24, using: &random) {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: text += ","
        case 1: text += "."
        default: text += String(Int.random(in: 0...9, using: &random))
        }
      }
      guard text.last!.isNumber, !text.contains(",,"), !text.contains(".."),
        !text.contains(",."), !text.contains(".,")
      else { continue }
      var value: Decimal?
      forEachTokenizedLine(of: text) { bytes, _, tokenizer in
        guard tokenizer.tokens.count == 1 else { return }
        value = NumberParser(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
          .digitValue(tokenizer.tokens[0])
      }
      // A decimal comma ("5,00") is the European reading's, which this rule leaves out.
      let expected = plain(text)
      if let expected, let value {
        #expect(value == expected, "\(text)")
      } else if expected != nil {
        Issue.record("\(text): the rule reads \(expected!), the parser nothing")
      }
    }
  }

  /// Decimals of every shape: integers, fractions, trailing zeros, large and tiny exponents,
  /// mantissas past 64 bits, negatives.
  private static func sampleDecimals() -> [Decimal] {
    var values: [Decimal] = []
    let texts = [
      "0", "1", "-1", "31", "32", "0.5", "1.0", "1.50", "31.000", "30.9999", "-0", "999", "1000",
      "2999", "2999.0", "3000", "1e3", "1e-3", "18446744073709551615", "18446744073709551616",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e19", "1e20",
      "123456789012345678901234567890", "0.00000000000000000000000001", "100e-2", "1000e-3",
    ]
    for text in texts {
      values.append(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!)
    }
    var random = SplitMix64(seed: 0xDEC)
    for _ in 0..<5000 {
      let significand = Decimal(random.next() >> UInt64.random(in: 0...63, using: &random))
      let exponent = Int.random(in: -24...24, using: &random)
      let value = Decimal(
        sign: Bool.random(using: &random) ? .minus : .plus, exponent: exponent,
        significand: significand)
      values.append(value)
      values.append(value * Decimal(Int.random(in: 1...1000, using: &random)))
    }
    values.append(.nan)
    return values
  }

  @Test func wholeNumbersReadFromTheirPartsAnswerAsFoundation() {
    for value in Self.sampleDecimals() {
      var copy = value
      var rounded = Decimal()
      NSDecimalRound(&rounded, &copy, 0, .plain)
      #expect(DecimalParts.isWholeNumber(value) == (rounded == value), "\(value)")
      for (low, high) in [(1, 31), (1000, 2999), (1, 99), (-5, 5), (0, 0)] {
        #expect(
          DecimalParts.isBetween(value, low, high)
            == (value >= Decimal(low) && value <= Decimal(high)), "\(value) in \(low)...\(high)")
      }
      for integer in [0, 1, -1, 31, 1000] {
        #expect(DecimalParts.equals(value, integer) == (value == Decimal(integer)), "\(value)")
      }
      if let known = DecimalParts.wholeNumber(value), let whole = known {
        #expect(Decimal(whole) == value)
      }
    }
  }

  /// Scaling by a power of ten keeps the mantissa and adds the exponents, byte for byte what
  /// Foundation's multiplication gives, so figures scaled by "million" or "bn" print the same.
  @Test func scalingByPowersOfTenIsFoundationsMultiplication() {
    func bytes(_ value: Decimal) -> [UInt8] {
      var value = value
      return withUnsafeBytes(of: &value) { Array($0) }
    }
    for value in Self.sampleDecimals() {
      for exponent in [-3, 0, 1, 2, 3, 5, 6, 7, 9, 12, 14, 40] {
        let expected = value * Decimal(sign: .plus, exponent: exponent, significand: 1)
        let scaled = DecimalParts.scaled(value, byPowerOfTen: exponent)
        #expect(bytes(scaled) == bytes(expected), "\(value) × 10^\(exponent)")
      }
    }
  }

  /// Quotients worked out in 64 bits are Foundation's quotients byte for byte (so "1 in 5" and
  /// "three quarters" print as before), for whole and fractional, exact and endless pairs.
  @Test func quotientsAreFoundationsDivision() {
    func bytes(_ value: Decimal) -> [UInt8] {
      var value = value
      return withUnsafeBytes(of: &value) { Array($0) }
    }
    var pairs: [(Decimal, Decimal)] = []
    for numerator in 0...120 {
      for denominator in 0...120 { pairs.append((Decimal(numerator), Decimal(denominator))) }
    }
    var random = SplitMix64(seed: 0x9_07)
    for _ in 0..<3000 {
      // Whole numbers of every size; denominators of 2s and 5s (exact quotients) or not.
      let numerator = random.next() >> UInt64.random(in: 0...63, using: &random)
      let twos = UInt64(1) << UInt64.random(in: 0...20, using: &random)
      let fives = [1, 5, 25, 125, 625, 3125, 390_625, 48_828_125].randomElement(
        using: &random)!
      let other = UInt64.random(in: 1...1000, using: &random)
      for denominator in [twos, UInt64(fives), twos * UInt64(fives), other, twos * other] {
        pairs.append((Decimal(numerator), Decimal(denominator)))
      }
    }
    let samples = Self.sampleDecimals()
    for index in 0..<2000 {
      pairs.append((samples[index], samples[(index * 7 + 3) % samples.count]))
      pairs.append((samples[index], Decimal(index % 40 + 1)))
    }
    var exact = 0
    for (dividend, divisor) in pairs {
      let expected = dividend / divisor
      let found = DecimalParts.quotient(dividend, divisor)
      if found.isNaN || expected.isNaN {
        #expect(found.isNaN && expected.isNaN, "\(dividend) / \(divisor)")
        continue
      }
      #expect(
        bytes(found) == bytes(expected), "\(dividend) / \(divisor): \(found) != \(expected)")
      if DecimalParts.isWholeNumber(dividend), dividend >= 0, DecimalParts.isWholeNumber(divisor),
        divisor > 0, expected.exponent > -10
      {
        exact += 1
      }
    }
    // Many pairs are whole numbers with a short quotient, the case the fast path is for.
    #expect(exact > 5000)
  }

  /// Words with curly apostrophes, dashes and quotes are lower-cased from their bytes; words
  /// with letters outside ASCII still by the standard library: both as `lowercased()` does.
  @Test func wordsLowerCaseAsTheStandardLibraryDoes() {
    let pieces = [
      "A", "b", "Z", "’", "‘", "“", "—", "\u{2060}", "\u{206F}", "\u{2070}", "é", "İ", "ß", "Σ",
      "K", "\u{212A}", "'", "s", "Russia", "X", "\u{1F600}",
    ]
    var random = SplitMix64(seed: 0x10_2E)
    for _ in 0..<3000 {
      var word = ""
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        word += pieces.randomElement(using: &random)!
      }
      var text = word
      text.makeContiguousUTF8()
      let lowered = text.utf8.withContiguousStorageIfAvailable { bytes in
        NumberParser(bytes: bytes, tokens: [], lexicon: .shared).lowercased(0, bytes.count)
      }
      #expect(lowered == word.lowercased(), "\(word)")
    }
  }
}
