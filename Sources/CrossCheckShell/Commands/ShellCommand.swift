import ArgumentParser

/// A command of the CrossCheck language, at the prompt and in scripts.
///
/// Each command is one type in one file, and that type declares all there is to know about it:
/// its name, one-line summary and usage (``configuration``), its arguments and options
/// (ArgumentParser property wrappers, which also parse and validate them), an ``example`` for
/// `help`, how each argument completes (``completion``), and what it does (``execute(in:)``).
/// Adding a command is writing such a type and listing it in ``CommandRegistry``.
public protocol ShellCommand: ParsableCommand {
  /// A command line that shows the command in use, for `help COMMAND`.
  static var example: String { get }
  /// How Tab completes this command's arguments and option values.
  static var completion: CommandCompletion { get }
  /// Whether the command can change the session's state; such commands are journaled, and they
  /// are the only ones a replay runs.
  static var changesState: Bool { get }
  /// Whether a successful run goes into the shell's transcript (false for the commands that
  /// show or save the transcript itself).
  static var isRecordedInTranscript: Bool { get }
  /// Whether the command chooses where output goes (`output`, `once`): a pending `once FILE`
  /// waits for the next command instead.
  static var managesOutput: Bool { get }
  /// Does the command's work against the shell's state, writing what it shows to the shell.
  func execute(in shell: Shell) throws
}

extension ShellCommand {
  public static var completion: CommandCompletion { CommandCompletion() }
  public static var isRecordedInTranscript: Bool { true }
  public static var managesOutput: Bool { false }

  /// Whether the command can change the session's state (sources, rates, settings,
  /// discrepancies). Such commands are journaled, and they are the only ones a replay runs.
  public static var changesState: Bool { false }

  /// The command's name as typed at the prompt.
  static var name: String { configuration.commandName ?? "\(Self.self)" }
}

extension ShellCommand {
  /// Whether `word` names this command or one of its aliases.
  static func matches(_ word: String) -> Bool {
    word == name || configuration.aliases.contains(word)
  }
}

extension ShellCommand {
  /// The one-line synopsis, e.g. `show <id>`.
  static var usage: String {
    configuration.usage ?? usageString()
  }

  /// The full help for `help COMMAND` and `COMMAND --help`: overview, usage, arguments and
  /// options (from ArgumentParser), then the example.
  static func helpText(width: Int) -> String {
    var text = helpMessage(columns: width)
    while text.hasSuffix("\n") { text.removeLast() }
    return text + "\n\nEXAMPLE:\n  \(example)"
  }
}
