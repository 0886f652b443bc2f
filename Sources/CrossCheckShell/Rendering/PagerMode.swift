/// When output longer than the terminal goes through `$PAGER` (`set pager`, psql's `\pset
/// pager`). Only ever at a terminal: never in pipes, batch mode or into a file.
public enum PagerMode: String, CaseIterable, Sendable {
  /// Never page.
  case off
  /// Page output that does not fit on the screen (the default).
  case on
  /// Page every command's output.
  case always
}
