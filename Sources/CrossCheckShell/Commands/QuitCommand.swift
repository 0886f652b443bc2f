import ArgumentParser

/// `quit`: ends the session (as Ctrl-D on an empty line does).
struct QuitCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "quit",
    abstract: "Leave CrossCheck (Ctrl-D on an empty line does the same).",
    aliases: ["exit"])
  static let example = "quit"

  func execute(in shell: Shell) throws {
    shell.exitRequested = true
  }
}
