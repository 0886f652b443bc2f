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
      let table = Table(
        headers: records.columns.map { $0.replacingOccurrences(of: "_", with: " ").uppercased() },
        rows: records.rows.map { $0.map(\.plainText) }, flexibleColumns: records.flexibleColumns)
      return table.render(width: width, style: style).map { $0 + "\n" }.joined()
    case .csv:
      // CRLF line ends, as RFC 4180 and the CSV report.
      let header = records.columns.map { ReportCells.csv($0, isNumber: false) }
      let rows = records.rows.map { row in
        row.map { ReportCells.csv($0.plainText, isNumber: $0.isNumber) }
      }
      return ([header] + rows).map { $0.joined(separator: ",") + "\r\n" }.joined()
    case .json:
      let all = RecordValue.list(records.rows.indices.map(records.object))
      return json(all, pretty: true) + "\n"
    case .jsonl:
      return records.rows.indices.map { json(records.object($0), pretty: false) + "\n" }.joined()
    case .markdown:
      func line(_ cells: [String]) -> String {
        "| " + cells.map(ReportCells.markdown).joined(separator: " | ") + " |\n"
      }
      return line(records.columns)
        + "|" + String(repeating: " --- |", count: records.columns.count) + "\n"
        + records.rows.map { line($0.map(\.plainText)) }.joined()
    }
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
