import CrossCheckCore

/// `figures --format json|jsonl|csv|markdown` written a row at a time as the figures are listed,
/// so that a large corpus's rows are never all held: the same bytes as ``RecordRenderer`` makes
/// of ``FigureRows/records(_:)``, with JSON written directly (keys sorted, escapes as
/// `JSONEncoder` and ``JSONText`` make them) rather than through `JSONEncoder`.
final class FigureRowWriter {
  let format: OutputFormat
  private var json = JSONLineWriter(capacity: 1 << 16)
  private var text = ""
  private var rows = 0

  /// `format` is not ``OutputFormat/table``, which ``FiguresCommand`` writes itself.
  init(format: OutputFormat) { self.format = format }

  /// What comes before the rows.
  var header: String {
    format == .json ? "[\n" : RecordRenderer.header(FigureRows.columns, as: format)
  }

  /// What comes after the rows.
  var footer: String { format == .json ? "\n]\n" : "" }

  /// About how many bytes of rows wait to be taken.
  var pendingBytes: Int { json.count + text.utf8.count }

  /// The rows written since the last call.
  func take() -> String {
    var bytes: [UInt8] = []
    json.move(to: &bytes)
    let taken = text + String(decoding: bytes, as: UTF8.self)
    text = ""
    return taken
  }

  func append(_ figure: Figure, in source: Source) {
    defer { rows += 1 }
    switch format {
    case .json, .jsonl: appendJSON(figure, in: source, pretty: format == .json)
    case .csv, .markdown, .table:
      let row = RecordSet(columns: FigureRows.columns, rows: [FigureRows.cells(figure, in: source)])
      text += RecordRenderer.row(row, 0, as: format)
    }
  }

  /// The keys in the order `JSONEncoder`'s `.sortedKeys` gives them; pretty as its
  /// `.prettyPrinted` indents an object in an array.
  private func appendJSON(_ figure: Figure, in source: Source, pretty: Bool) {
    if pretty && rows > 0 { json.append(",\n") }
    key("end", first: true, pretty: pretty)
    json.integer(figure.end)
    key("hedge", pretty: pretty)
    json.string(figure.hedge)
    key("high", pretty: pretty)
    json.decimal(figure.high)
    key("id", pretty: pretty)
    json.figureID(figure.id)
    key("kind", pretty: pretty)
    json.string(figure.kind.rawValue)
    key("low", pretty: pretty)
    json.decimal(figure.low)
    key("qualifier", pretty: pretty)
    json.string(figure.qualifier?.rawValue)
    key("scope", pretty: pretty)
    json.strings(figure.scope, pretty: pretty)
    key("sentence", pretty: pretty)
    // Sliced from the text's bytes: no string is made for a row's sentence.
    source.withUTF8(from: figure.sentenceStart, to: figure.sentenceEnd) { json.string(bytes: $0) }
    key("source", pretty: pretty)
    json.string(source.path)
    key("start", pretty: pretty)
    json.integer(figure.start)
    key("subject", pretty: pretty)
    json.string(figure.subject)
    key("text", pretty: pretty)
    json.string(figure.text)
    key("unit", pretty: pretty)
    json.string(figure.unit)
    key("value", pretty: pretty)
    json.decimal(figure.value)
    json.endObject(pretty: pretty)
  }

  private func key(_ name: StaticString, first: Bool = false, pretty: Bool) {
    json.key(name, first: first, pretty: pretty)
  }
}
