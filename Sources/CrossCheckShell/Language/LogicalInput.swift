/// What ``LogicalLineReader`` makes of the physical lines fed to it: a command to run, or one
/// longer than a command line may be, which is not kept and not run.
public enum LogicalInput: Equatable, Sendable {
  case line(LogicalLine)
  case tooLong(OverlongCommand)
}
