import ArgumentParser

/// `redo`: re-applies the last change that `undo` reversed.
struct RedoCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "redo",
    abstract: "Re-apply the last change that 'undo' reversed.")
  static let example = "redo"
  static let changesState = true

  func execute(in shell: Shell) throws {
    guard let command = shell.redo() else { throw ShellError("there is nothing to redo.") }
    shell.status("redid: \(command)")
  }
}

extension RedoCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    arguments.isEmpty ? Self() : nil
  }
}
