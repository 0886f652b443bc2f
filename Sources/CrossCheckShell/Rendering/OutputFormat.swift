import ArgumentParser

/// How a listing command prints its rows: `--format`, or the session default `set format`
/// (sqlite3's `.mode`).
public enum OutputFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// Aligned columns for people (for `figures`, `scan` and `compare`: their usual view).
  case table
  /// RFC 4180, one header row; formulas neutralized as in the CSV report.
  case csv
  /// One JSON array of objects.
  case json
  /// One JSON object per line.
  case jsonl
  /// A Markdown (GitHub) table.
  case markdown

  /// The names, as help and errors list them.
  static let names = allCases.map(\.rawValue).joined(separator: "|")
}

extension OutputFormat {
  /// How Tab completes `--format`.
  static var choices: ArgumentKind { .choices(allCases.map(\.rawValue)) }
}
