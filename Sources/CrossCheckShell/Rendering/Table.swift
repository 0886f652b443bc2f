/// A plain text table: a header row and left-aligned columns, one column allowed to shrink.
/// Cells are shown with their control characters made visible (``TerminalText``).
struct Table {
  var headers: [String]
  var rows: [[String]]
  /// The columns that may be truncated (with "…") when the table is wider than the terminal;
  /// the widest of them gives way first.
  var flexibleColumns: [Int] = []

  func render(width: Int, style: Style) -> [String] {
    let rows = rows.map { $0.map { TerminalText.visible($0) } }
    var widths = headers.map(\.count)
    for row in rows {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    let gap = 2
    var excess = widths.reduce(0, +) + gap * (widths.count - 1) - width
    while excess > 0, let widest = flexibleColumns.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > max(headers[widest].count, 8)
    {
      widths[widest] -= 1
      excess -= 1
    }
    func line(_ cells: [String]) -> String {
      var out = ""
      for (column, cell) in cells.enumerated() {
        var text = cell
        if text.count > widths[column] { text = String(text.prefix(widths[column] - 1)) + "…" }
        let isLast = column == cells.count - 1
        out += isLast ? text : text.padding(toLength: widths[column] + gap)
      }
      return out
    }
    return [style.bold(line(headers))] + rows.map(line)
  }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
