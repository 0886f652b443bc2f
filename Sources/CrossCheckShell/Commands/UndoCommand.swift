import ArgumentParser

/// `undo`: reverses the last change to rates, settings or discrepancies.
struct UndoCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Reverse the last change to discrepancies, rates or settings ('redo' re-applies it).")
  static let example = "undo"
  static let changesState = true

  func execute(in shell: Shell) throws {
    guard let command = shell.undo() else { throw ShellError("there is nothing to undo.") }
    shell.status("undid: \(command)")
  }
}

extension UndoCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    arguments.isEmpty ? Self() : nil
  }
}
