/// A short word's bytes packed into two integers (bytes 0–7 in `low`, 8–15 in `high`, first byte
/// lowest, zero beyond the word), read eight bytes at a time: the key of the lexicon and of the
/// packed word tables, made for most words near a figure. A byte-by-byte loop cost about ten
/// instructions a byte; a word here costs about as much as one of its bytes did.
enum WordPacking {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// A table's word (at most 16 bytes, as written) packed the same way, when a table is built.
  static func packed(_ bytes: [UInt8]) -> (low: UInt64, high: UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in bytes.enumerated() {
      if offset < 8 {
        low |= UInt64(byte) << (8 * UInt64(offset))
      } else {
        high |= UInt64(byte) << (8 * UInt64(offset - 8))
      }
    }
    return (low, high)
  }

  /// `bytes[start..<end]` (at most 16 bytes), ASCII letters lower-cased, or nil when it holds a
  /// byte of 0x80 or more, or a NUL (which would pack like a shorter word).
  @inline(__always)
  static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> (low: UInt64, high: UInt64)?
  {
    let length = end - start
    let (low, high) = raw(bytes, start, length)
    let lowMask = mask(min(length, 8))
    let highMask = mask(max(length - 8, 0))
    guard (low | high) & highBits == 0,
      !hasZeroByte(low | ~lowMask), !hasZeroByte(high | ~highMask)
    else { return nil }
    return (lowerCased(low), lowerCased(high))
  }

  /// `bytes[start..<end]` (at most 16 bytes) with 0x20 set in every byte: the lower case of a
  /// word of ASCII letters, digits, dots and apostrophes, as the lexicon keys its words.
  @inline(__always)
  static func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> (low: UInt64, high: UInt64)
  {
    let length = end - start
    let (low, high) = raw(bytes, start, length)
    let spaces: UInt64 = 0x2020_2020_2020_2020
    return (low | spaces & mask(min(length, 8)), high | spaces & mask(max(length - 8, 0)))
  }

  /// The bytes as written, zero beyond `length` (at most 16).
  @inline(__always)
  private static func raw(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int)
    -> (UInt64, UInt64)
  {
    let low = chunk(bytes, start, min(length, 8))
    let high = length > 8 ? chunk(bytes, start + 8, length - 8) : 0
    return (low, high)
  }

  /// `count` (0…8) bytes from `start`, the first lowest: one load when eight bytes can be read
  /// inside the buffer, else one at a time.
  @inline(__always)
  private static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int)
    -> UInt64
  {
    guard count > 0, let base = bytes.baseAddress else { return 0 }
    if start + 8 <= bytes.count {
      return UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self)
        & mask(count)
    }
    var value: UInt64 = 0
    for offset in 0..<count { value |= UInt64(bytes[start + offset]) << (8 * UInt64(offset)) }
    return value
  }

  /// The low `count` (0…8) bytes set.
  @inline(__always)
  private static func mask(_ count: Int) -> UInt64 {
    count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
  }

  /// Whether some byte of `word` is zero.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> Bool {
    (word &- ones) & ~word & highBits != 0
  }

  /// `word`, all of whose bytes are below 0x80, with A…Z made a…z: a byte is upper-case when
  /// adding 0x3F carries it past 0x7F (it is 0x41 or more) and adding 0x25 does not (it is below
  /// 0x5B). No sum leaves its byte, as every byte is below 0x80.
  @inline(__always)
  private static func lowerCased(_ word: UInt64) -> UInt64 {
    let atLeastA = word &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = word &+ 0x2525_2525_2525_2525
    let upper = atLeastA & ~pastZ & highBits
    return word | upper >> 2
  }
}
