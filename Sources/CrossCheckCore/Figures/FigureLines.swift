import Foundation

/// `figures --format jsonl` written directly: one JSON object a line, byte for byte what
/// `JSONEncoder` (sorted keys, slashes unescaped) makes of ``FigureRecord``, passed through
/// ``JSONText/embeddable(_:)``, at the speed of appending bytes. Sentences are sliced from the
/// text's UTF-8 bytes, not rebuilt a code point at a time.
public enum FigureLines {
  /// Appends a line for each figure of `source` to `output`.
  public static func append(_ source: Source, to output: inout [UInt8]) {
    append(source, to: &output, flushingAt: .max) { _ in }
  }

  /// Appends a line for each figure of `source` to `output`, and hands `output` to `flush`
  /// whenever it holds `limit` bytes or more, so that the lines are written as they are made
  /// and never held all at once. `flush` takes what it is given out of `output`.
  public static func append(
    _ source: Source, to output: inout [UInt8], flushingAt limit: Int,
    flush: (inout [UInt8]) -> Void
  ) {
    var text = source.text
    text.withUTF8 { bytes in
      var starts = ByteCursor(bytes: bytes)
      var ends = ByteCursor(bytes: bytes)
      for figure in source.figures {
        let sentence =
          starts.byte(atScalar: figure.sentenceStart)..<ends.byte(atScalar: figure.sentenceEnd)
        append(
          figure, path: source.path, sentence: UnsafeBufferPointer(rebasing: bytes[sentence]),
          to: &output)
        if output.count >= limit { flush(&output) }
      }
    }
  }

  /// The keys in the order `JSONEncoder`'s `.sortedKeys` gives them.
  private static func append(
    _ figure: Figure, path: String, sentence: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]
  ) {
    var json = JSONObjectWriter(output: output)
    output = []
    json.key("components")
    if let components = figure.components {
      json.decimals(components)
    } else {
      json.null()
    }
    json.key("date")
    json.string(figure.date)
    json.key("end")
    json.integer(figure.end)
    json.key("hedge")
    json.string(figure.hedge)
    json.key("high")
    json.decimal(figure.high)
    json.key("high_inclusive")
    json.bool(figure.highInclusive)
    json.key("id")
    json.figureID(figure.id)
    json.key("kind")
    json.string(figure.kind.rawValue)
    json.key("low")
    json.decimal(figure.low)
    json.key("low_inclusive")
    json.bool(figure.lowInclusive)
    json.key("out_of_range")
    json.bool(figure.valueOutOfRange)
    json.key("qualifier")
    json.string(figure.qualifier?.rawValue)
    json.key("scale")
    json.string(figure.scale)
    json.key("scope")
    json.strings(figure.scope)
    json.key("sentence")
    json.string(bytes: sentence)
    json.key("source")
    json.string(path)
    json.key("start")
    json.integer(figure.start)
    json.key("subject")
    json.string(figure.subject)
    json.key("subject_inferred")
    json.bool(figure.subjectInferred)
    json.key("subject_terms")
    json.strings(figure.subjectTerms)
    json.key("text")
    json.string(figure.text)
    json.key("time")
    json.string(figure.time)
    json.key("unit")
    json.string(figure.unit)
    json.key("unit_ambiguous")
    json.bool(figure.unitIsAmbiguous)
    json.key("value")
    json.decimal(figure.value)
    json.key("zone")
    json.string(figure.zone)
    output = json.finish()
  }
}

/// Code point offsets to byte offsets in UTF-8 text, walking from the last answer: asked in
/// increasing order (as figures are), the whole text is walked once, eight ASCII bytes at a step.
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  private var byte = 0
  private var scalar = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func byte(atScalar target: Int) -> Int {
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while scalar < target && byte < bytes.count {
        // Eight ASCII bytes are eight code points.
        if target - scalar >= 8 && byte + 8 <= bytes.count
          && raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          byte += 8
          scalar += 8
          continue
        }
        byte += 1
        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        scalar += 1
      }
    }
    while scalar > target && byte > 0 {
      byte -= 1
      while byte > 0 && bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
      scalar -= 1
    }
    return byte
  }
}

/// One JSON object on one line, appended to a byte buffer.
struct JSONObjectWriter {
  private var output: [UInt8]
  private var isFirst = true

  init(output: [UInt8]) {
    self.output = output
    self.output.append(UInt8(ascii: "{"))
  }

  mutating func finish() -> [UInt8] {
    output.append(UInt8(ascii: "}"))
    output.append(0x0A)
    return output
  }

  mutating func key(_ name: StaticString) {
    if !isFirst { output.append(UInt8(ascii: ",")) }
    isFirst = false
    output.append(UInt8(ascii: "\""))
    append(name)
    output.append(UInt8(ascii: "\""))
    output.append(UInt8(ascii: ":"))
  }

  mutating func null() { append("null") }

  /// A whole number in decimal digits.
  mutating func integer(_ value: Int) {
    if value < 0 { output.append(UInt8(ascii: "-")) }
    var rest = value.magnitude
    var reversed: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &reversed) { digits in
      repeat {
        digits[count] = UInt8(ascii: "0") + UInt8(rest % 10)
        count += 1
        rest /= 10
      } while rest > 0
      for index in stride(from: count - 1, through: 0, by: -1) { output.append(digits[index]) }
    }
  }

  /// A figure id as a string (`"bl0122:7"`), without making the string first.
  mutating func figureID(_ id: FigureID) {
    output.append(UInt8(ascii: "\""))
    var source = id.source.rawValue
    source.withUTF8 { escaped(bytes: $0) }
    output.append(UInt8(ascii: ":"))
    integer(id.number)
    output.append(UInt8(ascii: "\""))
  }

  mutating func bool(_ value: Bool?) {
    guard let value else { return null() }
    append(value ? "true" : "false")
  }

  /// A decimal as `JSONEncoder` writes one; JSON has no NaN, so NaN is null.
  mutating func decimal(_ value: Decimal?) {
    guard let value, !value.isNaN else { return null() }
    DecimalDigits.append(value, to: &output)
  }

  /// An array of decimals, NaN left out (as the record leaves it out).
  mutating func decimals(_ values: [Decimal]) {
    output.append(UInt8(ascii: "["))
    var isFirst = true
    for value in values where !value.isNaN {
      if !isFirst { output.append(UInt8(ascii: ",")) }
      isFirst = false
      DecimalDigits.append(value, to: &output)
    }
    output.append(UInt8(ascii: "]"))
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { output.append(contentsOf: $0) }
  }

  mutating func string(_ value: String?) {
    guard var value else { return null() }
    value.makeContiguousUTF8()
    value.utf8.withContiguousStorageIfAvailable { string(bytes: $0) }
  }

  mutating func strings(_ values: [String]) {
    output.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      string(value)
    }
    output.append(UInt8(ascii: "]"))
  }

  /// A JSON string: the escapes `JSONEncoder` writes, then those of ``JSONText/embeddable(_:)``
  /// (`<` and the C1 controls U+007F–U+009F as `\u00XX`).
  mutating func string(bytes: UnsafeBufferPointer<UInt8>) {
    output.append(UInt8(ascii: "\""))
    escaped(bytes: bytes)
    output.append(UInt8(ascii: "\""))
  }

  /// The inside of a JSON string.
  private mutating func escaped(bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    // Bytes that need no escape are copied a run at a time.
    var runStart = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
          || byte == UInt8(ascii: "<") || byte == 0x7F || byte == 0xC2
      else {
        index += 1
        continue
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
      case 0x0A: output.append(contentsOf: "\\n".utf8)
      case 0x0D: output.append(contentsOf: "\\r".utf8)
      case 0x09: output.append(contentsOf: "\\t".utf8)
      case 0x08: output.append(contentsOf: "\\b".utf8)
      case 0x0C: output.append(contentsOf: "\\f".utf8)
      case 0x00..<0x20, UInt8(ascii: "<"), 0x7F: escape(UInt32(byte))
      case 0xC2 where index + 1 < bytes.count && bytes[index + 1] <= 0x9F:
        // U+0080–U+009F are C2 80 … C2 9F in UTF-8.
        escape(UInt32(bytes[index + 1]))
        index += 1
      default: output.append(byte)
      }
      index += 1
      runStart = index
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
  }

  private mutating func escape(_ value: UInt32) {
    let digits = Array("0123456789abcdef".utf8)
    output.append(contentsOf: "\\u00".utf8)
    output.append(digits[Int(value >> 4 & 0xF)])
    output.append(digits[Int(value & 0xF)])
  }
}
