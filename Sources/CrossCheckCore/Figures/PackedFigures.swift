import Foundation

/// One source's figures kept as bytes while the rest of a large file is still being extracted:
/// numbers as variable-length integers (offsets as small differences), absent values as a bit,
/// strings as their UTF-8 bytes. A figure-dense text holds a figure every 100 bytes, and a
/// ``Figure`` with its strings and arrays takes about three times what it takes here; so the
/// figures of a file too large to hold as figures can wait for the passes over the whole
/// article. Read back in order, each figure exactly as it was appended.
///
/// The bytes are kept in blocks of about ``blockBytes``, so that growing never copies what is
/// held nor holds it twice.
struct PackedFigures: Sendable {
  let source: SourceID
  /// Every block but the last is full: a figure does not span two blocks.
  private var blocks: [[UInt8]] = []
  private var bytes: [UInt8] = []
  private(set) var count = 0
  /// How many figures each full block holds, and all of them together.
  private var blockCounts: [Int] = []
  private var countInBlocks = 0

  static let blockBytes = 1 << 20

  /// The kinds and qualifiers by the index they are packed as (`allCases` makes a new array
  /// each time it is asked).
  private static let kinds = FigureKind.allCases
  private static let qualifiers = Qualifier.allCases

  init(source: SourceID) { self.source = source }

  /// How many bytes the figures take.
  var byteCount: Int { blocks.reduce(bytes.count) { $0 + $1.count } }

  mutating func append(contentsOf figures: [Figure]) {
    for figure in figures { append(figure) }
  }

  mutating func append(_ figure: Figure) {
    if bytes.count >= Self.blockBytes {
      blockCounts.append(count - countInBlocks)
      countInBlocks = count
      // The first block grew by doubling: kept at its size, not its capacity. The file is
      // large, so the next ones are made their size at once.
      blocks.append(blocks.isEmpty ? bytes.withUnsafeBufferPointer { Array($0) } : bytes)
      bytes = []
      bytes.reserveCapacity(Self.blockBytes + Self.blockBytes / 16)
    }
    // The flags are set bit by bit, not from arrays of flags: no allocation per figure.
    var rareFlags: UInt8 = 0
    if figure.low != nil { rareFlags |= 1 }
    if figure.lowInclusive != nil { rareFlags |= 1 << 1 }
    if figure.high != nil { rareFlags |= 1 << 2 }
    if figure.highInclusive != nil { rareFlags |= 1 << 3 }
    if figure.components != nil { rareFlags |= 1 << 4 }
    if figure.date != nil { rareFlags |= 1 << 5 }
    if figure.time != nil { rareFlags |= 1 << 6 }
    if figure.zone != nil { rareFlags |= 1 << 7 }
    let hasRare = rareFlags != 0
    var flags: UInt8 = 0
    if figure.unitIsAmbiguous { flags |= 1 }
    if figure.valueOutOfRange { flags |= 1 << 1 }
    if figure.subjectInferred { flags |= 1 << 2 }
    if figure.value != nil { flags |= 1 << 3 }
    if hasRare { flags |= 1 << 4 }
    bytes.append(flags)
    bytes.append(UInt8(Self.kinds.firstIndex(of: figure.kind)!))
    bytes.append(figure.qualifier.map { UInt8(Self.qualifiers.firstIndex(of: $0)! + 1) } ?? 0)
    writeNumber(figure.id.number)
    writeNumber(figure.start)
    writeSigned(figure.end - figure.start)
    writeSigned(figure.start - figure.sentenceStart)
    writeSigned(figure.sentenceEnd - figure.end)
    writeString(figure.text)
    writeString(figure.unit)
    writeString(figure.subject)
    writeString(figure.hedge)
    writeString(figure.scale)
    writeStrings(figure.subjectTerms)
    writeStrings(figure.scope)
    if let value = figure.value { writeDecimal(value) }
    guard hasRare else {
      count += 1
      return
    }
    bytes.append(rareFlags)
    if let low = figure.low { writeDecimal(low) }
    if let lowInclusive = figure.lowInclusive { bytes.append(lowInclusive ? 1 : 0) }
    if let high = figure.high { writeDecimal(high) }
    if let highInclusive = figure.highInclusive { bytes.append(highInclusive ? 1 : 0) }
    if let components = figure.components {
      writeNumber(components.count)
      for component in components { writeDecimal(component) }
    }
    if let date = figure.date { writeString(date) }
    if let time = figure.time { writeString(time) }
    if let zone = figure.zone { writeString(zone) }
    count += 1
  }

  /// Each figure, in the order appended, lent to `body` to change as it reads it.
  func forEachFigure(_ body: (inout Figure) -> Void) {
    for (block, figures) in zip(blocks + [bytes], blockCounts + [count - countInBlocks]) {
      block.withUnsafeBufferPointer { buffer in
        var reader = Reader(bytes: buffer)
        for _ in 0..<figures {
          var figure = reader.figure(source: source)
          body(&figure)
        }
      }
    }
  }

  private mutating func writeNumber(_ value: Int) {
    var rest = UInt(bitPattern: value)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// A difference that is small either side of zero in one byte (zigzag).
  private mutating func writeSigned(_ value: Int) {
    writeNumber((value << 1) ^ (value >> (Int.bitWidth - 1)))
  }

  /// Nil as 0, a string as its length plus one, then its bytes.
  private mutating func writeString(_ value: String?) {
    guard var value else { return bytes.append(0) }
    value.withUTF8 { utf8 in
      writeNumber(utf8.count + 1)
      bytes.append(contentsOf: utf8)
    }
  }

  private mutating func writeStrings(_ values: [String]) {
    writeNumber(values.count)
    for value in values { writeString(value) }
  }

  /// A decimal's own bytes: it is a plain value, so they are the decimal exactly.
  private mutating func writeDecimal(_ value: Decimal) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  /// Reads figures back, field by field, in the order ``append(_:)`` writes them.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    mutating func figure(source: SourceID) -> Figure {
      let flags = byte()
      let kind = PackedFigures.kinds[Int(byte())]
      let qualifierIndex = Int(byte())
      let number = self.number()
      let start = self.number()
      let end = start + signed()
      let sentenceStart = start - signed()
      let sentenceEnd = end + signed()
      let text = string() ?? ""
      let unit = string()
      let subject = string()
      let hedge = string()
      let scale = string()
      let subjectTerms = strings()
      let scope = strings()
      let value = flags & 1 << 3 != 0 ? decimal() : nil
      // The rare parts are read before the figure is made, so it is made once (and through the
      // initializer, so they share one box as a made figure's do), not made and then remade.
      let rare = flags & 1 << 4 != 0 ? byte() : 0
      let low = rare & 1 != 0 ? decimal() : nil
      let lowInclusive = rare & 1 << 1 != 0 ? byte() == 1 : nil
      let high = rare & 1 << 2 != 0 ? decimal() : nil
      let highInclusive = rare & 1 << 3 != 0 ? byte() == 1 : nil
      var components: [Decimal]?
      if rare & 1 << 4 != 0 {
        let count = self.number()
        components = (0..<count).map { _ in decimal() }
      }
      let date = rare & 1 << 5 != 0 ? string() : nil
      let time = rare & 1 << 6 != 0 ? string() : nil
      let zone = rare & 1 << 7 != 0 ? string() : nil
      return Figure(
        id: FigureID(source: source, number: number), kind: kind, value: value, low: low,
        lowInclusive: lowInclusive, high: high, highInclusive: highInclusive,
        components: components, unit: unit, unitIsAmbiguous: flags & 1 != 0,
        qualifier: qualifierIndex == 0 ? nil : PackedFigures.qualifiers[qualifierIndex - 1],
        hedge: hedge, scale: scale, date: date, text: text, start: start, end: end,
        sentenceStart: sentenceStart, sentenceEnd: sentenceEnd, subject: subject,
        subjectTerms: subjectTerms, scope: scope, time: time, zone: zone,
        valueOutOfRange: flags & 1 << 1 != 0, subjectInferred: flags & 1 << 2 != 0)
    }

    private mutating func byte() -> UInt8 {
      defer { offset += 1 }
      return bytes[offset]
    }

    private mutating func number() -> Int {
      var value: UInt = 0
      var shift: UInt = 0
      while true {
        let next = byte()
        value |= UInt(next & 0x7F) << shift
        if next < 0x80 { return Int(bitPattern: value) }
        shift += 7
      }
    }

    private mutating func signed() -> Int {
      let zigzag = number()
      return Int(bitPattern: UInt(bitPattern: zigzag) >> 1) ^ -(zigzag & 1)
    }

    private mutating func string() -> String? {
      let length = number()
      guard length > 0 else { return nil }
      defer { offset += length - 1 }
      return String(
        decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length - 1]),
        as: UTF8.self)
    }

    private mutating func strings() -> [String] {
      let count = number()
      guard count > 0 else { return [] }
      return (0..<count).map { _ in string() ?? "" }
    }

    private mutating func decimal() -> Decimal {
      var value = Decimal()
      withUnsafeMutableBytes(of: &value) { target in
        target.copyMemory(
          from: UnsafeRawBufferPointer(
            rebasing: UnsafeRawBufferPointer(bytes)[offset..<offset + target.count]))
      }
      offset += MemoryLayout<Decimal>.size
      return value
    }
  }
}
