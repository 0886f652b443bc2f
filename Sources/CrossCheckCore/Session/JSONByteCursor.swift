import Foundation

/// A strict reader of JSON over UTF-8 bytes, for files in the form CrossCheck writes them. It
/// answers nil (or false) at anything it does not expect: a number with an exponent, a string
/// with a lone surrogate or invalid UTF-8, a key with an escape. The caller then leaves the
/// whole file to JSONDecoder, which decides what it means and says what is wrong. It never
/// recurses on its own, so how deep a file may go is up to the schema its caller reads.
struct JSONByteCursor {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0
  /// Strings read with ``internedString()``: a value repeated thousands of times (a source's
  /// SHA-256 in every figure reference) is then made and stored once.
  private var interned = InternedStrings()

  /// Longest number read here (digits and sign); longer ones are left to JSONDecoder.
  private static let maximumNumberLength = 18

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether only whitespace is left.
  mutating func isAtEnd() -> Bool {
    skipWhitespace()
    return offset == bytes.count
  }

  /// Consumes `byte` (after any whitespace) if it comes next.
  mutating func take(_ byte: UInt8) -> Bool {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == byte else { return false }
    offset += 1
    return true
  }

  private mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  // MARK: - Structure

  /// Reads an object: `member` gets each key and reads its value, answering false (and so
  /// stopping the reading) at a key it does not expect or a value it cannot read.
  mutating func object(_ member: (inout JSONByteCursor, JSONKey) -> Bool) -> Bool {
    guard take(UInt8(ascii: "{")) else { return false }
    if take(UInt8(ascii: "}")) { return true }
    repeat {
      guard let key = key(), take(UInt8(ascii: ":")), member(&self, key) else { return false }
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "}"))
  }

  /// Reads an array whose elements `element` reads; nil if one cannot be read.
  mutating func array<Element>(_ element: (inout JSONByteCursor) -> Element?) -> [Element]? {
    guard take(UInt8(ascii: "[")) else { return nil }
    var elements: [Element] = []
    if take(UInt8(ascii: "]")) { return elements }
    repeat {
      guard let next = element(&self) else { return nil }
      elements.append(next)
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "]")) ? elements : nil
  }

  /// `null` as `.some(nil)`, a value `read` reads as `.some(value)`, nil for anything else.
  mutating func nullable<Value>(_ read: (inout JSONByteCursor) -> Value?) -> Value?? {
    skipWhitespace()
    if bytes.count - offset >= 4, bytes[offset] == UInt8(ascii: "n"),
      bytes[offset + 1] == UInt8(ascii: "u"), bytes[offset + 2] == UInt8(ascii: "l"),
      bytes[offset + 3] == UInt8(ascii: "l")
    {
      offset += 4
      return .some(nil)
    }
    return read(&self).map { .some($0) }
  }

  // MARK: - Values

  /// A key: a string of ASCII characters without escapes (every key of the schema is one; any
  /// other key is one the caller does not expect anyway).
  private mutating func key() -> JSONKey? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = offset
    offset = Self.plainRunEnd(in: bytes, from: offset)
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
    offset += 1
    return JSONKey(bytes: UnsafeBufferPointer(rebasing: bytes[start..<offset - 1]))
  }

  /// Where the run of printable ASCII characters other than `"` and `\` that starts at `start`
  /// ends. Eight bytes at a time: the bytes of strings are most of a session file.
  private static func plainRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var offset = start
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while bytes.count - offset >= 8 {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        // A byte is flagged when it is below 0x20, is `"` or `\`, or is 0x80 or above.
        let control = (word &- ones &* 0x20) & ~word
        let quoteBytes = word ^ (ones &* 0x22)
        let backslashBytes = word ^ (ones &* 0x5C)
        let special =
          (control | ((quoteBytes &- ones) & ~quoteBytes)
            | ((backslashBytes &- ones) & ~backslashBytes)
            | word) & highs
        if special != 0 { break }
        offset += 8
      }
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        break
      }
      offset += 1
    }
    return offset
  }

  /// A string, its escapes resolved; nil for invalid UTF-8, an unescaped control character, an
  /// unknown escape or a surrogate code point that is not half of a pair.
  mutating func string() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = offset
    offset = Self.plainRunEnd(in: bytes, from: offset)
    var isASCII = true
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let content = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        offset += 1
        return isASCII ? String(decoding: content, as: UTF8.self) : Self.validString(content)
      }
      if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
      if byte < 0x20 { return nil }
      if byte >= 0x80 { isASCII = false }
      offset += 1
    }
    return nil
  }

  /// `bytes` as a string if they are valid UTF-8, else nil. `String(validating:as:)` does the
  /// same but is generic at run time: it looked up type metadata for every string, and was a
  /// third of opening a large session.
  private static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var decoded = String(decoding: bytes, as: UTF8.self)
    // Decoding replaces each invalid sequence with U+FFFD: valid bytes come back unchanged.
    return decoded.withUTF8 { Self.same($0, bytes) } ? decoded : nil
  }

  /// Whether two runs of bytes are equal.
  private static func same(
    _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    guard first.count == second.count else { return false }
    guard let a = first.baseAddress, let b = second.baseAddress else { return true }
    return memcmp(a, b, first.count) == 0
  }

  /// A string as ``string()`` reads it, the same `String` each time the same bytes come again
  /// (``InternedStrings``): a value repeated throughout a file, such as a source's SHA-256 or a
  /// flagged figure's quote, is then neither copied nor checked again. A string with an escape
  /// is read as ``string()`` reads it; one too short to take memory of its own is not looked up.
  mutating func internedString() -> String? {
    let opening = offset
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = offset
    var end = Self.plainRunEnd(in: bytes, from: start)
    var isASCII = true
    while end < bytes.count && bytes[end] >= 0x80 {
      isASCII = false
      end = Self.plainRunEnd(in: bytes, from: end + 1)
    }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
      offset = opening
      return string()
    }
    offset = end + 1
    let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
    let make = { (content: UnsafeBufferPointer<UInt8>) -> String? in
      isASCII ? String(decoding: content, as: UTF8.self) : Self.validString(content)
    }
    // Up to 15 bytes of UTF-8 are stored inside the string itself.
    guard content.count >= 16 else { return make(content) }
    return interned.string(for: content, make: make)
  }

  /// The bytes of a string of printable ASCII without escapes (a time, a figure id), without
  /// making a string of them; nil, having read nothing, for any other value.
  mutating func plainASCIIString() -> UnsafeBufferPointer<UInt8>? {
    let opening = offset
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = offset
    let end = Self.plainRunEnd(in: bytes, from: start)
    guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
      offset = opening
      return nil
    }
    offset = end + 1
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// Printable ASCII bytes (read by ``plainASCIIString()``) as a string, made once for the
  /// same bytes as ``internedString()`` makes its strings.
  mutating func internedASCII(_ content: UnsafeBufferPointer<UInt8>) -> String {
    guard content.count >= 16 else { return String(decoding: content, as: UTF8.self) }
    return interned.string(for: content) { String(decoding: $0, as: UTF8.self) }!
  }

  /// The rest of a string that holds an escape, from its first byte at `start`.
  private mutating func escapedString(from start: Int) -> String? {
    var content = Array(bytes[start..<offset])
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      switch byte {
      case UInt8(ascii: "\""): return content.withUnsafeBufferPointer(Self.validString)
      case UInt8(ascii: "\\"):
        guard offset < bytes.count else { return nil }
        let escape = bytes[offset]
        offset += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): content.append(escape)
        case UInt8(ascii: "b"): content.append(0x08)
        case UInt8(ascii: "f"): content.append(0x0C)
        case UInt8(ascii: "n"): content.append(0x0A)
        case UInt8(ascii: "r"): content.append(0x0D)
        case UInt8(ascii: "t"): content.append(0x09)
        case UInt8(ascii: "u"):
          guard let scalar = escapedScalar() else { return nil }
          content.append(contentsOf: UTF8.encode(scalar)!)
        default: return nil
        }
      default:
        guard byte >= 0x20 else { return nil }
        content.append(byte)
      }
    }
    return nil
  }

  /// The code point of a `\uXXXX` escape whose `\u` was just read, joining a surrogate pair.
  private mutating func escapedScalar() -> Unicode.Scalar? {
    guard let unit = hexUnit() else { return nil }
    switch unit {
    case 0xD800..<0xDC00:
      guard bytes.count - offset >= 2, bytes[offset] == UInt8(ascii: "\\"),
        bytes[offset + 1] == UInt8(ascii: "u")
      else { return nil }
      offset += 2
      guard let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return nil }
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    case 0xDC00..<0xE000: return nil
    default: return Unicode.Scalar(unit)
    }
  }

  /// Four hexadecimal digits.
  private mutating func hexUnit() -> UInt32? {
    guard bytes.count - offset >= 4 else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
      offset += 1
    }
    return value
  }

  /// A whole number written plainly (`-12`, `0`): no fraction, exponent, `-0` or more than
  /// ``maximumNumberLength`` characters.
  mutating func int() -> Int? {
    guard let text = number(allowingFraction: false) else { return nil }
    var value = 0
    for byte in text where byte != UInt8(ascii: "-") {
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    if text.first == UInt8(ascii: "-") {
      guard value != 0 else { return nil }
      return -value
    }
    return value
  }

  /// The text of a number `-?(0|[1-9][0-9]*)(.[0-9]+)?` of at most ``maximumNumberLength``
  /// characters (a fraction only if `allowingFraction`), followed by something that cannot
  /// continue a number.
  mutating func number(allowingFraction: Bool) -> UnsafeBufferPointer<UInt8>? {
    skipWhitespace()
    let start = offset
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    let firstDigit = offset
    skipDigits()
    guard offset > firstDigit, bytes[firstDigit] != UInt8(ascii: "0") || offset == firstDigit + 1
    else { return nil }
    if allowingFraction, offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      let fraction = offset
      skipDigits()
      guard offset > fraction else { return nil }
    }
    guard offset - start <= Self.maximumNumberLength else { return nil }
    if offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
      default: break
      }
    }
    return UnsafeBufferPointer(rebasing: bytes[start..<offset])
  }

  private mutating func skipDigits() {
    while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"),
      bytes[offset] <= UInt8(ascii: "9")
    {
      offset += 1
    }
  }
}
