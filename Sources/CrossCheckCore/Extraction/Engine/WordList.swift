/// A short list of lower-case words asked about token by token ("the", "a", "an", "its"): each
/// word packed once, when the list is made, into two integers (``WordPacking``), so an ASCII
/// token is told apart from the whole list with a few integer compares; no String is made for
/// the token and none of the list's Strings is read. Written as an array literal.
struct WordList: Sendable, ExpressibleByArrayLiteral {
  /// The words as written, for a token that cannot be packed and for callers that want Strings.
  let words: [String]
  /// The same words as a set: a word of another script is looked up once, not compared with
  /// each listed word.
  private let wordSet: Set<String>
  private struct PackedWord: Sendable {
    var low: UInt64
    var high: UInt64
  }
  /// The words of at most 16 bytes, packed; a longer word never equals a packable token.
  private let packed: [PackedWord]
  /// A word of another script (or with a NUL byte): such a list compares Strings, as Strings
  /// compare (a listed word may then equal an ASCII token).
  private let isASCII: Bool
  /// A bit for the length in bytes of each packed word: most tokens asked about have a length
  /// no listed word has, and are told so before their bytes are packed.
  private let lengths: UInt32
  /// A bit for the low six bits of each packed word's first byte, lower-cased: most of the
  /// remaining tokens begin with a letter no listed word begins with.
  private let firstBytes: UInt64

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init(_ words: [String]) {
    self.words = words
    wordSet = Set(words)
    var packed: [PackedWord] = []
    var isASCII = true
    var lengths: UInt32 = 0
    var firstBytes: UInt64 = 0
    for word in words {
      let bytes = Array(word.utf8)
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0 }) else {
        isASCII = false
        continue
      }
      guard bytes.count <= 16 else { continue }
      let (low, high) = WordPacking.packed(bytes)
      packed.append(PackedWord(low: low, high: high))
      lengths |= 1 << UInt32(bytes.count)
      if let first = bytes.first { firstBytes |= 1 << UInt64(Self.lowered(first) & 0x3F) }
    }
    self.packed = packed
    self.isASCII = isASCII
    self.lengths = lengths
    self.firstBytes = firstBytes
  }

  /// Whether `word` (a String) is listed.
  func contains(_ word: String) -> Bool {
    wordSet.contains(word)
  }

  /// Whether the word in `bytes[start..<end]`, lower-cased, is listed; nil when the list cannot
  /// tell it from its bytes (the word is longer than 16 bytes, or not ASCII, or the list is
  /// not): the caller compares Strings.
  @inline(__always)
  func containsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
    guard isASCII, end - start <= 16 else { return nil }
    // A token whose length or first letter no listed word has is not listed, if it can be
    // packed; one that cannot (a byte of 0x80 or more, or a NUL) is left to the caller.
    if lengths & 1 << UInt32(truncatingIfNeeded: end - start) == 0
      || firstBytes & 1 << UInt64(Self.lowered(bytes[start]) & 0x3F) == 0
    {
      return Self.isPackable(bytes, start, end) ? false : nil
    }
    guard let (low, high) = WordPacking.lowered(bytes, start, end) else { return nil }
    return packed.withUnsafeBufferPointer { packed in
      packed.contains { $0.low == low && $0.high == high }
    }
  }

  /// `byte` with A…Z made a…z, as ``WordPacking/lowered(_:_:_:)`` makes it.
  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }

  /// Whether ``WordPacking/lowered(_:_:_:)`` packs `bytes[start..<end]`: no byte of 0x80 or
  /// more, and no NUL.
  @inline(__always)
  private static func isPackable(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte >= 0x80 || byte == 0 { return false }
      index &+= 1
    }
    return true
  }
}
