/// Runs command lines from a script or a pipe through a shell, with `FILE:LINE` in errors.
public enum ScriptRunner {
  /// What running a script did.
  public struct Result: Equatable, Sendable {
    public var commands = 0
    public var failures = 0
  }

  /// Runs each command of `lines` in order, going on after errors, until the lines end or a
  /// command asks to quit.
  /// - Parameter file: the name used in error messages (`<stdin>` for a pipe).
  public static func run(
    _ lines: some Sequence<String>, file: String, in shell: Shell
  ) -> Result {
    var result = Result()
    var reader = LogicalLineReader()
    func run(_ line: LogicalLine) {
      let status = shell.execute(line.text, at: ScriptLocation(file: file, line: line.lineNumber))
      if status != .empty { result.commands += 1 }
      if status == .failed { result.failures += 1 }
    }
    for physical in lines {
      if let line = reader.feed(physical) { run(line) }
      if shell.exitRequested { return result }
    }
    if let line = reader.finish() { run(line) }
    return result
  }
}
