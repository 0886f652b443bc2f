import Foundation

/// A session document: the loaded sources, what the analyst added (rates, settings,
/// discrepancies), the journal of every state-changing command, and undo and redo. Operations
/// return values; nothing here prints, prompts or touches the terminal.
public struct Session: Sendable {
  /// The loaded sources.
  public var corpus = Corpus()
  /// Rates, settings and discrepancies. Changed through ``change(as:_:)`` so undo works.
  public private(set) var analysis = AnalysisState()
  /// Every state-changing command, in order: what a save writes and a replay re-runs.
  public private(set) var journal: [JournalEntry] = []
  /// The session's name: its file name without `.json` once saved or opened.
  public var name = "untitled"
  /// The file the session was last saved to or opened from.
  public var path: String?
  public var created: Date?
  /// When the state last changed.
  public var updated: Date?
  /// Whether the state changed since the last save or open.
  public var hasUnsavedChanges = false

  /// How many changes `undo` can reverse.
  public static let undoLimit = 1000
  private var undoStack = BoundedStack<(command: String, revert: StateRevert)>(limit: undoLimit)
  private var redoStack = BoundedStack<(command: String, revert: StateRevert)>(limit: undoLimit)

  public init() {}

  /// Counters that grow with every change to the sources or the analysis: a command changed
  /// the session when they differ before and after it.
  public var revision: [Int] { [corpus.revision, analysis.revision] }

  // MARK: - Changes

  /// Applies a change to the analysis in place, remembering what it touched so that `undo`
  /// (which names `command`) can reverse it.
  @discardableResult
  public mutating func change<T>(as command: String, _ body: (inout AnalysisState) throws -> T)
    rethrows -> T
  {
    let rates = (analysis.rates, analysis.ratesRevision)
    let settings = (analysis.settings, analysis.settingsRevision)
    let next = analysis.nextDiscrepancy
    analysis.beginChange()
    defer {
      if let revert = analysis.endChange(
        ratesBefore: rates, settingsBefore: settings, nextBefore: next)
      {
        undoStack.push((command, revert))
        if !redoStack.isEmpty { redoStack.removeAll() }
      }
    }
    return try body(&analysis)
  }

  /// Records a source unloaded while discrepancies cite it (see ``AnalysisState/rememberUnloaded(_:)``).
  public mutating func rememberUnloaded(_ source: SessionSource) {
    analysis.rememberUnloaded(source)
  }

  /// Forgets an unloaded source (it was loaded again).
  public mutating func forgetUnloaded(_ id: SourceID) {
    analysis.forgetUnloaded(id)
  }

  /// Restores the state before the last change; returns the command that made it.
  public mutating func undo() -> String? {
    guard let last = undoStack.pop() else { return nil }
    redoStack.push((last.command, analysis.apply(last.revert)))
    return last.command
  }

  /// Re-applies the last undone change; returns the command that made it.
  public mutating func redo() -> String? {
    guard let next = redoStack.pop() else { return nil }
    undoStack.push((next.command, analysis.apply(next.revert)))
    return next.command
  }

  /// Appends a journal entry for a command that changed the session, and returns it.
  public mutating func record(
    _ command: String, at time: Date, failed: Bool, anchors: [FigureReference]?
  ) -> JournalEntry {
    let entry = JournalEntry(
      sequence: journal.count + 1, time: time, command: command,
      outcome: failed ? "failed" : "ok", anchors: anchors)
    journal.append(entry)
    if created == nil { created = time }
    updated = time
    hasUnsavedChanges = true
    return entry
  }

  /// The entries of an autosave journal this session's journal does not hold yet (the same
  /// sequence number, time and command count as held): the ones a recovery may apply.
  public func notInJournal(_ entries: [JournalEntry]) -> [JournalEntry] {
    entries.filter { entry in
      guard entry.sequence >= 1, entry.sequence <= journal.count else { return true }
      let saved = journal[entry.sequence - 1]
      return saved.time != entry.time || saved.command != entry.command
    }
  }

  // MARK: - Files

  /// The session as it would be saved to `path`; `journalCommand` rewrites each journal
  /// command for the file (paths made relative to it).
  public func file(
    for path: String, toolVersion: String, now: Date, journalCommand: (String, String) -> String
  ) -> SessionFile {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let sources = corpus.sources.map { source in
      SessionSource(
        id: source.id, path: SessionStore.relativePath(of: source.canonicalPath, from: folder),
        sha256: source.sha256, metadata: source.metadata)
    }
    let journal = journal.map { entry in
      var entry = entry
      entry.command = journalCommand(entry.command, folder)
      return entry
    }
    let created = created ?? now
    return SessionFile(
      name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
      toolVersion: toolVersion, created: created, updated: updated ?? created,
      sources: sources, analysis: analysis, journal: journal)
  }

  /// What opening a file found about its sources and figures, as data.
  public enum OpenNote: Equatable, Sendable {
    /// The file at the recorded path has another id now.
    case renamed(path: String, was: SourceID, now: SourceID)
    /// The source's text changed since the save; its figures were re-anchored.
    case sourceChanged(SourceID)
    /// What re-anchoring found for a figure of a discrepancy (relocated or orphaned).
    case figure(discrepancy: String, reference: FigureReference, outcome: AnchorOutcome)
  }

  /// Why a session file could not be opened: nothing was changed.
  public enum OpenError: Error, Equatable, Sendable {
    case missingSources(path: String, sources: [String])
    case unreadableSource(SourceID, SourceLoadError)
    /// The open was stopped (Ctrl-C) before it finished.
    case interrupted
  }

  /// How many discrepancies are re-anchored between two looks at whether to stop.
  static let reanchoringBatch = 256

  /// The sources of `file` (read from `path`) that are not on disk.
  public static func missingSources(of file: SessionFile, from path: String) -> [SessionSource] {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return file.sources.filter {
      !FileManager.default.fileExists(atPath: SessionStore.absolutePath(of: $0.path, from: folder))
    }
  }

  /// The session a file describes, read from `path`: its sources re-read from disk (paths
  /// relative to the file) and hash-checked, every recorded figure re-anchored where the text
  /// changed (``Reanchoring/reanchor(_:in:)``), its state and journal restored;
  /// `journalCommand` rewrites each journal command from the file's form (paths made absolute
  /// against its folder). Throws before anything is made if a source is missing or unreadable,
  /// or when `isCancelled` says to stop (asked between sources, while a large one loads, and
  /// while figures are re-anchored).
  public static func opened(
    _ file: SessionFile, from path: String, journalCommand: (String, String) -> String,
    isCancelled: () -> Bool = { false }
  ) throws(OpenError) -> (session: Session, notes: [OpenNote]) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let missing = missingSources(of: file, from: path)
    if !missing.isEmpty {
      throw .missingSources(path: path, sources: missing.map { "\($0.id) (\($0.path))" })
    }
    var session = Session()
    var notes: [OpenNote] = []
    for saved in file.sources {
      if isCancelled() { throw .interrupted }
      let report = session.corpus.load(
        SessionStore.absolutePath(of: saved.path, from: folder), isCancelled: isCancelled)
      if report.interrupted { throw .interrupted }
      if let problem = report.problems.first { throw .unreadableSource(saved.id, problem) }
      guard let source = report.loaded.first else { continue }
      if source.id != saved.id {
        notes.append(.renamed(path: saved.path, was: saved.id, now: source.id))
      }
      if source.sha256 != saved.sha256 { notes.append(.sourceChanged(saved.id)) }
    }
    // The discrepancies re-anchored in place, then made the state at once (not one undoable
    // change each: nothing of an opened session can be undone).
    var reanchored = file
    for index in reanchored.discrepancies.indices {
      if index % reanchoringBatch == 0, isCancelled() { throw .interrupted }
      let label = reanchored.discrepancies[index].label
      for (position, recorded) in reanchored.discrepancies[index].figures.enumerated() {
        let (reference, outcome) = Reanchoring.reanchor(recorded, in: session.corpus)
        switch outcome {
        case .relocated, .orphaned, .sourceNotLoaded:
          notes.append(.figure(discrepancy: label, reference: recorded, outcome: outcome))
        case .unchanged:
          continue
        case .exactInChangedText: break
        }
        reanchored.discrepancies[index].figures[position] = reference
      }
    }
    var analysis = reanchored.analysis
    analysis.beginChange()
    session.analysis = analysis
    session.journal = file.journal.map { entry in
      var entry = entry
      entry.command = journalCommand(entry.command, folder)
      return entry
    }
    session.created = file.created
    session.updated = file.updated
    session.name = file.name
    session.path = path
    return (session, notes)
  }

  /// This session rebuilt by a replay, to become the current one: its name and times are the
  /// file's, its journal and state the replay's, and nothing can be undone.
  public func adopted(as file: SessionFile, from path: String, unsaved: Bool) -> Session {
    var session = self
    session.undoStack.removeAll()
    session.redoStack.removeAll()
    session.created = file.created
    session.updated = updated ?? file.updated
    session.name = file.name
    session.path = path
    session.hasUnsavedChanges = unsaved
    return session
  }
}
