/// Runs command lines from a script or a pipe through a shell, with `FILE:LINE` in errors.
public enum ScriptRunner {
  /// What running a script did.
  public struct Result: Equatable, Sendable {
    public var commands = 0
    public var failures = 0
    /// True when the run stopped early at a failed command because the shell bails
    /// (`--bail`).
    public var stoppedAtError = false
    /// True when the input went past what a script may be, and the rest was not read.
    public var inputTooLarge = false

    public init(
      commands: Int = 0, failures: Int = 0, stoppedAtError: Bool = false,
      inputTooLarge: Bool = false
    ) {
      self.commands = commands
      self.failures = failures
      self.stoppedAtError = stoppedAtError
      self.inputTooLarge = inputTooLarge
    }
  }

  /// Runs each command of `lines` in order until the lines end, a command asks to quit, or
  /// Ctrl-C is pressed (``Shell/isInterrupted``). After
  /// an error the run goes on, unless the shell bails (``Shell/bail``): then it stops there.
  /// With ``Shell/echo`` on, each command is shown before it runs.
  /// - Parameter file: the name used in error messages (`<stdin>` for a pipe).
  public static func run(
    _ lines: some Sequence<String>, file: String, in shell: Shell
  ) -> Result {
    run(lines.lazy.map(ScriptInputLine.checked), file: file, in: shell)
  }

  /// Runs lines as the `String` version does; a line too long is reported at its number and not run, and input past a script's limit is reported and ends the run.
  public static func run(
    _ lines: some Sequence<ScriptInputLine>, file: String, in shell: Shell
  ) -> Result {
    var result = Result()
    var reader = LogicalLineReader()
    func run(_ input: LogicalInput) {
      guard case .line(let line) = input else {
        if case .tooLong(let command) = input {
          shell.refuse(command, at: ScriptLocation(file: file, line: command.lineNumber))
        }
        result.failures += 1
        if shell.bail { result.stoppedAtError = true }
        return
      }
      if shell.echo { shell.echoCommand(line.text) }
      let status = shell.execute(line.text, at: ScriptLocation(file: file, line: line.lineNumber))
      if status != .empty { result.commands += 1 }
      if status == .failed {
        result.failures += 1
        if shell.bail { result.stoppedAtError = true }
      }
    }
    for physical in lines {
      if shell.isInterrupted() { return result }
      switch physical {
      case .text(let text):
        if let line = reader.feed(text) { run(line) }
      case .tooLong, .inputTooLarge:
        // A command waiting for this line as its continuation is not run either.
        let number = reader.skip()
        shell.reportInput(
          ScriptInputMessage.sentence(physical), at: ScriptLocation(file: file, line: number))
        result.failures += 1
        if case .inputTooLarge = physical {
          result.inputTooLarge = true
          return result
        }
        if shell.bail { result.stoppedAtError = true }
      }
      if shell.exitRequested || result.stoppedAtError { return result }
    }
    if let line = reader.finish() { run(line) }
    return result
  }
}
