/// The report as CSV: one row per figure in a discrepancy, RFC 4180 (CRLF line ends, fields with
/// commas, quotes or line breaks in double quotes, quotes doubled), UTF-8. A text cell that a
/// spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, tab or CR) gets a
/// leading `'`, as OWASP recommends; the number columns stay numbers.
public enum CSVReport {
  /// The columns, in order (documented in the README).
  public static let columns = [
    "discrepancy", "title", "verdict", "tags", "figure", "source", "outlet", "source_date", "text",
    "kind", "value", "low", "high", "unit", "qualifier", "hedge", "normalized", "conversion",
    "start", "end", "sentence", "assessment", "source_changed", "verdict_meaning",
  ]
  /// The columns that hold numbers, where a leading `-` is a sign (never a formula).
  static let numberColumns: Set<String> = ["value", "low", "high", "start", "end"]

  public static func render(_ report: Report) -> String {
    let sources = Dictionary(
      report.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var rows = [columns]
    for discrepancy in report.discrepancies {
      for figure in discrepancy.figures {
        let source = sources[figure.sourceID]
        rows.append([
          discrepancy.label, discrepancy.title ?? "", discrepancy.verdict ?? "",
          discrepancy.tags.joined(separator: " "), figure.id, figure.sourceID, source?.outlet ?? "",
          source?.date ?? "", figure.text, figure.kind ?? "", figure.value?.description ?? "",
          figure.low?.description ?? "", figure.high?.description ?? "", figure.unit ?? "",
          figure.qualifier ?? "", figure.hedge ?? "", figure.normalized ?? "",
          figure.conversion ?? "",
          String(figure.start), String(figure.end), figure.sentence, discrepancy.assessment ?? "",
          figure.sourceChanged ? "yes" : "no", discrepancy.verdictMeaning ?? "",
        ])
      }
    }
    let isNumber = columns.map(numberColumns.contains)
    return rows.map { row in
      row.enumerated().map { column, value in
        field(isNumber[column] && isPlainNumber(value) ? value : neutralized(value))
      }.joined(separator: ",")
    }.joined(separator: "\r\n") + "\r\n"
  }

  /// `value` with a `'` in front when a spreadsheet would read it as a formula.
  static func neutralized(_ value: String) -> String {
    guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return value
    }
    return "'" + value
  }

  /// Whether `value` is a decimal as the number columns write them ("-12.5"), nothing more.
  static func isPlainNumber(_ value: String) -> Bool {
    var body = Substring(value)
    if body.first == "-" { body = body.dropFirst() }
    return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
  }

  static func field(_ value: String) -> String {
    guard
      value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
