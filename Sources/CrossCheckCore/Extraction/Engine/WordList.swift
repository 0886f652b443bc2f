/// A short list of lower-case words asked about token by token ("the", "a", "an", "its"): each
/// word packed once, when the list is made, into two integers (``WordPacking``), so an ASCII
/// token is told apart from the whole list with a few integer compares; no String is made for
/// the token and none of the list's Strings is read. Written as an array literal.
struct WordList: Sendable, ExpressibleByArrayLiteral {
  /// The words as written, for a token that cannot be packed and for callers that want Strings.
  let words: [String]
  private struct PackedWord: Sendable {
    var low: UInt64
    var high: UInt64
  }
  /// The words of at most 16 bytes, packed; a longer word never equals a packable token.
  private let packed: [PackedWord]
  /// A word of another script (or with a NUL byte): such a list compares Strings, as Strings
  /// compare (a listed word may then equal an ASCII token).
  private let isASCII: Bool

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init(_ words: [String]) {
    self.words = words
    var packed: [PackedWord] = []
    var isASCII = true
    for word in words {
      let bytes = Array(word.utf8)
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0 }) else {
        isASCII = false
        continue
      }
      guard bytes.count <= 16 else { continue }
      let (low, high) = WordPacking.packed(bytes)
      packed.append(PackedWord(low: low, high: high))
    }
    self.packed = packed
    self.isASCII = isASCII
  }

  /// Whether `word` (a String) is listed.
  func contains(_ word: String) -> Bool {
    words.contains(word)
  }

  /// Whether the word in `bytes[start..<end]`, lower-cased, is listed; nil when the list cannot
  /// tell it from its bytes (the word is longer than 16 bytes, or not ASCII, or the list is
  /// not): the caller compares Strings.
  @inline(__always)
  func containsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
    guard isASCII, end - start <= 16, let (low, high) = WordPacking.lowered(bytes, start, end)
    else { return nil }
    return packed.withUnsafeBufferPointer { packed in
      packed.contains { $0.low == low && $0.high == high }
    }
  }
}
