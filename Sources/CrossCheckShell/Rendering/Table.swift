/// A plain text table: a header row and left-aligned columns, one column allowed to shrink.
/// Cells are shown with their control characters made visible (``TerminalText``).
///
/// Linear and cheap a row: each cell is made visible and measured once, and each line is built
/// in one string reserved for it, its padding sliced from one run of spaces.
struct Table {
  var headers: [String]
  var rows: [[String]]
  /// The columns that may be truncated (with "…") when the table is wider than the terminal;
  /// the widest of them gives way first.
  var flexibleColumns: [Int] = []

  /// The gap between two columns.
  private static let gap = 2

  func render(width: Int, style: Style) -> [String] {
    var lines: [String] = []
    lines.reserveCapacity(rows.count + 1)
    render(width: width, style: style) { lines.append($0) }
    return lines
  }

  /// Hands over the table's lines in order, without line breaks: the header first, then a line
  /// for each row.
  func render(width: Int, style: Style, line body: (String) -> Void) {
    let cells = rows.map { $0.map { Cell(TerminalText.visible($0)) } }
    let headerCells = headers.map { Cell($0) }
    var widths = headerCells.map(\.width)
    for row in cells {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.width) }
    }
    var excess = widths.reduce(0, +) + Self.gap * (widths.count - 1) - width
    while excess > 0, let widest = flexibleColumns.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > max(headerCells[widest].width, 8)
    {
      widths[widest] -= 1
      excess -= 1
    }
    let blanks = String(repeating: " ", count: (widths.max() ?? 0) + Self.gap)
    let lineBytes = widths.reduce(0, +) + Self.gap * widths.count
    func line(_ cells: [Cell]) -> String {
      var out = ""
      out.reserveCapacity(lineBytes)
      for (column, cell) in cells.enumerated() {
        var shown = cell.width
        if cell.width > widths[column] {
          out += cell.text.prefix(widths[column] - 1)
          out += "…"
          shown = widths[column]
        } else {
          out += cell.text
        }
        if column < cells.count - 1 {
          let padding = widths[column] + Self.gap - shown
          out += blanks[..<blanks.utf8.index(blanks.startIndex, offsetBy: padding)]
        }
      }
      return out
    }
    body(style.bold(line(headerCells)))
    for row in cells { body(line(row)) }
  }

  /// A cell's text and how many characters wide it is, counted once.
  private struct Cell {
    let text: String
    let width: Int

    init(_ text: String) {
      self.text = text
      // Printable ASCII (and tab or line feed) is a character a byte: counting characters
      // walks grapheme breaks, which plain ASCII without a carriage return cannot have.
      width =
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
    }
  }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
