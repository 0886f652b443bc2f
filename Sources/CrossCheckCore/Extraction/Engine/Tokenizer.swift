/// Splits one line of UTF-8 into tokens without decoding it into Characters: the hot loop of
/// extraction, so it works on bytes and reuses its token buffer from line to line.
struct Tokenizer {
  /// The tokens of the line last tokenized.
  private(set) var tokens: [Token] = []
  /// What the line last tokenized holds that some passes need (see ``LineShapes``).
  private(set) var shapes: LineShapes = []
  /// The tokens of the line being tokenized, made into ``tokens`` once the line is done. (Copies
  /// of a tokenizer share it, but not their ``tokens``.)
  private let buffer = TokenBuffer()

  init() {}

  /// Tokenizes `bytes[range]` (one line, no line break), replacing the previous tokens.
  mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexicon: Lexicon)
  {
    buffer.removeAll()
    shapes = []
    defer { buffer.copy(into: &tokens) }
    var index = range.lowerBound
    let end = range.upperBound
    var space = true
    while index < end {
      let byte = bytes[index]
      // An ASCII letter starts most tokens: asked first, and its word read inline.
      if Tokenizer.isLetter(byte) {
        // Most words are ASCII letters up to a space, a mark that cannot go on with a word, or
        // the line's end: made here, without the checks for what may continue a word.
        let lettersEnd = Tokenizer.endOfLetters(bytes, from: index &+ 1, end: end)
        if lettersEnd == end || Tokenizer.endsPlainWord(bytes, at: lettersEnd, end: end) {
          appendWord(
            bytes, start: index, end: lettersEnd, lineEnd: end, ascii: true, space: space,
            lexicon: lexicon)
          index = lettersEnd
        } else {
          index = scanWordOutOfLine(bytes, from: index, end: end, space: space, lexicon: lexicon)
        }
        // Most words end at one space: taken here, not in a round of the loop of its own.
        space = index < end && bytes[index] == 0x20
        if space { index += 1 }
        continue
      }
      if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C {
        space = true
        index += 1
        continue
      }
      if byte == 0x1B {
        // A terminal control sequence in a hostile file ("ESC]0;title BEL"): its digits are
        // parameters, not figures. It separates words like a space.
        space = true
        index = Tokenizer.endOfEscapeSequence(bytes, from: index, end: end)
        continue
      }
      if byte >= 0x80 {
        let (scalar, length) = Tokenizer.decode(bytes, at: index, end: end)
        if Tokenizer.isSpace(scalar) {
          space = true
          index += length
          continue
        }
        if let kind = Tokenizer.symbolKind(scalar) {
          var token = Token(
            kind: kind, start: index, end: index + length, suffixStart: index + length,
            spaceBefore: space)
          token.scalar = scalar
          token.head = byte
          // No trigger, as "$" and "%" are none: a sign or a dash makes no figure without a
          // number, and lines of quotation marks and dashes alone are common in news.
          buffer.append(token)
          index += length
          space = false
          continue
        }
        if Tokenizer.vulgarFraction(scalar) != nil {
          // "½", "⅔": a number on its own.
          var token = Token(
            kind: .number, start: index, end: index + length, suffixStart: index + length,
            spaceBefore: space)
          token.scalar = scalar
          token.head = byte
          token.isTrigger = true
          buffer.append(token)
          index += length
          space = false
          continue
        }
        // Any other non-ASCII scalar is a letter of some script: part of a word.
        index = scanWordOutOfLine(bytes, from: index, end: end, space: space, lexicon: lexicon)
        space = false
        continue
      }
      // ".5" opens a decimal, but a full stop glued to an abbreviation that comes before
      // numbers ends it: "Rs.50,000", "No.5" are 50,000 rupees and number 5, not 0.5.
      if Tokenizer.isDigit(byte)
        || (byte == 0x2E && index + 1 < end && Tokenizer.isDigit(bytes[index + 1])
          && (space || !Tokenizer.endsNumberAbbreviation(buffer.last, bytes)))
      {
        index = scanNumber(bytes, from: index, end: end, space: space)
        space = false
        continue
      }
      let kind: Token.Kind
      switch byte {
      case 0x24, 0x25: kind = .symbol  // $ %
      case 0x2D: kind = .dash
      default: kind = .punctuation
      }
      var token = Token(
        kind: kind, start: index, end: index + 1, suffixStart: index + 1, spaceBefore: space)
      token.head = byte
      token.scalar = UInt32(byte)
      buffer.append(token)
      index += 1
      space = false
    }
  }

  private mutating func scanNumber(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, space: Bool
  ) -> Int {
    var index = start
    while index < end {
      let byte = bytes[index]
      if Tokenizer.isDigit(byte) {
        index += 1
      } else if (byte == 0x2C || byte == 0x2E) && index + 1 < end
        && Tokenizer.isDigit(bytes[index + 1])
      {
        index += 1
      } else {
        break
      }
    }
    let suffixStart = index
    while index < end && Tokenizer.isLetter(bytes[index]) { index += 1 }
    var token = Token(
      kind: .number, start: start, end: index, suffixStart: suffixStart, spaceBefore: space)
    token.head = bytes[start]
    // "1H25", "2H": a half written number first.
    if suffixStart == start + 1 && (token.head == 0x31 || token.head == 0x32) {
      shapes.insert(.periodCode)
    }
    token.isTrigger = true
    buffer.append(token)
    return index
  }

  /// ``scanWord(_:from:end:space:lexicon:)`` as a call, for the rare word that starts with a
  /// letter of another script: the hot loop inlines only the one for ASCII.
  @inline(never)
  private mutating func scanWordOutOfLine(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, space: Bool, lexicon: Lexicon
  ) -> Int {
    scanWord(bytes, from: start, end: end, space: space, lexicon: lexicon)
  }

  @inline(__always)
  private mutating func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, space: Bool, lexicon: Lexicon
  ) -> Int {
    var index = start
    var ascii = true
    var lettersOnly = true
    while index < end {
      // ASCII letters, most of every word, need none of the checks below.
      index = Tokenizer.endOfLetters(bytes, from: index, end: end)
      guard index < end else { break }
      let byte = bytes[index]
      // A space ends most words: told at once, before the checks for what may continue one.
      if byte == 0x20 { break }
      if Tokenizer.isDigit(byte), lettersOnly, index - start <= 3,
        Tokenizer.isCurrencyPrefix(bytes, start, index)
          || Tokenizer.isDollarLetters(bytes, start, index, end: end)
      {
        break  // "USD3.14", "GBP3.01", "Rs20", "P2.4 billion": a currency, then a number
      }
      if Tokenizer.isLetter(byte) || Tokenizer.isDigit(byte) {
        if Tokenizer.isDigit(byte) { lettersOnly = false }
        index += 1
      } else if byte >= 0x80 {
        let (scalar, length) = Tokenizer.decode(bytes, at: index, end: end)
        if scalar == 0x2019 && index + length < end && Tokenizer.isLetter(bytes[index + length]) {
          index += length  // Russia’s
        } else if Tokenizer.isSpace(scalar) || Tokenizer.symbolKind(scalar) != nil {
          break
        } else {
          ascii = false
          index += length
        }
      } else if byte == 0x27 && index + 1 < end && Tokenizer.isLetter(bytes[index + 1]) {
        index += 1  // Russia's
      } else if byte == 0x2E && isDottedAbbreviation(bytes, start: start, dot: index, end: end) {
        index += 1
      } else {
        break
      }
    }
    appendWord(
      bytes, start: start, end: index, lineEnd: end, ascii: ascii, space: space, lexicon: lexicon)
    return index
  }

  /// Whether the byte at `index` (before `end`), right after a run of ASCII letters, ends the
  /// word there: ASCII, not a digit, and not an apostrophe or a dot with a letter after it,
  /// which may go on with the word (see ``scanWord(_:from:end:space:lexicon:)``).
  @inline(__always)
  static func endsPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
    let byte = bytes[index]
    guard byte < 0x80, byte &- 0x30 >= 10 else { return false }
    guard byte == 0x27 || byte == 0x2E else { return true }
    return index &+ 1 == end || !isLetter(bytes[index &+ 1])
  }

  /// Adds the word `bytes[start..<end]` of the line ending at `lineEnd`; `ascii` when all its
  /// bytes are.
  @inline(__always)
  private mutating func appendWord(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end index: Int, lineEnd end: Int,
    ascii: Bool, space: Bool, lexicon: Lexicon
  ) {
    var token = Token(kind: .word, start: start, end: index, suffixStart: index, spaceBefore: space)
    let first = bytes[start]
    token.isCapitalized = first &- 0x41 < 26
    token.head = first | (token.isCapitalized ? 0x20 : 0)
    // "Q3", "H1", "FY2024": most words are not capitalized, and are passed by the first test.
    if token.isCapitalized && index &- start <= 6
      && (token.head == 0x71 || token.head == 0x68 || token.head == 0x66)
    {
      shapes.insert(.periodCode)
    }
    if ascii {
      token.lexeme = lexicon.lookup(bytes, start, index)
      // Most words are no number word: what a known one means is read out of line.
      if token.lexeme >= 0 { markLexeme(&token, bytes, lineEnd: end, lexicon: lexicon) }
    }
    buffer.append(token)
  }

  /// Whether the known word `token` is or makes a trigger, and the shapes it shows.
  @inline(never)
  private mutating func markLexeme(
    _ token: inout Token, _ bytes: UnsafeBufferPointer<UInt8>, lineEnd end: Int,
    lexicon: Lexicon
  ) {
    let index = token.end
    token.isTrigger = lexicon.triggers[Int(token.lexeme)]
    if !token.isTrigger && lexicon.entries[Int(token.lexeme)].isUnit {
      shapes.insert(lexicon.entries[Int(token.lexeme)] == .timeUnit ? .timeUnit : .lengthUnit)
      // "hour-long", and "a year", "an hour" where they measure ("about a year").
      token.isTrigger =
        Tokenizer.isLongSuffix(bytes, at: index, end: end)
        || (buffer.last.map { previous in
          previous.kind == .word && lexicon.word(previous) == .article
        } ?? false)
    }
  }

  /// Whether `bytes[start..<end]` is a currency written glued before digits ("USD", "Rs", "P").
  static func isCurrencyPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    guard end > start, bytes[start] >= 0x41, bytes[start] <= 0x5A else { return false }
    let letters = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return Vocabulary.gluedCurrencyPrefixes.contains(letters)
  }

  /// "U.S.A": a dot after a single letter, followed by a letter, continues the word.
  private func isDottedAbbreviation(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, dot: Int, end: Int
  ) -> Bool {
    guard dot + 1 < end, Tokenizer.isLetter(bytes[dot + 1]) else { return false }
    let segmentStart = (start..<dot).last { bytes[$0] == 0x2E }.map { $0 + 1 } ?? start
    return dot - segmentStart == 1
  }

  /// "-long" right after a word: "hour-long", "years-long".
  static func isLongSuffix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
    guard index + 5 <= end, bytes[index] == 0x2D else { return false }
    return (bytes[index + 1] | 0x20) == 0x6C && (bytes[index + 2] | 0x20) == 0x6F
      && (bytes[index + 3] | 0x20) == 0x6E && (bytes[index + 4] | 0x20) == 0x67
  }

  /// The end of the run of ASCII letters in `bytes` from `start` (before `end`), found eight
  /// bytes at a time: where a word ends is asked of every word of the text.
  @inline(__always)
  static func endOfLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var index = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let highBits: UInt64 = 0x8080_8080_8080_8080
      // Offsets are far below overflow: unchecked sums, as this runs for every word.
      while index &+ 8 <= end {
        // Upper-case letters fold onto lower-case; then a byte outside a...z is below 0x61 or
        // above 0x7A. The lowest byte flagged is exact (a borrow or carry only runs up from a
        // byte flagged itself), and it is the first in the text.
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | 0x2020_2020_2020_2020
        let below = (word &- 0x6161_6161_6161_6161) & ~word
        let above = (word &+ 0x0505_0505_0505_0505) | word
        let outside = (below | above) & highBits
        if outside != 0 { return index &+ outside.trailingZeroBitCount / 8 }
        index &+= 8
      }
    }
    while index < end && isLetter(bytes[index]) { index += 1 }
    return index
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// ``Vocabulary/dottedNumberAbbreviations`` as bytes, compared with a token's lower-cased
  /// bytes.
  static let numberAbbreviations: Set<[UInt8]> = Set(
    Vocabulary.dottedNumberAbbreviations.map { Array($0.utf8) })

  /// Whether `token`, right before a full stop, is one of ``numberAbbreviations``.
  static func endsNumberAbbreviation(_ token: Token?, _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let token, token.kind == .word, token.end - token.start <= 4 else { return false }
    let lowered = bytes[token.start..<token.end].map { $0 | 0x20 }
    return numberAbbreviations.contains(lowered)
  }

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int)
  {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= end else { return (UInt32(lead), 1) }
    var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (scalar, length)
  }

  static func isSpace(_ scalar: UInt32) -> Bool {
    scalar == 0xA0 || scalar == 0x202F || (scalar >= 0x2000 && scalar <= 0x200B) || scalar == 0x3000
      || scalar == 0xFEFF
  }

  /// The numerator and denominator of a vulgar fraction character ("½", "⅔", "⅞").
  static func vulgarFraction(_ scalar: UInt32) -> (Int, Int)? {
    switch scalar {
    case 0xBC: return (1, 4)
    case 0xBD: return (1, 2)
    case 0xBE: return (3, 4)
    case 0x2150...0x215E:
      let table = [
        (1, 7), (1, 9), (1, 10), (1, 3), (2, 3), (1, 5), (2, 5), (3, 5), (4, 5), (1, 6), (5, 6),
        (1, 8), (3, 8), (5, 8), (7, 8),
      ]
      return table[Int(scalar - 0x2150)]
    default: return nil
    }
  }

  /// Currency signs and the punctuation that matters for figures.
  static func symbolKind(_ scalar: UInt32) -> Token.Kind? {
    switch scalar {
    case 0x20A0...0x20C0, 0xA3, 0xA5, 0xA2, 0x20BF, 0x0E3F, 0x5143, 0x5186: return .symbol
    case 0x2010...0x2015, 0x2212: return .dash
    case 0x2016...0x206F, 0xAB, 0xBB, 0xA7, 0xB7, 0xBF, 0xA1, 0x2E80...0x2EFF, 0x3001...0x303F:
      return .punctuation
    // Mathematical signs ("≤0.05", "≥90%", "±2%", "6 × 10"): signs, not letters of a word.
    case 0x2200...0x22FF, 0xB1, 0xD7, 0xF7: return .punctuation
    default: return nil
    }
  }

  /// The index after the escape sequence starting with ESC at `start`: a CSI ("ESC [" parameters,
  /// intermediates, one final byte), an OSC, DCS, SOS, PM or APC string (up to BEL or "ESC \\"),
  /// ESC and the one printable ASCII byte after it, or ESC alone.
  static func endOfEscapeSequence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
    -> Int
  {
    var index = start + 1
    // Only an ASCII byte can belong to the sequence: skipping part of a multi-byte scalar would
    // leave the tokenizer inside a character.
    guard index < end, (0x20...0x7E).contains(bytes[index]) else { return index }
    let introducer = bytes[index]
    index += 1
    switch introducer {
    case 0x5B:  // "[": CSI
      while index < end, (0x20...0x3F).contains(bytes[index]) { index += 1 }
      if index < end, (0x40...0x7E).contains(bytes[index]) { index += 1 }
      return index
    case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // "]" OSC, "P" DCS, "X" SOS, "^" PM, "_" APC
      while index < end {
        if bytes[index] == 0x07 { return index + 1 }
        if bytes[index] == 0x1B {
          return index + 1 < end && bytes[index + 1] == 0x5C ? index + 2 : index
        }
        index += 1
      }
      return index
    default:
      return index
    }
  }
}
