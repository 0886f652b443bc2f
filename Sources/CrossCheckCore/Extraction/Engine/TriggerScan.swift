/// A byte-speed test for whether a line can hold a figure, run before the line is tokenized.
///
/// It answers yes for every line whose tokens would include a trigger (see ``Token/isTrigger``)
/// and may answer yes for some others, so skipping the lines it rejects changes no figure: a
/// line without a digit, a vulgar fraction or a number word is skipped at the cost of a table
/// look-up per byte and a lexicon probe per word.
enum TriggerScan {
  /// What a byte can mean for the scan.
  private enum ByteClass: UInt8 {
    /// Space, ASCII punctuation and symbols ($ % -): never triggers.
    case other
    case letter
    /// A digit, or ESC (a terminal sequence can end in a letter glued to the next word): the line
    /// is tokenized without further look.
    case stop
    /// The first byte of a multi-byte scalar.
    case lead
    /// A byte that continues a multi-byte scalar.
    case continuation
  }

  private static let classes: [ByteClass] = (0...255).map { value in
    let byte = UInt8(value)
    if Tokenizer.isDigit(byte) || byte == 0x1B { return .stop }
    if Tokenizer.isLetter(byte) { return .letter }
    if byte < 0x80 { return .other }
    return byte < 0xC0 ? .continuation : .lead
  }

  /// Whether `bytes[range]` (one line) may hold a figure.
  static func mayHoldFigure(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexicon: Lexicon
  ) -> Bool {
    // Most lines of news that hold a figure hold a digit: found eight bytes at a time, before
    // any word is looked at.
    if holdsDigitOrEscape(bytes, range) { return true }
    return holdsTriggerWord(bytes, range, lexicon: lexicon)
  }

  /// Whether `bytes[range]` holds a digit or ESC (see ``ByteClass/stop``), eight bytes at a time.
  static func holdsDigitOrEscape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = range.lowerBound
    let end = range.upperBound
    // A byte below n in x, for n <= 128: (x - n·ones) & ~x & highBits is non-zero exactly when
    // some byte is (borrows only mark bytes above a byte that is). Digits are the bytes below 10
    // once 0x30 is taken away by xor, ESC the bytes below 1 once 0x1B is.
    func found(_ word: UInt64) -> UInt64 {
      let digits = word ^ (0x30 &* ones)
      let escapes = word ^ (0x1B &* ones)
      return ((digits &- 10 &* ones) & ~digits | (escapes &- ones) & ~escapes) & highBits
    }
    // Sixteen bytes a round, one branch for both words.
    while index + 16 <= end {
      let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
      if found(first) | found(second) != 0 { return true }
      index += 16
    }
    while index + 8 <= end {
      if found(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) != 0 { return true }
      index += 8
    }
    while index < end {
      if Tokenizer.isDigit(bytes[index]) || bytes[index] == 0x1B { return true }
      index += 1
    }
    return false
  }

  /// Whether `bytes[range]` (one line) holds a word that is or may make a trigger, or a vulgar
  /// fraction.
  private static func holdsTriggerWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexicon: Lexicon
  ) -> Bool {
    let end = range.upperBound
    var index = range.lowerBound
    var previousWordIsArticle = false
    // Read once, not once per byte (a global's every read checks that it is initialized).
    let classes = Self.classes
    while index < end {
      switch classes[Int(bytes[index])] {
      case .other, .continuation:
        index += 1
      case .stop:
        return true
      case .letter:
        // Word after word while one space parts them (most of prose), without going back to
        // the table for the space and the next word's first letter.
        var wordStart = index
        while true {
          let wordEnd = Tokenizer.endOfLetters(bytes, from: wordStart + 1, end: end)
          let lexeme = lexicon.lookup(bytes, wordStart, wordEnd)
          if lexeme >= 0 {
            if lexicon.triggers[Int(lexeme)] { return true }
            // A time unit counts after an article ("a year") or before "-long" ("hour-long").
            if lexicon.entries[Int(lexeme)].isUnit
              && (previousWordIsArticle || Tokenizer.isLongSuffix(bytes, at: wordEnd, end: end))
            {
              return true
            }
          }
          previousWordIsArticle = lexeme >= 0 && lexicon.entries[Int(lexeme)] == .article
          guard wordEnd + 1 < end, bytes[wordEnd] == 0x20, Tokenizer.isLetter(bytes[wordEnd + 1])
          else {
            index = wordEnd
            break
          }
          wordStart = wordEnd + 1
        }
      case .lead:
        // A vulgar fraction is a number; any other scalar (a letter of another script, a
        // currency sign, a quotation mark, a dash) cannot make a figure without one. Only two
        // lead bytes begin a vulgar fraction; the curly quotes and dashes of news are passed
        // over by their lead byte's length, undecoded.
        guard Self.mayBeginVulgarFraction(bytes, at: index, end: end) else {
          index += Self.sequenceLength(bytes[index], at: index, end: end)
          continue
        }
        let (scalar, length) = Tokenizer.decode(bytes, at: index, end: end)
        if Tokenizer.vulgarFraction(scalar) != nil { return true }
        index += length
      }
    }
    return false
  }

  /// Whether the scalar whose lead byte is at `index` may be a vulgar fraction (see
  /// ``Tokenizer/vulgarFraction(_:)``): U+00BC…U+00BE (C2 BC…BE) and U+2150…U+215E (E2 85 …).
  @inline(__always)
  private static func mayBeginVulgarFraction(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int
  ) -> Bool {
    let lead = bytes[index]
    if lead == 0xC2 { return true }
    return lead == 0xE2 && index + 1 < end && bytes[index + 1] == 0x85
  }

  /// How many bytes ``Tokenizer/decode(_:at:end:)`` reads for the lead byte `lead` at `index`.
  @inline(__always)
  private static func sequenceLength(_ lead: UInt8, at index: Int, end: Int) -> Int {
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    return index + length <= end ? length : 1
  }
}
