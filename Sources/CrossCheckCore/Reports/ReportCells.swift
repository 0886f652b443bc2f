/// The cell escaping of the CSV and Markdown reports, for other tables written in those formats
/// (the shell's `--format csv|markdown`): one rule for formulas and markup, wherever a table is
/// written.
public enum ReportCells {
  /// A CSV field as the CSV report writes it: quoted when it must be, and with a `'` in front
  /// when a spreadsheet would run it as a formula. A number cell (`isNumber`) that holds a plain
  /// decimal keeps its leading `-` as a sign.
  public static func csv(_ value: String, isNumber: Bool) -> String {
    CSVReport.field(
      isNumber && CSVReport.isPlainNumber(value) ? value : CSVReport.neutralized(value))
  }

  /// Text for a Markdown table cell: one line, with markup (and `|`) backslash-escaped.
  public static func markdown(_ value: String) -> String {
    MarkdownReport.escape(value)
  }
}
