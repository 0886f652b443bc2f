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
    append(path: source.path, text: source.text, to: &output, flushingAt: limit, flush: flush) {
      line in
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
    append(
      path: source.path, text: source.text, to: &output, flushingAt: limit, flush: flush,
      figures: figures.forEach)
  }

  /// The lines of the figures `figures` hands over, in order, with sentences sliced from
  /// `text`.
  private static func append(
    path: String, text: String, to output: inout [UInt8], flushingAt limit: Int,
    flush: (inout [UInt8]) -> Void, figures: ((Figure) -> Void) -> Void
  ) {
    var json = JSONLineWriter(capacity: min(limit, 1 << 16) + 4096)
    var text = text
    // `flush` is called only while `figures` runs, never after.
    withoutActuallyEscaping(flush) { flush in
      text.withUTF8 { bytes in
      var starts = ByteCursor(bytes: bytes)
      var ends = ByteCursor(bytes: bytes)
      figures { figure in
        let sentence =
          starts.byte(atScalar: figure.sentenceStart)..<ends.byte(atScalar: figure.sentenceEnd)
        append(
          figure, path: path, sentence: UnsafeBufferPointer(rebasing: bytes[sentence]),
          to: &json)
        if output.count + json.count >= limit {
          json.move(to: &output)
          flush(&output)
        }
      }
      }
    }
    json.move(to: &output)
  }

  /// The keys in the order `JSONEncoder`'s `.sortedKeys` gives them.
  private static func append(
    _ figure: Figure, path: String, sentence: UnsafeBufferPointer<UInt8>,
    to json: inout JSONLineWriter
  ) {
    json.append("{\"components\":")
    if let components = figure.components {
      json.decimals(components)
    } else {
      json.null()
    }
    json.append(",\"date\":")
    json.string(figure.date)
    json.append(",\"end\":")
    json.integer(figure.end)
    json.append(",\"hedge\":")
    json.string(figure.hedge)
    json.append(",\"high\":")
    json.decimal(figure.high)
    json.append(",\"high_inclusive\":")
    json.bool(figure.highInclusive)
    json.append(",\"id\":")
    json.figureID(figure.id)
    json.append(",\"kind\":\"")
    json.append(figure.kind.jsonName)
    json.append("\",\"low\":")
    json.decimal(figure.low)
    json.append(",\"low_inclusive\":")
    json.bool(figure.lowInclusive)
    json.append(",\"out_of_range\":")
    json.bool(figure.valueOutOfRange)
    json.append(",\"qualifier\":")
    if let qualifier = figure.qualifier {
      json.append(UInt8(ascii: "\""))
      json.append(qualifier.jsonName)
      json.append(UInt8(ascii: "\""))
    } else {
      json.null()
    }
    json.append(",\"scale\":")
    json.string(figure.scale)
    json.append(",\"scope\":")
    json.strings(figure.scope)
    json.append(",\"sentence\":")
    json.string(bytes: sentence)
    json.append(",\"source\":")
    json.string(path)
    json.append(",\"start\":")
    json.integer(figure.start)
    json.append(",\"subject\":")
    json.string(figure.subject)
    json.append(",\"subject_inferred\":")
    json.bool(figure.subjectInferred)
    json.append(",\"subject_terms\":")
    json.strings(figure.subjectTerms)
    json.append(",\"text\":")
    json.string(figure.text)
    json.append(",\"time\":")
    json.string(figure.time)
    json.append(",\"unit\":")
    json.string(figure.unit)
    json.append(",\"unit_ambiguous\":")
    json.bool(figure.unitIsAmbiguous)
    json.append(",\"value\":")
    json.decimal(figure.value)
    json.append(",\"zone\":")
    json.string(figure.zone)
    json.append("}\n")
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
