import ArgumentParser
import CrossCheckShell
import Foundation
import LineEditor

/// The `crosscheck` command line: the prompt (the default), and pipeline subcommands.
@main
struct CrossCheckCLI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "crosscheck",
    abstract: "Check the figures in news articles against each other.",
    discussion: """
      With no subcommand, starts the prompt ('repl') with the given sources loaded. Type 'help' \
      there for the commands. Without the prompt: 'crosscheck --batch FILE' or \
      'crosscheck -c COMMAND' runs commands from a script or the command line, and \
      'crosscheck --session FILE --export FORMAT OUT' writes a report; \
      'crosscheck repl --help' lists every option.
      """,
    version: CrossCheckVersion.current,
    subcommands: [ReplCommand.self, FiguresSubcommand.self],
    defaultSubcommand: ReplCommand.self)

  /// Runs the command line. Usage errors exit with status 2 (ArgumentParser's default is 64), so
  /// that scripts can tell 'you called it wrong' (2) from 'a command failed' (1).
  static func main() {
    do {
      // The prompt's plain command lines skip ArgumentParser (see ReplCommand.parsedPlainly).
      if var plain = ReplCommand.parsedPlainly(Array(CommandLine.arguments.dropFirst())) {
        try plain.run()
        return
      }
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
