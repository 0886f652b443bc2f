/// Rows to print in any ``OutputFormat``: named columns (JSON's keys, in snake_case) and a value
/// per column in each row. Commands build one; ``RecordRenderer`` writes it.
struct RecordSet {
  var columns: [String]
  var rows: [[RecordValue]]
  /// The columns a table may shorten (with "…") to fit the terminal.
  var flexibleColumns: [Int] = []

  /// Row `index` as a JSON object.
  func object(_ index: Int) -> RecordValue {
    .object(columns, rows[index])
  }
}
