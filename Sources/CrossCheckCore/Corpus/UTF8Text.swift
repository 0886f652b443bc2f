/// Checks that bytes are UTF-8 and makes a String of them, checking each byte once: the standard
/// library's own check, run when a String is made from bytes, took a few instructions a byte,
/// a twentieth of a whole load. Here eight ASCII bytes are one test (most of news text) and
/// only the bytes of other code points are looked at one by one.
///
/// Valid UTF-8 is Unicode's well-formed byte sequences (table 3-7 of the standard): no overlong
/// forms, no surrogates, nothing above U+10FFFF, no sequence cut short. Tests hold the check to
/// the standard library's on tricky and random bytes.
enum UTF8Text {
  /// The text of `bytes`, or nil when they are not valid UTF-8.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let isASCII = check(bytes) else { return nil }
    if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
      // Checked above: the String is made by a copy, without a second check.
      return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `bytes` are all ASCII, or nil when they are not valid UTF-8.
  static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    var isASCII = true
    while index < count {
      if index + 8 <= count {
        let high = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits
        if high == 0 {
          index += 8
          continue
        }
        // The ASCII bytes before the first other one (first byte lowest).
        index += high.trailingZeroBitCount / 8
      } else if bytes[index] < 0x80 {
        index += 1
        continue
      }
      isASCII = false
      guard let length = sequenceLength(bytes, at: index) else { return nil }
      index += length
    }
    return isASCII
  }

  /// How many bytes at the end of `bytes` begin a code point that needs more bytes than are
  /// left: 0 when the last code point is whole (or the bytes are not UTF-8 there, which the
  /// check then finds).
  static func cutSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var back = 1
    while back <= min(3, bytes.count) {
      let byte = bytes[bytes.count - back]
      if byte < 0x80 { return 0 }
      if byte >= 0xC0 {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        return length > back ? back : 0
      }
      back += 1
    }
    return 0
  }

  /// The length of the well-formed sequence that starts with the non-ASCII byte at `index`,
  /// or nil when none does. The lead byte bounds the byte after it (which rules out overlong
  /// forms, surrogates and code points above U+10FFFF); the others are any continuation byte.
  @inline(__always)
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch bytes[index] {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    let second = bytes[index + 1]
    guard second >= low && second <= high else { return nil }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}
