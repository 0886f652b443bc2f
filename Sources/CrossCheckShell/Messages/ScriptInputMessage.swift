import CrossCheckCore

/// A ``ScriptInputLine`` that is not a command, in words.
enum ScriptInputMessage {
  static func sentence(_ line: ScriptInputLine) -> String {
    switch line {
    case .text:
      return ""
    case .tooLong(let byteCount, let limit):
      let sizes = ByteCountText.texts(byteCount, limit: limit)
      return "this line is \(sizes.size), longer than the \(sizes.limit) a command line may be; "
        + "it was not run (is it data piped by mistake?)."
    case .inputTooLarge(let limit):
      return "the input goes on past \(ByteCountText.text(limit)), the most a script may be; "
        + "nothing from this line on was read or run, so split the commands into smaller scripts."
    }
  }

  /// A command too long to run: one line, as a script's line too long is said, or its lines.
  static func sentence(_ command: OverlongCommand) -> String {
    let sizes = ByteCountText.texts(command.byteCount, limit: command.limit)
    let subject =
      command.lineCount == 1
      ? "this line is" : "this command, continued over \(command.lineCount) lines, is"
    return "\(subject) \(sizes.size), longer than the \(sizes.limit) a command line may be; "
      + "it was not run (is it data piped by mistake?)."
  }
}
