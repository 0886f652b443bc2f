/// Joins physical lines ending in `\` into one command, for the prompt and for scripts alike.
///
/// Each physical line is tokenized once, resuming where the previous one left off, and appended
/// to the command in place, so a command continued over many lines is read in linear time. A
/// command longer than a command line may be (``ScriptInputLine/maximumLineBytes``, its lines
/// joined) is not kept: its bytes are counted, and it comes out as ``LogicalInput/tooLong(_:)``.
public struct LogicalLineReader: Sendable {
  /// Where the tokenizer left a line that asked for another: the next line goes on between
  /// words, inside a word, or inside a double-quoted word.
  private enum Resumption: Sendable {
    case betweenWords
    case insideWord
    case insideQuote

    /// Text that puts the tokenizer, at its start, where the previous line left it: the
    /// joined command's `\` and line break between the lines are skipped by the tokenizer,
    /// so the rest of the command reads as it reads after this prefix.
    var prefix: String {
      switch self {
      case .betweenWords: ""
      case .insideWord: "x"
      case .insideQuote: "\""
      }
    }
  }

  private var pending = ""
  private var resumption: Resumption?
  private var pendingLine = 0
  private var pendingLineCount = 0
  private var pendingBytes = 0
  private var nextLineNumber = 1
  private let maximumBytes: Int

  /// - Parameter maximumBytes: the longest command, its lines joined by line breaks.
  public init(maximumBytes: Int = ScriptInputLine.maximumLineBytes) {
    self.maximumBytes = maximumBytes
  }

  /// True while a command is waiting for its continuation line (the prompt changes then).
  public var isContinuing: Bool { resumption != nil }

  /// Adds the next physical line (without its line break). Returns the command once it is
  /// complete; nil while a trailing `\` asks for more.
  public mutating func feed(_ line: String) -> LogicalInput? {
    var physical = line
    if physical.hasSuffix("\r") { physical.removeLast() }
    let lineNumber = nextLineNumber
    nextLineNumber += 1
    let tokens = CommandTokenizer.tokenize(
      resumption.map { $0.prefix + physical } ?? physical)
    if resumption == nil {
      pendingLine = lineNumber
      pendingLineCount = 1
      pendingBytes = physical.utf8.count
      pending = physical
    } else {
      pendingLineCount += 1
      pendingBytes += 1 + physical.utf8.count
      if pendingBytes <= maximumBytes {
        pending.append("\n")
        pending.append(physical)
      } else {
        pending = ""
      }
    }
    if tokens.ending == .continuation {
      resumption =
        tokens.continuesInsideQuote
        ? .insideQuote : tokens.endsInsideWord ? .insideWord : .betweenWords
      return nil
    }
    resumption = nil
    return complete()
  }

  /// Ends the input: a command still waiting for a continuation line is returned as it is.
  public mutating func finish() -> LogicalInput? {
    guard resumption != nil else { return nil }
    resumption = nil
    return complete()
  }

  /// Passes over the next physical line (one that could not be read), dropping a command that
  /// waited for it as its continuation; the line's number.
  public mutating func skip() -> Int {
    discard()
    defer { nextLineNumber += 1 }
    return nextLineNumber
  }

  /// Drops a half-entered command (Ctrl-C at a continuation prompt).
  public mutating func discard() {
    resumption = nil
    pending = ""
  }

  /// The pending command, as it is or as too long, and nothing pending after it.
  private mutating func complete() -> LogicalInput {
    defer { pending = "" }
    guard pendingBytes <= maximumBytes else {
      return .tooLong(
        OverlongCommand(
          lineNumber: pendingLine, lineCount: pendingLineCount, byteCount: pendingBytes,
          limit: maximumBytes))
    }
    return .line(LogicalLine(text: pending, lineNumber: pendingLine))
  }
}
