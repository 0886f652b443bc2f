import ArgumentParser
import CrossCheckCore

/// `note D1 "text"`: appends a timestamped note to a discrepancy.
struct NoteCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Add a timestamped note to a discrepancy.")
  static let example = "note D1 \"Belgium holds most of Europe's frozen assets\""
  static let changesState = true
  static let completion = CommandCompletion([.discrepancyID, .none])

  @Argument(help: "The discrepancy (D1).")
  var discrepancy: String
  @Argument(help: "The note; quote it, or give several words.")
  var words: [String]

  func validate() throws {
    if words.isEmpty {
      throw ValidationError("Give the note's text, e.g. note D1 \"Checked with the ministry\"")
    }
  }

  func execute(in shell: Shell) throws {
    let target = try shell.discrepancy(discrepancy)
    let note = Note(time: shell.commandTime, text: words.joined(separator: " "))
    shell.change { $0.update(target.id) { $0.notes.append(note) } }
    shell.status("noted on \(target.label) at \(DiscrepancyView.timestamp(note.time))")
  }
}

extension NoteCommand: PlainlyParsedCommand {
  static func parsePlain(_ arguments: [String]) -> Self? {
    guard let plain = PlainArguments(arguments), plain.positionals.count >= 2 else { return nil }
    var command = Self()
    command.discrepancy = plain.positionals[0]
    command.words = Array(plain.positionals.dropFirst())
    return command
  }
}
