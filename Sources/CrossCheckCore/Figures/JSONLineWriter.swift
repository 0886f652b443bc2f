import Foundation

/// JSON objects, one a line, written into a buffer of its own: a key with its punctuation is
/// one copy, a string's bytes that need no escape are copied eight at a time, and nothing is
/// checked for uniqueness or retained per byte (a figure-dense text makes 600 bytes of JSON
/// per 100 bytes of text). The escapes are `JSONEncoder`'s, then those of
/// ``JSONText/embeddable(_:)``.
public struct JSONLineWriter: ~Copyable, ByteOutput {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The bytes written and not yet moved out.
  public private(set) var count = 0

  public init(capacity: Int) {
    self.capacity = max(capacity, 256)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Appends what is written to `output` and empties the buffer.
  public mutating func move(to output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  /// Appends to `output` the bytes written since `start` (a ``count`` read then), keeping them.
  public func copy(from start: Int, to output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start))
  }

  private mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    let grown = max(capacity * 2, count + extra)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    moved.initialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = grown
  }

  public mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    Self.copy(from: start, count: bytes.count, to: base + count)
    count += bytes.count
  }

  /// Copies bytes; most are keys and short strings, which a call to `memcpy` would cost more
  /// than they do: up to 16 bytes are two loads and two stores that overlap, never reading
  /// outside the source.
  @inline(__always)
  private static func copy(
    from source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>
  ) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if count >= 8 && count <= 16 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 && count < 8 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
    } else if count < 4 {
      for index in 0..<count { target[index] = source[index] }
    } else {
      target.initialize(from: source, count: count)
    }
  }

  /// Punctuation and a key at once: `{"date":` or `,"end":`.
  public mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  public mutating func null() { append("null") }

  public mutating func bool(_ value: Bool?) {
    guard let value else { return null() }
    append(value ? "true" : "false")
  }

  /// A whole number in decimal digits.
  public mutating func integer(_ value: Int) {
    reserve(20)
    if value < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    var rest = value.magnitude
    var digits = 1
    var power: UInt = 10
    while digits < 20 && rest >= power {
      digits += 1
      power = power &* 10
    }
    var index = count + digits
    count = index
    repeat {
      index -= 1
      base[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    } while rest > 0
  }

  /// A decimal as `JSONEncoder` writes one; JSON has no NaN, so NaN is null.
  public mutating func decimal(_ value: Decimal?) {
    guard let value, !value.isNaN else { return null() }
    DecimalDigits.append(value, to: &self)
  }

  /// An array of decimals, NaN left out (as the record leaves it out).
  public mutating func decimals(_ values: [Decimal]) {
    append(UInt8(ascii: "["))
    var isFirst = true
    for value in values where !value.isNaN {
      if !isFirst { append(UInt8(ascii: ",")) }
      isFirst = false
      DecimalDigits.append(value, to: &self)
    }
    append(UInt8(ascii: "]"))
  }

  /// A key with what comes before it: `{"key":` or `,"key":`; pretty, as `JSONEncoder`'s
  /// `.prettyPrinted` writes a key of an object that is an element of a top-level array.
  /// Inlined, so that where `pretty` is a constant only one of the two is left.
  @inline(__always)
  public mutating func key(_ name: StaticString, first: Bool = false, pretty: Bool = false) {
    if pretty {
      append(first ? "  {\n    \"" : ",\n    \"")
      append(name)
      append("\" : ")
    } else {
      // One reservation and one copy: a figure's line has 24 keys, on the hot path.
      let length = name.utf8CodeUnitCount
      reserve(length + 4)
      base[count] = first ? UInt8(ascii: "{") : UInt8(ascii: ",")
      base[count + 1] = UInt8(ascii: "\"")
      Self.copy(from: name.utf8Start, count: length, to: base + count + 2)
      base[count + 2 + length] = UInt8(ascii: "\"")
      base[count + 3 + length] = UInt8(ascii: ":")
      count += length + 4
    }
  }

  /// The end of an object begun with ``key(_:first:pretty:)``, and of its line if not pretty.
  @inline(__always)
  public mutating func endObject(pretty: Bool = false) {
    append(pretty ? "\n  }" : "}\n")
  }

  /// An array in an object in a top-level array, pretty as `JSONEncoder` writes one: each
  /// element on a line of its own, an empty array with an empty line inside.
  mutating func prettyArray(count: Int, element: (inout Self, Int) -> Void) {
    append("[\n")
    for index in 0..<count {
      append(index == 0 ? "      " : ",\n      ")
      element(&self, index)
    }
    append("\n    ]")
  }

  @inline(__always)
  public mutating func strings(_ values: [String], pretty: Bool) {
    guard pretty else { return strings(values) }
    prettyArray(count: values.count) { json, index in json.string(values[index]) }
  }

  @inline(__always)
  mutating func decimals(_ values: [Decimal], pretty: Bool) {
    guard pretty else { return decimals(values) }
    let finite = values.filter { !$0.isNaN }
    prettyArray(count: finite.count) { json, index in DecimalDigits.append(finite[index], to: &json)
    }
  }

  public mutating func string(_ value: String?) {
    guard var value else { return null() }
    value.withUTF8 { string(bytes: $0) }
  }

  public mutating func strings(_ values: [String]) {
    append(UInt8(ascii: "["))
    for index in values.indices {
      if index > 0 { append(UInt8(ascii: ",")) }
      string(values[index])
    }
    append(UInt8(ascii: "]"))
  }

  /// A figure id as a string (`"bl0122:7"`), without making the string first.
  public mutating func figureID(_ id: FigureID) {
    append(UInt8(ascii: "\""))
    var source = id.source.rawValue
    source.withUTF8 { escaped(bytes: $0) }
    append(UInt8(ascii: ":"))
    integer(id.number)
    append(UInt8(ascii: "\""))
  }

  public mutating func string(bytes: UnsafeBufferPointer<UInt8>) {
    append(UInt8(ascii: "\""))
    escaped(bytes: bytes)
    append(UInt8(ascii: "\""))
  }

  /// The inside of a JSON string.
  private mutating func escaped(bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(start)
    var index = 0
    // Bytes that need no escape are copied a run at a time.
    var runStart = 0
    while index < bytes.count {
      if index + 8 <= bytes.count
        && !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = bytes[index]
      guard
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
          || byte == UInt8(ascii: "<") || byte == 0x7F || byte == 0xC2 || byte == 0xE2
          || byte == 0xD8
      else {
        index += 1
        continue
      }
      append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      switch byte {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0x08: append("\\b")
      case 0x0C: append("\\f")
      case 0x00..<0x20, UInt8(ascii: "<"), 0x7F: escape(byte)
      case 0xC2 where index + 1 < bytes.count && bytes[index + 1] <= 0x9F:
        // U+0080–U+009F are C2 80 … C2 9F in UTF-8.
        escape(bytes[index + 1])
        index += 1
      case 0xD8 where Self.isDirectionControl(bytes, at: index),
        0xE2 where Self.isDirectionControl(bytes, at: index):
        // U+061C is D8 9C; U+200E, U+200F, U+202A–U+202E and U+2066–U+2069 are E2 80 or E2 81
        // and a third byte.
        let scalar =
          byte == 0xD8
          ? UInt16(0x061C)
          : 0x2000 | UInt16(bytes[index + 1] & 0x3F) << 6 | UInt16(bytes[index + 2] & 0x3F)
        escape(scalar: scalar)
        index += byte == 0xD8 ? 1 : 2
      default: append(byte)
      }
      index += 1
      runStart = index
    }
    append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
  }

  /// Whether the bytes at `index` (D8 or E2) are a direction control (see
  /// ``BidiControls/isControl(_:)``), which ``JSONText/embeddable(_:)`` escapes.
  private static func isDirectionControl(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    if bytes[index] == 0xD8 { return index + 1 < bytes.count && bytes[index + 1] == 0x9C }
    guard index + 2 < bytes.count else { return false }
    switch (bytes[index + 1], bytes[index + 2]) {
    case (0x80, 0x8E...0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): return true
    default: return false
    }
  }

  /// Whether any of eight bytes is a control, `"`, `\`, `<`, DEL or the byte C2 (which
  /// begins U+0080–U+009F, looked at a byte at a time), or E2 or D8 (which begin the direction
  /// controls). Other bytes of non-ASCII characters (accents, most letters) pass eight at a
  /// time. Each test is exact for whether any byte matches: no false negatives.
  private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    // A byte of 0x80 or more has its high bit cleared by `~word`, so it never counts as below.
    let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
    return below0x20 || hasZero(word ^ (ones &* 0xC2)) || hasZero(word ^ (ones &* 0x22))
      || hasZero(word ^ (ones &* 0x5C)) || hasZero(word ^ (ones &* 0x3C))
      || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xE2))
      || hasZero(word ^ (ones &* 0xD8))
  }

  private mutating func escape(scalar: UInt16) {
    let digits: StaticString = "0123456789abcdef"
    append("\\u")
    for shift in stride(from: 12, through: 0, by: -4) {
      append(digits.utf8Start[Int(scalar >> UInt16(shift) & 0xF)])
    }
  }

  private mutating func escape(_ value: UInt8) {
    let digits: StaticString = "0123456789abcdef"
    append("\\u00")
    append(digits.utf8Start[Int(value >> 4)])
    append(digits.utf8Start[Int(value & 0xF)])
  }
}
