import ArgumentParser

/// `help [COMMAND]`: every command with one line each, or one command's usage and an example.
struct HelpCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "help",
    abstract: "List the commands, or show one command's usage and an example.")
  static let example = "help load"
  static let completion = CommandCompletion([.commandName])

  @Argument(help: "The command to explain.")
  var command: String?

  func execute(in shell: Shell) throws {
    if let name = command {
      guard let type = Shell.commands.first(where: { $0.matches(name) }) else {
        var message = "there is no command '\(name)'"
        if let guess = EditDistance.suggestion(for: name, among: Shell.commands.map { $0.name }) {
          message += " — did you mean '\(guess)'?"
        } else {
          // As an unknown command at the prompt: say where the list is.
          message += "; type 'help' to list the commands."
        }
        throw ShellError(message)
      }
      shell.print(type.helpText(width: shell.width()))
      return
    }
    let nameWidth = Shell.commands.map { $0.name.count }.max() ?? 0
    shell.print(shell.style.bold("Commands:"))
    // A summary longer than the line goes on under itself, not at the left edge.
    let indent = String(repeating: " ", count: nameWidth + 4)
    let summaryWidth = max(20, shell.width() - indent.count)
    for type in Shell.commands {
      let summary = TextWrapper.wrap(type.configuration.abstract, width: summaryWidth)
      shell.print(
        "  " + shell.style.accent(type.name.padding(toLength: nameWidth)) + "  "
          + (summary.first ?? ""))
      for line in summary.dropFirst() { shell.print(indent + line) }
    }
    shell.print()
    shell.print(
      lines: TextWrapper.wrap(
        "Type 'help COMMAND' for a command's usage and an example, or press Tab to complete. "
          + "Words are separated by spaces; group them with \"double\" or 'single' quotes; "
          + "\\ escapes a character; # starts a comment; a line ending in \\ goes on on the next.",
        width: shell.width()))
  }
}
