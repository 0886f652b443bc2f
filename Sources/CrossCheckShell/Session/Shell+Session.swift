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
  func readSession(_ file: String, force: Bool, forceHint: String) throws -> (SessionFile, String) {
    if hasUnsavedChanges && !force {
      throw ShellError(
        "the current session has unsaved changes; 'save' it first, or \(forceHint) to discard them."
      )
    }
    let path = resolvePath(file)
    do {
      return (try SessionStore.read(path), path)
    } catch {
      throw ShellError(error.description)
    }
  }

  /// Where `save` writes without a file name: `Sessions/NAME.json`.
  var defaultSessionPath: String {
    sessionPath ?? "Sessions/\(sessionName).json"
  }

  /// Makes `file` (read from `path`) the session: its sources re-read and hash-checked, its
  /// state and journal restored. Throws before changing anything if a source is missing.
  /// Returns what changed in the sources, for the analyst to read.
  func adopt(_ file: SessionFile, from path: String) throws -> [String] {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let missing = file.sources.filter {
      !FileManager.default.fileExists(atPath: SessionStore.absolutePath(of: $0.path, from: folder))
    }
    if !missing.isEmpty {
      throw ShellError(
        SessionError.missingSources(path: path, sources: missing.map { "\($0.id) (\($0.path))" })
          .description)
    }
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
        record.figures = record.figures.map { reference in
          guard let source = corpus.source(reference.figure.source),
            source.sha256 != reference.sourceSHA256
          else {
            return reference
          }
          switch Reanchoring.locate(reference, in: source) {
          case .exact(let id), .relocated(let id, _, _):
            guard let figure = source.figure(id) else { return reference }
            if figure.start != reference.position.start {
              notes.append(
                "\(record.label): \(reference.figure) “\(reference.quote.exact)” relocated from \(reference.position.start) to \(figure.start), now \(id)"
              )
            }
            return FigureReference(figure: figure, in: source)
          case .orphaned:
            notes.append(
              "\(record.label): \(reference.figure) “\(reference.quote.exact)” is orphaned: the quote is no longer in \(source.id); it keeps its recorded quote"
            )
            return reference
          }
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
}
