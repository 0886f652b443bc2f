import CrossCheckCore
import Foundation

extension Shell {
  /// The session as it would be saved to `path`.
  func sessionFile(for path: String) -> SessionFile {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let sources = corpus.sources.map { source in
      SessionSource(
        id: source.id, path: SessionStore.relativePath(of: source.canonicalPath, from: folder),
        sha256: source.sha256, metadata: source.metadata)
    }
    let journal = journal.map { entry in
      var entry = entry
      entry.command = JournalPaths.relative(entry.command, to: folder)
      return entry
    }
    let created = created ?? now()
    return SessionFile(
      name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
      toolVersion: CrossCheckVersion.current, created: created, updated: updated ?? created,
      sources: sources, analysis: analysis, journal: journal)
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
      let (session, sha256) = try SessionStore.load(path)
      return (session, path, sha256)
    } catch {
      throw ShellError(error.description)
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
  /// state and journal restored. Throws before changing anything if a source is missing.
  /// Returns what changed in the sources, for the analyst to read.
  func adopt(_ file: SessionFile, from path: String, trusted: Bool) throws -> [String] {
    let folder = URL(fileURLWithPath: Shell.absolute(path)).deletingLastPathComponent().path
    let missing = file.sources.filter {
      !FileManager.default.fileExists(atPath: SessionStore.absolutePath(of: $0.path, from: folder))
    }
    if !missing.isEmpty {
      throw ShellError(
        SessionError.missingSources(path: path, sources: missing.map { "\($0.id) (\($0.path))" })
          .description)
    }
    try confirmTrust(
      of: file.sources.map { SessionStore.absolutePath(of: $0.path, from: folder) },
      session: path, trusted: trusted)
    var corpus = Corpus()
    var notes: [String] = []
    for saved in file.sources {
      let report = corpus.load(SessionStore.absolutePath(of: saved.path, from: folder))
      for problem in report.problems {
        throw ShellError("cannot re-read \(saved.id): \(problem.description)")
      }
      guard let source = report.loaded.first else { continue }
      if source.id != saved.id {
        notes.append("\(saved.path) now has the id \(source.id), not \(saved.id)")
      }
      if source.sha256 != saved.sha256 {
        notes.append(
          "\(saved.id) changed since the session was saved (its SHA-256 differs); its figures are re-anchored by their quotes"
        )
      }
    }
    // Re-anchor every recorded figure whose source text changed.
    var analysis = file.analysis
    for discrepancy in analysis.discrepancies {
      analysis.update(discrepancy.id) { record in
        record.figures = record.figures.map { recorded in
          let (reference, outcome) = Reanchoring.reanchor(recorded, in: corpus)
          switch outcome {
          case .relocated, .orphaned, .sourceNotLoaded:
            if let line = AnchorMessage.line(recorded, outcome) {
              notes.append("\(record.label): " + line)
            }
          case .unchanged, .exactInChangedText: break
          }
          return reference
        }
      }
    }
    self.corpus = corpus
    self.analysis = analysis
    self.journal = file.journal.map { entry in
      var entry = entry
      entry.command = JournalPaths.absolute(entry.command, from: folder)
      return entry
    }
    self.created = file.created
    self.updated = file.updated
    self.sessionName = file.name
    self.sessionPath = path
    self.hasUnsavedChanges = false
    self.lastScan = []
    clearHistory()
    return notes
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
