/// The report as CSV: one row per figure in a discrepancy, RFC 4180 (CRLF line ends, fields with
/// commas, quotes or line breaks in double quotes, quotes doubled), UTF-8.
public enum CSVReport {
  /// The columns, in order (documented in the README).
  public static let columns = [
    "discrepancy", "title", "verdict", "tags", "figure", "source", "outlet", "source_date", "text",
    "kind", "value", "low", "high", "unit", "qualifier", "hedge", "normalized", "conversion",
    "start", "end", "sentence", "assessment", "source_changed",
  ]

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
          figure.sourceChanged ? "yes" : "no",
        ])
      }
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
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
