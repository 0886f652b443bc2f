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
    var isFirst = true
    append(
      path: source.path, text: source.text, to: &output, flushingAt: limit, flush: flush,
      isFirst: &isFirst
    ) { line in
      // Borrowed in place: a figure is not copied to be written.
      source.figures.withUnsafeBufferPointer { figures in
        for index in figures.indices { line(figures[index]) }
      }
    }
  }

  /// Appends a line for each of a streamed source's figures (``Corpus/stream(_:consume:)``),
  /// read back one at a time, flushing as ``append(_:to:flushingAt:flush:)`` does: the same
  /// bytes as for the loaded source.
  public static func append(
    _ source: Source, figures: StreamedFigures, to output: inout [UInt8],
    flushingAt limit: Int, flush: (inout [UInt8]) -> Void
  ) {
    var isFirst = true
    append(
      path: source.path, text: source.text, to: &output, flushingAt: limit, flush: flush,
      isFirst: &isFirst, figures: figures.forEachFigure)
  }

  /// Appends the objects of a streamed source's figures as `figures --format json` writes them
  /// in its one array (what `JSONEncoder`'s `.prettyPrinted` makes of ``FigureRecord``s, made
  /// embeddable), each after a `,` and a line break unless `isFirst`, which is then cleared.
  /// The caller writes the array's `[` and `]`.
  public static func appendPretty(
    _ source: Source, figures: StreamedFigures, to output: inout [UInt8],
    flushingAt limit: Int, isFirst: inout Bool, flush: (inout [UInt8]) -> Void
  ) {
    append(
      path: source.path, text: source.text, to: &output, flushingAt: limit, flush: flush,
      pretty: true, isFirst: &isFirst, figures: figures.forEachFigure)
  }

  /// The lines of the figures `figures` hands over, in order, with sentences sliced from
  /// `text`. Inlined into each caller, so that JSON Lines are written without the branches
  /// for the pretty form.
  @inline(__always)
  private static func append(
    path: String, text: String, to output: inout [UInt8], flushingAt limit: Int,
    flush: (inout [UInt8]) -> Void, pretty: Bool = false,
    isFirst: inout Bool, figures: ((Figure) -> Void) -> Void
  ) {
    var json = JSONLineWriter(capacity: min(limit, 1 << 16) + 4096)
    var text = text
    // `flush` is called only while `figures` runs, never after.
    withoutActuallyEscaping(flush) { flush in
      text.withUTF8 { bytes in
        var starts = ByteCursor(bytes: bytes)
        var ends = ByteCursor(bytes: bytes)
        // Figures of one sentence follow each other (dense text has several a sentence): the
        // sentence is escaped once and its JSON string copied for the next ones.
        var sentence = EscapedSentence()
        figures { figure in
          let range =
            starts.byte(atScalar: figure.sentenceStart)..<ends.byte(atScalar: figure.sentenceEnd)
          // Objects of an array are separated; lines are not.
          if pretty && !isFirst { json.append(",\n") }
          isFirst = false
          append(
            figure, path: path, sentence: range, of: bytes, escaped: &sentence, to: &json,
            pretty: pretty)
          if output.count + json.count >= limit {
            json.move(to: &output)
            flush(&output)
          }
        }
      }
    }
    json.move(to: &output)
  }

  /// The keys in the order `JSONEncoder`'s `.sortedKeys` gives them; `pretty` as its
  /// `.prettyPrinted` writes an object in an array (`figures --format json`).
  @inline(__always)
  private static func append(
    _ figure: Figure, path: String, sentence: Range<Int>, of text: UnsafeBufferPointer<UInt8>,
    escaped: inout EscapedSentence, to json: inout JSONLineWriter, pretty: Bool = false
  ) {
    json.key("components", first: true, pretty: pretty)
    if let components = figure.components {
      json.decimals(components, pretty: pretty)
    } else {
      json.null()
    }
    json.key("date", pretty: pretty)
    json.string(figure.date)
    json.key("end", pretty: pretty)
    json.integer(figure.end)
    json.key("hedge", pretty: pretty)
    json.string(figure.hedge)
    json.key("high", pretty: pretty)
    json.decimal(figure.high)
    json.key("high_inclusive", pretty: pretty)
    json.bool(figure.highInclusive)
    json.key("id", pretty: pretty)
    json.figureID(figure.id)
    json.key("kind", pretty: pretty)
    json.append(UInt8(ascii: "\""))
    json.append(figure.kind.jsonName)
    json.append(UInt8(ascii: "\""))
    json.key("low", pretty: pretty)
    json.decimal(figure.low)
    json.key("low_inclusive", pretty: pretty)
    json.bool(figure.lowInclusive)
    json.key("out_of_range", pretty: pretty)
    json.bool(figure.valueOutOfRange)
    json.key("qualifier", pretty: pretty)
    if let qualifier = figure.qualifier {
      json.append(UInt8(ascii: "\""))
      json.append(qualifier.jsonName)
      json.append(UInt8(ascii: "\""))
    } else {
      json.null()
    }
    json.key("scale", pretty: pretty)
    json.string(figure.scale)
    json.key("scope", pretty: pretty)
    json.strings(figure.scope, pretty: pretty)
    json.key("sentence", pretty: pretty)
    if escaped.range == sentence {
      escaped.json.withUnsafeBufferPointer { json.append($0) }
    } else {
      let start = json.count
      json.string(bytes: UnsafeBufferPointer(rebasing: text[sentence]))
      escaped.range = sentence
      escaped.json.removeAll(keepingCapacity: true)
      json.copy(from: start, to: &escaped.json)
    }
    json.key("source", pretty: pretty)
    json.string(path)
    json.key("start", pretty: pretty)
    json.integer(figure.start)
    json.key("subject", pretty: pretty)
    json.string(figure.subject)
    json.key("subject_inferred", pretty: pretty)
    json.bool(figure.subjectInferred)
    json.key("subject_terms", pretty: pretty)
    json.strings(figure.subjectTerms, pretty: pretty)
    json.key("text", pretty: pretty)
    json.string(figure.text)
    json.key("time", pretty: pretty)
    json.string(figure.time)
    json.key("unit", pretty: pretty)
    json.string(figure.unit)
    json.key("unit_ambiguous", pretty: pretty)
    json.bool(figure.unitIsAmbiguous)
    json.key("value", pretty: pretty)
    json.decimal(figure.value)
    json.key("zone", pretty: pretty)
    json.string(figure.zone)
    json.endObject(pretty: pretty)
  }
}

extension FigureKind {
  /// The raw value as static bytes (raw values are plain ASCII: nothing to escape).
  var jsonName: StaticString {
    switch self {
    case .money: "money"
    case .count: "count"
    case .ordinal: "ordinal"
    case .percent: "percent"
    case .duration: "duration"
    case .quantity: "quantity"
    case .tally: "tally"
    case .date: "date"
    case .time: "time"
    case .other: "other"
    }
  }
}

extension Qualifier {
  /// The raw value as static bytes.
  var jsonName: StaticString {
    switch self {
    case .approx: "approx"
    case .atLeast: "at_least"
    case .moreThan: "more_than"
    case .atMost: "at_most"
    case .lessThan: "less_than"
    }
  }
}

/// The last sentence written, as the bytes of its JSON string.
private struct EscapedSentence {
  var range: Range<Int>?
  var json: [UInt8] = []
}

/// Code point offsets to byte offsets in UTF-8 text, walking from the last answer: asked in
/// increasing order (as figures are), the whole text is walked once, 32 bytes at a step.
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  private var byte = 0
  /// How many code points start before ``byte``, which is always where one starts.
  private var scalar = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func byte(atScalar target: Int) -> Int {
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let highBits: UInt64 = 0x8080_8080_8080_8080
      // Bytes start as many code points as they have bytes that do not continue one, and never
      // more than they have bytes: a step of 32 bytes or 8 cannot pass the target while it is as
      // far. A code point begun in the step and ended after it is stepped over whole.
      while target - scalar >= 32 && byte + 32 <= bytes.count {
        let first = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
        let second = raw.loadUnaligned(fromByteOffset: byte + 8, as: UInt64.self)
        let third = raw.loadUnaligned(fromByteOffset: byte + 16, as: UInt64.self)
        let fourth = raw.loadUnaligned(fromByteOffset: byte + 24, as: UInt64.self)
        var starts = 32
        if (first | second | third | fourth) & highBits != 0 {
          starts -= ScalarOffsets.continuations(first, second, third, fourth)
        }
        byte += 32
        scalar += starts
        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
      }
      while target - scalar >= 8 && byte + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
        var starts = 8
        if word & highBits != 0 { starts -= ScalarOffsets.continuations(word, 0, 0, 0) }
        byte += 8
        scalar += starts
        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
      }
      while scalar < target && byte < bytes.count {
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
