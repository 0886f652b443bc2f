/// The number words, looked up in the hot loop by their lower-cased bytes packed into two
/// integers: no String is made for a word, and most words miss after one hash probe.
///
/// A class, so that the tokenizer, the parser and every copy of a line's recognizer share one
/// reference to its six tables instead of counting references to each of them per copy.
final class Lexicon: Sendable {
  static let shared = Lexicon()

  private struct Key: Hashable {
    var low: UInt64
    var high: UInt64
  }

  /// Open addressing over a power-of-two table: one multiply and, for most words, one probe.
  private static let slotBits = 11
  private let slotLow: [UInt64]
  private let slotHigh: [UInt64]
  private let slotEntry: [Int32]
  /// Whether an entry can start or be a figure on its own (not "a", "point", "minus"): lines
  /// without any such word or a digit are skipped whole.
  let triggers: [Bool]
  /// For each pair of first two bytes (the second ``noSecondLetter`` for a word of one letter),
  /// the lengths of the entries that begin so, either letter in either case, a bit each: most
  /// words ("the", "that", "this") are rejected here, before any hashing. Indexed by the bytes
  /// as they are, so a word is asked with one load and no test of its letters; pairs that are
  /// not two letters (or a letter and ``noSecondLetter``) hold no length.
  private let lengthsByPrefix: [UInt16]
  /// What stands for the second byte of a one-letter word in ``lengthsByPrefix``: a byte no
  /// word of two letters or more has there (`{`).
  private static let noSecondLetter: UInt8 = 0x7B

  let entries: [NumberWord]

  private init() {
    var words: [(String, NumberWord)] = []
    let units = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen",
    ]
    for (value, word) in units.enumerated() { words.append((word, .unit(value))) }
    words += [("nought", .unit(0)), ("naught", .unit(0))]
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (index, word) in tens.enumerated() { words.append((word, .tens((index + 2) * 10))) }
    words += [
      ("hundred", .hundred), ("hundreds", .vague(2)), ("tens", .vague(1)),
      ("thousands", .vague(3)), ("millions", .vague(6)), ("billions", .vague(9)),
      ("thousand", .scale(3)), ("million", .scale(6)),
      ("billion", .scale(9)), ("trillion", .scale(12)), ("lakh", .scale(5)), ("crore", .scale(7)),
      ("lakhs", .vague(5)), ("crores", .vague(7)), ("trillions", .vague(12)),
      ("bn", .scale(9)), ("bln", .scale(9)), ("mn", .scale(6)), ("mln", .scale(6)),
      ("mil", .scale(6)),
      ("tn", .scale(12)), ("tln", .scale(12)), ("dozen", .dozen), ("dozens", .dozen),
      ("doz", .dozen), ("dozs", .dozen), ("dz", .dozen), ("dzs", .dozen),
      ("a", .article), ("an", .article), ("half", .half), ("halves", .half),
      ("quarter", .quarter(plural: false)), ("quarters", .quarter(plural: true)),
      ("minus", .minus), ("negative", .minus), ("point", .point),
    ]
    let ordinals = [
      "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth",
    ]
    for (value, word) in ordinals.enumerated() where value > 0 {
      words.append((word, .ordinal(value, plural: false)))
      words.append((word + "s", .ordinal(value, plural: true)))
    }
    words.append(("nineth", .ordinal(9, plural: false)))
    let tensOrdinals = [
      "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
      "ninetieth",
    ]
    for (index, word) in tensOrdinals.enumerated() {
      words.append((word, .ordinal((index + 2) * 10, plural: false)))
      words.append((word + "s", .ordinal((index + 2) * 10, plural: true)))
    }
    for (word, value) in [
      ("hundredth", 100), ("thousandth", 1000), ("millionth", 1_000_000),
      ("billionth", 1_000_000_000), ("trillionth", 1_000_000_000_000),
    ] {
      words.append((word, .ordinal(value, plural: false)))
      words.append((word + "s", .ordinal(value, plural: true)))
    }
    // "threefold", "tenfold", "hundredfold": a number word and a multiple's ending, one word.
    let multipliers =
      Array(units.enumerated().dropFirst(2)).map { ($0.element, $0.offset) }
      + tens.enumerated().map { ($0.element, ($0.offset + 2) * 10) }
      + [("hundred", 100), ("thousand", 1000), ("million", 1_000_000)]
    for (word, value) in multipliers {
      for ending in Vocabulary.multipleWords.keys {
        words.append((word + ending, .multiple(value)))
      }
    }
    // "twice", "thrice", "doubled", "triple": multiples in a word of their own.
    for (word, value) in Vocabulary.multipleAdverbs { words.append((word, .multiple(value))) }
    for (word, value) in Vocabulary.multiplyingWords { words.append((word, .multiple(value))) }
    for unit in [
      "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute",
      "minutes", "decade", "decades", "century", "centuries", "fortnight", "fortnights",
    ] {
      words.append((unit, .timeUnit))
    }
    // Singular only: "about a mile" (``FigureRecognizer/articleLengths(excluding:)``).
    for unit in Vocabulary.articleLengthUnits.keys {
      words.append((unit, .lengthUnit))
    }
    let size = 1 << Lexicon.slotBits
    var slotLow = [UInt64](repeating: 0, count: size)
    var slotHigh = [UInt64](repeating: 0, count: size)
    var slotEntry = [Int32](repeating: -1, count: size)
    var entries: [NumberWord] = []
    for (word, meaning) in words {
      let key = Lexicon.key(Array(word.utf8))!
      var slot = Lexicon.slot(key.low, key.high)
      while slotEntry[slot] >= 0 && (slotLow[slot] != key.low || slotHigh[slot] != key.high) {
        slot = (slot + 1) & (size - 1)
      }
      if slotEntry[slot] < 0 {
        slotLow[slot] = key.low
        slotHigh[slot] = key.high
        slotEntry[slot] = Int32(entries.count)
        entries.append(meaning)
      } else {
        entries[Int(slotEntry[slot])] = meaning  // a later meaning of the same word wins
      }
    }
    var lengthsByLetters = [UInt16](repeating: 0, count: 26 * 27)
    for (word, _) in words {
      let bytes = Array(word.utf8)
      let first = Int(bytes[0] &- 0x61)
      let second = bytes.count > 1 ? Int(bytes[1] &- 0x61) : 26
      precondition(
        first < 26 && second < 26 || first < 26 && bytes.count == 1,
        "lexicon words are lower-case ASCII letters")
      precondition(bytes.count <= Lexicon.longestEntry)
      lengthsByLetters[first * 27 + second] |= 1 << UInt16(bytes.count)
    }
    // Each letter in both cases; a one-letter word's second byte is ``noSecondLetter``.
    var lengthsByPrefix = [UInt16](repeating: 0, count: 256 * 256)
    for first in 0..<26 {
      for second in 0...26 {
        let lengths = lengthsByLetters[first * 27 + second]
        guard lengths != 0 else { continue }
        let firsts = [0x61 + first, 0x41 + first]
        let seconds =
          second < 26 ? [0x61 + second, 0x41 + second] : [Int(Lexicon.noSecondLetter)]
        for firstByte in firsts {
          for secondByte in seconds { lengthsByPrefix[firstByte | secondByte << 8] = lengths }
        }
      }
    }
    self.lengthsByPrefix = lengthsByPrefix
    self.slotLow = slotLow
    self.slotHigh = slotHigh
    self.slotEntry = slotEntry
    self.entries = entries
    self.triggers = entries.map { meaning in
      switch meaning {
      // A time unit alone ("year") is no figure; "hour-long" is, and the tokenizer sees to it.
      case .article, .point, .minus, .timeUnit, .lengthUnit: return false
      default: return true
      }
    }
  }

  /// The longest entry, in letters: a bit of ``lengthsByPrefix`` for each length up to it.
  private static let longestEntry = 15

  /// Whether some entry may be the ASCII word in `bytes[start..<end]`: its length and first two
  /// letters, tested without hashing. Inlined where words are scanned, so most words never
  /// reach the hash table.
  @inline(__always)
  func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let length = end &- start
    guard length <= Lexicon.longestEntry else { return false }
    let second = length > 1 ? bytes[start &+ 1] : Lexicon.noSecondLetter
    let key = Int(bytes[start]) | Int(second) << 8
    // Two bytes index the table (256 × 256): read without a bounds check, as it is read for
    // every word of every line scanned.
    let lengths = lengthsByPrefix.withUnsafeBufferPointer { $0[key] }
    return lengths & (1 << UInt16(truncatingIfNeeded: length)) != 0
  }

  /// The entry index of the ASCII word in `bytes[start..<end]`, or -1. Inlined, so that the
  /// many words that ``mayHold(_:_:_:)`` rules out cost no call.
  @inline(__always)
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    mayHold(bytes, start, end) ? probe(bytes, start, end) : -1
  }

  /// The entry index of a word that ``mayHold(_:_:_:)`` let through, or -1.
  @inline(never)
  private func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    let (low, high) = WordPacking.folded(bytes, start, end)
    var slot = Lexicon.slot(low, high)
    let mask = (1 << Lexicon.slotBits) - 1
    while true {
      let entry = slotEntry[slot]
      if entry < 0 { return -1 }
      if slotLow[slot] == low && slotHigh[slot] == high { return entry }
      slot = (slot + 1) & mask
    }
  }

  private static func slot(_ low: UInt64, _ high: UInt64) -> Int {
    Int(
      truncatingIfNeeded: ((low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15)
        >> UInt64(64 - slotBits))
  }

  private static func key(_ bytes: [UInt8]) -> Key? {
    guard bytes.count <= 16 else { return nil }
    var key = Key(low: 0, high: 0)
    for (offset, byte) in bytes.enumerated() {
      if offset < 8 {
        key.low |= UInt64(byte) << (8 * UInt64(offset))
      } else {
        key.high |= UInt64(byte) << (8 * UInt64(offset - 8))
      }
    }
    return key
  }

  func word(_ token: Token) -> NumberWord? {
    token.lexeme >= 0 ? entries[Int(token.lexeme)] : nil
  }
}
