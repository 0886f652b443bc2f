/// Joins physical lines ending in `\` into one command, for the prompt and for scripts alike.
public struct LogicalLineReader: Sendable {
  private var pending: String?
  private var pendingLine = 0
  private var nextLineNumber = 1

  public init() {}

  /// True while a command is waiting for its continuation line (the prompt changes then).
  public var isContinuing: Bool { pending != nil }

  /// Adds the next physical line (without its line break). Returns the command once it is
  /// complete; nil while a trailing `\` asks for more.
  public mutating func feed(_ line: String) -> LogicalLine? {
    var physical = line
    if physical.hasSuffix("\r") { physical.removeLast() }
    let lineNumber = nextLineNumber
    nextLineNumber += 1
    let text = pending.map { $0 + "\n" + physical } ?? physical
    let start = pending == nil ? lineNumber : pendingLine
    if CommandTokenizer.tokenize(text).ending == .continuation {
      if pending == nil { pendingLine = lineNumber }
      pending = text
      return nil
    }
    pending = nil
    return LogicalLine(text: text, lineNumber: start)
  }

  /// Ends the input: a command still waiting for a continuation line is returned as it is.
  public mutating func finish() -> LogicalLine? {
    defer { pending = nil }
    return pending.map { LogicalLine(text: $0, lineNumber: pendingLine) }
  }

  /// Passes over the next physical line (one that could not be read), dropping a command that
  /// waited for it as its continuation; the line's number.
  public mutating func skip() -> Int {
    pending = nil
    defer { nextLineNumber += 1 }
    return nextLineNumber
  }

  /// Drops a half-entered command (Ctrl-C at a continuation prompt).
  public mutating func discard() {
    pending = nil
  }
}
