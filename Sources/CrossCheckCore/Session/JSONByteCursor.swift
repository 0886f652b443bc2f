/// A strict reader of JSON over UTF-8 bytes, for files in the form CrossCheck writes them. It
/// answers nil (or false) at anything it does not expect: a number with an exponent, a string
/// with a lone surrogate or invalid UTF-8, a key with an escape. The caller then leaves the
/// whole file to JSONDecoder, which decides what it means and says what is wrong. It never
/// recurses on its own, so how deep a file may go is up to the schema its caller reads.
struct JSONByteCursor {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0

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
  mutating func object(_ member: (inout JSONByteCursor, String) -> Bool) -> Bool {
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

  /// A key: a string without escapes.
  private mutating func key() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = offset
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        offset += 1
        return String(
          validating: UnsafeBufferPointer(rebasing: bytes[start..<offset - 1]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
      offset += 1
    }
    return nil
  }

  /// A string, its escapes resolved; nil for invalid UTF-8, an unescaped control character, an
  /// unknown escape or a surrogate code point that is not half of a pair.
  mutating func string() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = offset
    var isASCII = true
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let content = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        offset += 1
        return isASCII
          ? String(decoding: content, as: UTF8.self)
          : String(validating: content, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
      if byte < 0x20 { return nil }
      if byte >= 0x80 { isASCII = false }
      offset += 1
    }
    return nil
  }

  /// The rest of a string that holds an escape, from its first byte at `start`.
  private mutating func escapedString(from start: Int) -> String? {
    var content = Array(bytes[start..<offset])
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      switch byte {
      case UInt8(ascii: "\""): return String(validating: content, as: UTF8.self)
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
