import ArgumentParser
import CrossCheckCore

/// `open FILE [--force]`: restores a saved session.
struct OpenCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open a saved session: sources re-read and hash-checked, state and journal restored.",
    discussion: """
      A source whose text changed since the save is reported, and the figures recorded in it are \
      found again by their quotes (exact, relocated, or orphaned — never attached to other \
      text). A newer, malformed or truncated file, or a missing source, is refused with the \
      reason, and nothing is changed. Unsaved changes are only discarded with --force.
      """)
  static let example = "open Sessions/frozen-assets.json"
  static let completion = CommandCompletion([.path], options: ["--force": nil])

  @Argument(help: "The session file.")
  var file: String
  @Flag(help: "Discard unsaved changes of the current session.")
  var force = false

  func execute(in shell: Shell) throws {
    let (session, file) = try shell.readSession(
      self.file, force: force, forceHint: "'open \(self.file) --force'")
    let notes = try shell.adopt(session, from: file)
    shell.print(
      "opened \(session.name): \(shell.corpus.sources.count) sources, \(shell.analysis.discrepancies.count) discrepancies, \(shell.journal.count) journal entries"
    )
    for note in notes { shell.warn(note) }
  }
}
