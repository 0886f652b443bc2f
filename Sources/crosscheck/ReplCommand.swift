import ArgumentParser
import CrossCheckShell
import Foundation
import LineEditor

/// `crosscheck [repl] [PATHS...]`: load sources, then read commands from the prompt, from `-c`,
/// or from standard input when it is not a terminal.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Start the prompt with the given sources loaded (the default).",
    discussion: """
      When standard input is not a terminal, commands are read from it one per line, with no \
      prompt; errors then read 'crosscheck:<stdin>:LINE: message' and the exit status is 1 if \
      any command failed.
      """)

  @Argument(help: "Text files, folders or glob patterns to load first.", completion: .file())
  var paths: [String] = []

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(
      "Run COMMAND and exit; repeat to run several in order. The exit status is 1 if any failed.",
      valueName: "command"))
  var commands: [String] = []

  @Option(
    help: ArgumentHelp(
      "Keep the prompt's history in FILE (default: $XDG_STATE_HOME/crosscheck/history, else "
        + "~/.crosscheck_history).", valueName: "file"),
    completion: .file())
  var history: String?

  mutating func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let interactive = commands.isEmpty && isatty(STDIN_FILENO) == 1
    let shell = Shell(
      style: Style(
        isEnabled: Style.colourWanted(
          isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)),
      output: { text in Swift.print(text, terminator: "") },
      errorOutput: { text in
        fflush(nil)
        FileHandle.standardError.write(Data(text.utf8))
      })
    shell.width = { LineEditor.terminalWidth() ?? environment["COLUMNS"].flatMap(Int.init) ?? 80 }
    shell.isInterrupted = { InterruptSignal.isPending }

    if interactive {
      let historyFile = history ?? HistoryLocation.resolve(environment: environment)
      InteractiveLoop(shell: shell, historyFile: historyFile, paths: paths, environment: environment).run()
      return
    }
    var failures = 0
    for path in paths where shell.execute("load " + CommandTokenizer.quote(path)) == .failed {
      failures += 1
    }
    let result: ScriptRunner.Result
    if commands.isEmpty {
      result = ScriptRunner.run(StandardInputLines(), file: "<stdin>", in: shell)
    } else {
      result = ScriptRunner.run(commands, file: "-c", in: shell)
    }
    fflush(nil)
    if failures + result.failures > 0 { throw ExitCode(1) }
  }
}

/// The lines of standard input, read lazily so a pipe is processed as it arrives.
struct StandardInputLines: Sequence, IteratorProtocol {
  mutating func next() -> String? {
    Swift.readLine(strippingNewline: true)
  }
}
