import CrossCheckCore
import Foundation

/// The one writer of ``RecordSet``s, in every ``OutputFormat``: what `sources`, `figures`,
/// `discrepancies`, `scan`, `compare` and `rates` print with `--format`. CSV and Markdown cells
/// are escaped as the reports escape them (``ReportCells``); JSON is made safe for a terminal
/// (``JSONText``). Text from files keeps its control characters here: the shell's writers make
/// them visible on the way out.
enum RecordRenderer {
  /// The rows as text, ending with a line break.
  static func render(_ records: RecordSet, as format: OutputFormat, width: Int, style: Style)
    -> String
  {
    switch format {
    case .table:
      var text = ""
      table(records).render(width: width, style: style) { line in
        text += line
        text += "\n"
      }
      return text
    case .json:
      let all = RecordValue.list(records.rows.indices.map(records.object))
      return json(all, pretty: true) + "\n"
    case .csv, .jsonl, .markdown:
      return header(records.columns, as: format)
        + records.rows.indices.map { row(records, $0, as: format) }.joined()
    }
  }

  /// The rows as a text ``Table``: the columns' names in capitals, with spaces for `_`.
  static func table(_ records: RecordSet) -> Table {
    Table(
      headers: records.columns.map { $0.replacingOccurrences(of: "_", with: " ").uppercased() },
      rows: records.rows.map { $0.map(\.plainText) }, flexibleColumns: records.flexibleColumns)
  }

  /// Whether each row of `format` is written on its own (after ``header(_:as:)``), so that a
  /// listing can be written, and stopped, a row at a time.
  static func writesRowByRow(_ format: OutputFormat) -> Bool {
    format == .csv || format == .jsonl || format == .markdown
  }

  /// What comes before the rows in a format that ``writesRowByRow(_:)``.
  static func header(_ columns: [String], as format: OutputFormat) -> String {
    switch format {
    // CRLF line ends, as RFC 4180 and the CSV report.
    case .csv: columns.map { ReportCells.csv($0, isNumber: false) }.joined(separator: ",") + "\r\n"
    case .markdown:
      markdownLine(columns) + "|" + String(repeating: " --- |", count: columns.count) + "\n"
    case .table, .json, .jsonl: ""
    }
  }

  /// Row `index` in a format that ``writesRowByRow(_:)``, ending with its line break.
  static func row(_ records: RecordSet, _ index: Int, as format: OutputFormat) -> String {
    switch format {
    case .csv:
      records.rows[index].map { ReportCells.csv($0.plainText, isNumber: $0.isNumber) }
        .joined(separator: ",") + "\r\n"
    case .markdown: markdownLine(records.rows[index].map(\.plainText))
    case .table, .json, .jsonl: json(records.object(index), pretty: false) + "\n"
    }
  }

  private static func markdownLine(_ cells: [String]) -> String {
    "| " + cells.map(ReportCells.markdown).joined(separator: " | ") + " |\n"
  }

  /// `value` as JSON: keys sorted, slashes unescaped, safe to print (see ``JSONText``).
  static func json(_ value: RecordValue, pretty: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    // Encoding text, numbers and nulls cannot fail.
    let data = (try? encoder.encode(value)) ?? Data("null".utf8)
    return JSONText.embeddable(String(decoding: data, as: UTF8.self))
  }
}
