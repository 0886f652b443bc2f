import ArgumentParser
import CrossCheckCore
import Foundation

/// `save [FILE] [--force]`: writes the session as JSON.
struct SaveCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "save",
    abstract: "Save the session as JSON (default: Sessions/NAME.json); see Sessions/README.md.",
    discussion: """
      The file holds the sources (paths relative to it, SHA-256, metadata), rates, settings, \
      discrepancies and the journal of every state-changing command. Saving is atomic, and \
      saving twice without changes writes the same bytes. An existing file other than the \
      session's own is only replaced with --force.
      """)
  static let example = "save Sessions/frozen-assets.json"
  static let completion = CommandCompletion([.path], options: ["--force": nil])

  @Argument(
    help:
      "Where to save: NAME means Sessions/NAME.json; a path with a '/' is used as it is (default: the file the session came from, or Sessions/NAME.json)."
  )
  var file: String?
  @Flag(
    help:
      "Replace an existing file that is not this session's own, one changed on disk since it was opened, or one open in another CrossCheck."
  )
  var force = false

  func execute(in shell: Shell) throws {
    let path = shell.savePath(for: file)
    let absolute = Shell.absolute(path)
    let own = shell.sessionPath.map { Shell.absolute($0) == absolute } ?? false
    // A session saved before any change gets its creation time now, once; a save that fails
    // leaves the session as it was.
    let createdBefore = shell.session.created
    var saved = false
    defer { if !saved { shell.session.created = createdBefore } }
    if createdBefore == nil { shell.session.created = shell.commandTime }
    let data: Data
    do {
      data = try shell.sessionFile(for: absolute).encoded()
    } catch {
      throw ShellError("the session could not be encoded: \(error)")
    }
    // A file 'open' would refuse is not written: its flags and notes could not be read back.
    guard data.count <= shell.sessionFileLimit else {
      let sizes = ByteCountText.texts(data.count, limit: shell.sessionFileLimit)
      throw ShellError(
        "the session would be \(sizes.size), larger than the "
          + "\(sizes.limit) a session file may be for 'open' to "
          + "read it back; nothing was saved.")
    }
    // Ctrl-C while a large session was encoded: nothing is written.
    if shell.isInterrupted() { throw ShellError("interrupted; nothing was saved.") }
    let lock = try shell.checkSaveAllowed(to: path, own: own, force: force)
    do {
      // Only the folder a save chooses itself, Sessions/, is created; a folder the analyst
      // typed must exist, as for every other file CrossCheck writes.
      let defaultFolder = URL(fileURLWithPath: Shell.absolute("Sessions")).standardizedFileURL.path
      let folder = URL(fileURLWithPath: absolute).deletingLastPathComponent().standardizedFileURL
        .path
      try SessionStore.write(
        data, to: absolute, overwrite: force || own, creatingFolder: folder == defaultFolder)
    } catch .unwritable(_, let problem) {
      // Said of the path as typed, not the absolute one it was written at.
      throw ShellError(SessionMessage.sentence(.unwritable(path: path, problem: problem)))
    } catch .exists {
      throw ShellError(SessionMessage.sentence(.exists(path: path)))
    } catch {
      throw ShellError(SessionMessage.sentence(error))
    }
    saved = true
    shell.fileGuard = SessionFileGuard(lock: lock, sha256: SessionStore.sha256(data))
    shell.session.path = path
    shell.session.name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    shell.session.hasUnsavedChanges = false
    shell.status(
      "saved \(Counted.text(shell.corpus.sources.count, "source", "sources")), \(Counted.text(shell.analysis.discrepancies.count, "discrepancy", "discrepancies")) and \(Counted.text(shell.journal.count, "journal entry", "journal entries")) to \(path)"
    )
  }
}
