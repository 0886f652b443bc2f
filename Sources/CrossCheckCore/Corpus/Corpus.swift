/// The sources loaded in a session, in the order they were loaded.
public struct Corpus: Sendable {
  public private(set) var sources: [Source] = []
  /// Grows with every source added or removed.
  public private(set) var revision = 0

  public init() {}

  public func source(_ id: SourceID) -> Source? {
    sources.first { $0.id == id }
  }

  /// Loads every text file `argument` names (a file, a directory or a glob). Files that cannot be
  /// loaded are reported in the result and do not stop the others.
  public mutating func load(_ argument: String) -> LoadReport {
    var report = LoadReport()
    let paths: [String]
    do {
      paths = try SourceLoader.expand(argument)
    } catch {
      report.problems.append(error)
      return report
    }
    for path in paths {
      do throws(SourceLoadError) {
        let file = try TextFile.read(path: path)
        if let existing = sources.first(where: { $0.canonicalPath == file.canonicalPath }) {
          throw .alreadyLoaded(path: path, id: existing.id)
        }
        if let existing = sources.first(where: { $0.sha256 == file.sha256 }) {
          throw .sameTextAs(path: path, id: existing.id)
        }
        let metadata: SourceMetadata
        switch SourceLoader.metadata(forTextFile: path) {
        case .success(let found): metadata = found
        case .failure(let warning):
          report.warnings.append(warning)
          metadata = SourceMetadata()
        }
        let source = Source(
          id: freshID(for: path), path: path, canonicalPath: file.canonicalPath,
          metadata: metadata, text: file.text, sha256: file.sha256, byteCount: file.byteCount)
        sources.append(source)
        revision += 1
        report.loaded.append(source)
      } catch {
        report.problems.append(error)
      }
    }
    return report
  }

  /// Removes a source and returns it.
  @discardableResult
  public mutating func unload(_ id: String) throws(SourceLoadError) -> Source {
    guard let index = sources.firstIndex(where: { $0.id.rawValue == id }) else {
      throw .notLoaded(id: id)
    }
    revision += 1
    return sources.remove(at: index)
  }

  private func freshID(for path: String) -> SourceID {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let base = SourceID.derived(fromFileName: name)
    var candidate = base
    var number = 2
    while source(candidate) != nil {
      candidate = base.suffixed(number)
      number += 1
    }
    return candidate
  }
}
