import CrossCheckCore

/// Figures as rows for `figures --format` and `scan --format csv|markdown`: the keys are those
/// of `crosscheck figures --format json` (``FigureRecord``), a subset of them.
enum FigureRows {
  static let columns = [
    "source", "id", "kind", "text", "value", "low", "high", "unit", "qualifier", "hedge",
    "subject", "scope", "start", "end", "sentence",
  ]

  /// One figure's cells, in ``columns`` order.
  static func cells(_ figure: Figure, in source: Source) -> [RecordValue] {
    [
      .text(source.path), .text(figure.id.description), .text(figure.kind.rawValue),
      .text(figure.text), .number(figure.value), .number(figure.low), .number(figure.high),
      .text(figure.unit), .text(figure.qualifier?.rawValue), .text(figure.hedge),
      .text(figure.subject), .list(figure.scope.map(RecordValue.text)), .integer(figure.start),
      .integer(figure.end), .text(source.text(from: figure.sentenceStart, to: figure.sentenceEnd)),
    ]
  }

  static func records(_ figures: [(Figure, Source)]) -> RecordSet {
    RecordSet(
      columns: columns, rows: figures.map { cells($0.0, in: $0.1) }, flexibleColumns: [3, 14])
  }
}
