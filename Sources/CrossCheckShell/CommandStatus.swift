/// How running one command line ended.
public enum CommandStatus: Equatable, Sendable {
  /// The line held no command (blank or a comment).
  case empty
  case succeeded
  /// The command reported at least one error.
  case failed
}
