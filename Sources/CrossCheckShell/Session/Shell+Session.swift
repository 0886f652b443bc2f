import CrossCheckCore
import Foundation

extension Shell {
  /// The session as it would be saved to `path`.
  func sessionFile(for path: String) -> SessionFile {
    session.file(
      for: path, toolVersion: CrossCheckVersion.current, now: now(),
      journalCommand: JournalPaths.relative)
  }

  /// Reads a session file for `open` or `replay`, refusing to discard unsaved changes without
  /// `force` (`forceHint` says how to give it). Returns the file and its path as resolved for
  /// the running script.
  func readSession(_ file: String, force: Bool, forceHint: String) throws -> (
    file: SessionFile, path: String, sha256: String
  ) {
    if hasUnsavedChanges && !force {
      throw ShellError(
        "the current session has unsaved changes; 'save' it first, or \(forceHint) to discard them."
      )
    }
    let path = resolvePath(file)
    do {
      let (session, sha256) = try SessionStore.load(path, maximumBytes: sessionFileLimit)
      return (session, path, sha256)
    } catch {
      throw ShellError(SessionMessage.sentence(error))
    }
  }

  /// Where `save` writes without a file name: `Sessions/NAME.json`.
  var defaultSessionPath: String {
    sessionPath ?? "Sessions/\(sessionName).json"
  }

  /// Where `save NAME` writes: `Sessions/NAME.json` like a bare `save`, unless NAME holds a '/'
  /// (then it is a path; in a script, relative to the script's folder).
  func savePath(for name: String?) -> String {
    guard let name else { return defaultSessionPath }
    var path = name.contains("/") ? resolvePath(name) : "Sessions/" + name
    if !path.hasSuffix(".json") { path += ".json" }
    return path
  }

  /// A file a save when leaving can write: the session's own (unless another CrossCheck has it
  /// open), else `Sessions/NAME.json`, or the first of `Sessions/NAME-2.json`, … that does not
  /// exist yet.
  public var leavingSavePath: String {
    if let sessionPath, !fileGuard.isReadOnly { return sessionPath }
    let files = FileManager.default
    var candidate = "Sessions/\(sessionName).json"
    var number = 2
    while files.fileExists(atPath: SessionStore.absolutePath(of: candidate, from: currentFolder)) {
      candidate = "Sessions/\(sessionName)-\(number).json"
      number += 1
    }
    return candidate
  }

  /// Makes `file` (read from `path`) the session: its sources re-read and hash-checked, its
  /// state and journal restored (``Session/opened(_:from:journalCommand:isCancelled:)``). Throws before
  /// changing anything if a source is missing, or leads elsewhere and is not trusted. Returns
  /// what changed in the sources, for the analyst to read.
  func adopt(_ file: SessionFile, from path: String, trusted: Bool) throws -> [String] {
    let missing = Session.missingSources(of: file, from: Shell.absolute(path))
    if !missing.isEmpty {
      throw ShellError(
        SessionMessage.sentence(
          SessionError.missingSources(
            path: path, sources: missing.map { "\($0.id) (\($0.path))" })))
    }
    let folder = URL(fileURLWithPath: Shell.absolute(path)).deletingLastPathComponent().path
    try confirmTrust(
      of: file.sources.map { SessionStore.absolutePath(of: $0.path, from: folder) },
      session: path, trusted: trusted)
    let opened: (session: Session, notes: [Session.OpenNote])
    do {
      opened = try Session.opened(
        file, from: path, journalCommand: JournalPaths.absolute, isCancelled: isInterrupted)
    } catch {
      throw ShellError(SessionMessage.sentence(error))
    }
    session = opened.session
    lastScan = []
    return opened.notes.map(SessionMessage.note)
  }

  /// Asks before a session from elsewhere reads files outside its folder and the current one
  /// (or files that are not regular files); refuses, with nothing loaded, unless the analyst
  /// says yes or gave `--trust`.
  func confirmTrust(of paths: [String], session: String, trusted: Bool) throws {
    let folder = URL(fileURLWithPath: Shell.absolute(session)).deletingLastPathComponent().path
    let concerns = SourceTrust.concerns(
      about: paths, sessionFolder: folder, currentFolder: currentFolder)
    guard !concerns.isEmpty, !trusted else { return }
    let list = concerns.map { concern in
      let target = concern.resolved == concern.path ? "" : " (→ \(concern.resolved))"
      let why =
        concern.reason == .outside
        ? "outside the session's folder and the current folder" : "not a regular file"
      return "  \(concern.path)\(target): \(why)"
    }
    for line in ["'\(session)' asks to read files from elsewhere:"] + list { warn(line) }
    guard let answer = ask("Read them? [y/N] ") else {
      throw ShellError(
        "'\(session)' names sources outside its folder; nothing was loaded. If you trust it, add --trust."
      )
    }
    guard answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") else {
      throw ShellError("not opened; nothing was loaded.")
    }
  }

  /// Makes `path` (whose bytes had `sha256`) the session's file: locked against a second
  /// CrossCheck, or read-only when another one has it open (unless `force`). Returns a warning
  /// to show, if any.
  func claimSessionFile(_ path: String, sha256: String?, force: Bool) -> String? {
    var claimed = SessionFileGuard(sha256: sha256)
    var warning: String?
    if locksSessions {
      switch SessionLock.acquire(for: Shell.absolute(path)) {
      case .acquired(let lock): claimed.lock = lock
      case .unavailable: break
      case .heldElsewhere:
        if force {
          warning = "'\(path)' is open in another CrossCheck too; you took it over with --force."
        } else {
          claimed.isReadOnly = true
          warning =
            "'\(path)' is open in another CrossCheck, so it is open read-only here: 'save' it under another name, or open it with --force to work on it here."
        }
      }
    }
    fileGuard = claimed
    return warning
  }

  /// Refuses a save to `path` that would overwrite someone else's work: the session is
  /// read-only because another CrossCheck has it open, or the file changed on disk since it was
  /// opened or last saved. `force` overrides both.
  func checkSaveAllowed(to path: String, own: Bool, force: Bool) throws -> SessionLock? {
    guard !force else { return own ? fileGuard.lock : nil }
    if own {
      if fileGuard.isReadOnly {
        throw ShellError(
          "'\(path)' is open in another CrossCheck, so this session is read-only; save it under another name, or add --force to replace it anyway."
        )
      }
      if let known = fileGuard.sha256,
        let now = SessionStore.sha256(ofFileAt: Shell.absolute(path)),
        now != known
      {
        throw ShellError(
          "'\(path)' changed on disk since this session opened or saved it (another CrossCheck or an editor wrote it); save under another name, or add --force to replace those changes."
        )
      }
      return fileGuard.lock
    }
    guard locksSessions else { return nil }
    switch SessionLock.acquire(for: Shell.absolute(path)) {
    case .acquired(let lock): return lock
    case .unavailable: return nil
    case .heldElsewhere:
      throw ShellError(
        "'\(path)' is open in another CrossCheck; save under another name, or add --force to replace it anyway."
      )
    }
  }
}
