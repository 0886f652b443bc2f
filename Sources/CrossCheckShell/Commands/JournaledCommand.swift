import CrossCheckCore

/// A state-changing command whose journal entry is more than the line as typed: it returns what
/// to record instead of setting fields on the shell.
protocol JournaledCommand: ShellCommand {
  /// Runs the command. `anchors` are the figures recorded with it when a replay or a recovery
  /// runs it again (they are found again by their quotes, never by possibly stale ids).
  func perform(in shell: Shell, replaying anchors: [FigureReference]?) throws -> JournalRecord
}

/// How a command is journaled, and what re-anchoring found when it was replayed.
struct JournalRecord {
  /// The command as it can be run again (`flag S3` as the figure ids it meant).
  var command: String
  var anchors: [FigureReference]?
  /// One line per recorded figure that moved or was lost (a replay shows them).
  var anchoring: [String] = []
}

extension JournaledCommand {
  func execute(in shell: Shell) throws {
    _ = try perform(in: shell, replaying: nil)
  }
}
