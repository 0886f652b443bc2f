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
      reason, and nothing is changed. Unsaved changes are only discarded with --force. Sources \
      that lead (after symbolic links) outside the session file's folder and the current folder, \
      or that are not regular files, are listed and read only when you confirm, or with --trust.
      """)
  static let example = "open Sessions/frozen-assets.json"
  static let completion = CommandCompletion([.path], options: ["--force": nil, "--trust": nil])

  @Argument(help: "The session file.")
  var file: String
  @Flag(
    help:
      "Discard unsaved changes of the current session; work on a session open in another CrossCheck."
  )
  var force = false
  @Flag(help: "Read sources outside the session's folder and the current one without asking.")
  var trust = false

  func execute(in shell: Shell) throws {
    let (session, file, sha256) = try shell.readSession(
      self.file, force: force, forceHint: "'open \(self.file) --force'")
    let notes = try shell.adopt(session, from: file, trusted: trust)
    let warning = shell.claimSessionFile(file, sha256: sha256, force: force)
    shell.status(
      "opened \(session.name): \(Counted.text(shell.corpus.sources.count, "source", "sources")), \(Counted.text(shell.analysis.discrepancies.count, "discrepancy", "discrepancies")), \(Counted.text(shell.journal.count, "journal entry", "journal entries"))"
    )
    for note in notes { shell.warn(note) }
    if let warning { shell.warn(warning) }
  }
}
