import Foundation

/// The sources loaded in a session, in the order they were loaded.
///
/// Lookups by id, canonical path and SHA-256 go through dictionaries, so loading thousands of
/// files costs time linear in their number and size.
public struct Corpus: Sendable {
  public private(set) var sources: [Source] = []
  /// Grows with every source added or removed.
  public private(set) var revision = 0
  /// Where each source is in ``sources``.
  private var indexByID: [SourceID: Int] = [:]
  private var idByCanonicalPath: [String: SourceID] = [:]
  private var idBySHA256: [String: SourceID] = [:]
  /// For each derived id, the suffix to try first: every smaller one is taken. Forgotten when a
  /// source is unloaded (its id may be free again), so ids stay what a search from `-2` gives.
  private var nextSuffix: [SourceID: Int] = [:]

  /// At most how many files are read and extracted together, on all cores, between two looks
  /// at whether to stop and two progress reports. A batch also ends once its files hold about
  /// a group's bytes (``groupBytes``): small files come many to a batch, so the cores meet to
  /// hand over their results a few dozen times in 40 MB, not hundreds, and a batch of large
  /// files is not read whole before its first piece is extracted.
  static let batchSize = 256
  /// About how many bytes of one file are extracted as one piece, on one core.
  static let pieceBytes = 256 * 1024
  /// About how many bytes are extracted, on all cores, between two looks at whether to stop:
  /// two pieces a core keeps the cores busy and a stop quick.
  static let groupBytes = pieceBytes * 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)

  public init() {}

  public func source(_ id: SourceID) -> Source? {
    indexByID[id].map { sources[$0] }
  }

  /// Loads every text file `argument` names (a file, a directory or a glob). Files that cannot be
  /// loaded are reported in the result and do not stop the others.
  ///
  /// Files are read and their figures extracted on all cores, a batch at a time; the sources,
  /// their ids and the report come out in the order of the paths. Between batches `progress` is
  /// told how far the load is, and `isCancelled` is asked whether to stop: a stopped load adds
  /// nothing and says so in ``LoadReport/interrupted``.
  public mutating func load(
    _ argument: String, progress: (LoadProgress) -> Void = { _ in },
    isCancelled: () -> Bool = { false }
  ) -> LoadReport {
    load(
      argument, progress: progress, isCancelled: isCancelled, pieceBytes: Self.pieceBytes,
      groupBytes: Self.groupBytes)
  }

  /// Loads like ``load(_:progress:isCancelled:)``, but hands each source to `consume` as soon
  /// as its batch of files is in, in the order of the paths, and keeps of it only what later
  /// loads need (its id, path and fingerprint): the corpus's sources and the report's have no
  /// text and no figures. For writing the figures of many files, or of one very large file,
  /// without holding them all: the source handed over has its text but no figures; they come
  /// beside it, kept compactly as each piece of the file was extracted (``StreamedFigures``).
  public mutating func stream(
    _ argument: String, consume: (Source, StreamedFigures) -> Void
  ) -> LoadReport {
    withoutActuallyEscaping(consume) { consume in
      load(
        argument, progress: { _ in }, isCancelled: { false }, pieceBytes: Self.pieceBytes,
        groupBytes: Self.groupBytes, consume: consume)
    }
  }

  /// ``load(_:progress:isCancelled:)`` with pieces and groups of the given sizes; with
  /// `consume`, ``stream(_:consume:)``.
  mutating func load(
    _ argument: String, progress: (LoadProgress) -> Void, isCancelled: () -> Bool,
    pieceBytes: Int, groupBytes: Int, consume: ((Source, StreamedFigures) -> Void)? = nil
  ) -> LoadReport {
    var report = LoadReport()
    let listed: [ListedFile]
    do {
      listed = try SourceLoader.list(argument)
    } catch {
      report.problems.append(error)
      return report
    }
    // The corpus itself changes only once every file is in, so a stopped load leaves it as it was.
    var working = self
    // Room for every file at once: grown a file at a time, the lookups were rehashed again
    // and again on a load of thousands.
    working.reserveCapacity(forMore: listed.count)
    let paths = listed.map(\.path)
    let sizes = listed.map(\.size)
    var done = LoadProgress(
      files: 0, totalFiles: paths.count, bytes: 0, totalBytes: sizes.reduce(0, +))
    var folders = CanonicalFolders()
    var batchStart = 0
    while batchStart < paths.count {
      if isCancelled() {
        report.loaded = []
        report.interrupted = true
        return report
      }
      var batchEnd = batchStart + 1
      var batchBytes = sizes[batchStart]
      while batchEnd < min(batchStart + Self.batchSize, paths.count) && batchBytes < groupBytes {
        batchBytes += sizes[batchEnd]
        batchEnd += 1
      }
      let batch = Array(paths[batchStart..<batchEnd])
      let batchListed = Array(listed[batchStart..<batchEnd])
      folders.add(batch)
      let batchFolders = folders
      // Each file's id before any suffix is made from its name here, on all cores: on one, the
      // names of thousands of small files took as long as a tenth of their extraction.
      // Ctrl-C is looked for before each file is read, not only between batches.
      let read = Self.concurrentMap(batchListed, isCancelled: isCancelled) { listed in
        (
          file: Result { () throws(SourceLoadError) in
            try TextFile.read(
              path: listed.path, folders: batchFolders, isPlainFile: listed.isPlainFile)
          },
          metadata: SourceLoader.metadata(
            forTextFile: listed.path, mayExist: listed.mayHaveSidecar),
          baseID: Self.baseID(for: listed.path)
        )
      }
      guard let files = read else {
        report.loaded = []
        report.interrupted = true
        return report
      }
      // Files not loaded already have their figures found while another thread takes their
      // fingerprints; which of them are new is decided once it has, in the order of the paths.
      // By index: a loop over the reads themselves copied each one whole (its file, sidecar
      // and id), retained and released, for every file of a folder of thousands.
      var candidates: [Int] = []
      var candidateFiles: [TextFile] = []
      for index in files.indices {
        if case .success(let file) = files[index].file,
          working.idByCanonicalPath[file.canonicalPath] == nil
        {
          candidates.append(index)
          candidateFiles.append(file)
        }
      }
      // A sidecar that is not valid JSON says nothing of the outlet (``accept`` warns of it).
      let candidateOutlets = candidates.map {
        OutletHome(metadata: (try? files[$0].metadata.get()) ?? SourceMetadata())
      }
      let fingerprints = FingerprintJob(candidateFiles)
      let accept = {
        (working: inout Corpus, report: inout LoadReport, done: inout LoadProgress)
          -> [AcceptedFile?] in
        // By the file's place in the batch: arrays, not dictionaries, so no key is hashed.
        var fingerprintOf: [String?] = Array(repeating: nil, count: files.count)
        for (index, sha256) in zip(candidates, fingerprints.wait()) {
          fingerprintOf[index] = sha256
        }
        var acceptedAt: [AcceptedFile?] = Array(repeating: nil, count: files.count)
        for index in files.indices {
          let path = batch[index]
          do throws(SourceLoadError) {
            let file = try files[index].file.get()
            if let existing = working.idByCanonicalPath[file.canonicalPath] {
              done.bytes += file.byteCount
              throw .alreadyLoaded(path: path, id: existing)
            }
            let sha256 = fingerprintOf[index] ?? file.fingerprint()
            if let existing = working.idBySHA256[sha256] {
              done.bytes += file.byteCount
              throw .sameTextAs(path: path, id: existing)
            }
            let metadata: SourceMetadata
            switch files[index].metadata {
            case .success(let found): metadata = found
            case .failure(let warning):
              report.warnings.append(warning)
              metadata = SourceMetadata()
            }
            let id = working.freshID(base: files[index].baseID)
            working.reserve(id, canonicalPath: file.canonicalPath, sha256: sha256)
            acceptedAt[index] = AcceptedFile(
              id: id, path: path, file: file, sha256: sha256, metadata: metadata)
          } catch {
            report.problems.append(error)
          }
        }
        return candidates.map { acceptedAt[$0] }
      }
      guard
        let extracted = Self.extractPieces(
          of: candidateFiles, outlets: candidateOutlets, pieceBytes: pieceBytes,
          groupBytes: groupBytes,
          fingerprints: fingerprints, packs: consume != nil, accept: accept, working: &working,
          report: &report, done: &done, progress: progress, isCancelled: isCancelled)
      else {
        // Its fingerprints are no longer wanted.
        fingerprints.cancel()
        report.loaded = []
        report.interrupted = true
        return report
      }
      let (accepted, found) = extracted
      var sources = zip(accepted, found).map { file, found in
        Source(
          id: file.id, path: file.path, canonicalPath: file.file.canonicalPath,
          metadata: file.metadata, text: file.file.text, sha256: file.sha256,
          byteCount: file.file.byteCount, wordCount: found.words, figures: found.figures)
      }
      if let consume {
        sources = zip(sources, found).map { source, found in
          // A stream's figures are packed, never the source's own.
          consume(source, found.streamed!)
          return Source(
            id: source.id, path: source.path, canonicalPath: source.canonicalPath,
            metadata: source.metadata, text: "", sha256: source.sha256,
            byteCount: source.byteCount, wordCount: source.wordCount, figures: [])
        }
      }
      for source in sources {
        working.indexByID[source.id] = working.sources.count
        working.sources.append(source)
        working.revision += 1
      }
      report.loaded += sources
      batchStart += batch.count
      done.files = batchStart
      progress(done)
    }
    self = working
    return report
  }

  /// The words and figures of each new file, found in pieces (runs of lines, a long line cut
  /// at sentence ends) on all cores, a group of pieces at a time, and the files `accept` takes
  /// once their fingerprints are in (nil for a file it refuses). A group's results wait until
  /// then; after that, each piece's figures join their file's assembly as soon as its group
  /// is done, in order, and a refused file's pieces are not extracted. Between groups
  /// `progress` hears of the bytes done and `isCancelled` is asked whether to stop (nil).
  /// With `packs`, a file's figures are packed as each piece joins (``PackedFigures``) and
  /// come out as ``StreamedFigures``, so a large file's figures are never all held as figures.
  private static func extractPieces(
    of files: [TextFile], outlets: [OutletHome], pieceBytes: Int, groupBytes: Int,
    fingerprints: FingerprintJob,
    packs: Bool, accept: (inout Corpus, inout LoadReport, inout LoadProgress) -> [AcceptedFile?],
    working: inout Corpus, report: inout LoadReport, done: inout LoadProgress,
    progress: (LoadProgress) -> Void, isCancelled: () -> Bool
  ) -> (accepted: [AcceptedFile], found: [FoundFigures])? {
    var pieces: [Piece] = []
    /// Whether each file is one piece: assembled where it is extracted, it needs no assembly
    /// here unless the load streams.
    var isWholeFile: [Bool] = []
    isWholeFile.reserveCapacity(files.count)
    for (item, file) in files.enumerated() {
      var text = file.text
      let parts = text.withUTF8 { TextPiece.pieces($0, targetBytes: pieceBytes) }
      isWholeFile.append(parts.count == 1)
      for (index, part) in parts.enumerated() {
        // The file's bytes beyond its text (a byte order mark) count with its first piece.
        let extra = index == 0 ? file.byteCount - text.utf8.count : 0
        pieces.append(
          Piece(
            item: item, text: text, part: part, byteCount: part.lines.count + extra,
            isWholeFile: parts.count == 1, outlet: outlets[item]))
      }
    }
    var accepted: [AcceptedFile?]?
    var assemblies: [FigureAssembly?] = []
    var packed: [PackedFigures?] = []
    /// The figures of files that are one piece, assembled where they were extracted.
    var assembled: [[Figure]?] = files.map { _ in nil }
    var words = files.map { _ in 0 }
    var waiting: [(piece: Piece, figures: PieceFigures, words: Int)] = []
    var groupStart = 0
    while groupStart < pieces.count {
      if groupStart > 0 {
        progress(done)
        if isCancelled() { return nil }
      }
      var group: [Piece] = []
      var groupSize = 0
      while groupStart < pieces.count && (group.isEmpty || groupSize < groupBytes) {
        let piece = pieces[groupStart]
        groupStart += 1
        if let accepted, accepted[piece.item] == nil { continue }
        group.append(piece)
        groupSize += piece.byteCount
      }
      // Figures get their source's id in the assembly; until then they have none. Ctrl-C is
      // looked for before each piece, not only between groups.
      let extracted = Self.concurrentMap(group, isCancelled: isCancelled) { piece in
        var text = piece.text
        return text.withUTF8 { bytes in
          let run = piece.part.figures(of: bytes, source: SourceID(""))
          // A file of one piece (most files of a folder of articles) is assembled here, on all
          // cores, not after the group on one: only its ids wait for its source.
          // A stream (`packs`) packs every file's figures as they join its assembly instead.
          let figures =
            piece.isWholeFile && !packs
            ? PieceFigures.file(
              FigureExtractor.assemble([run], source: SourceID(""), outlet: piece.outlet))
            : PieceFigures.run(run)
          return (
            figures: figures,
            words: Source.countWords(utf8: UnsafeBufferPointer(rebasing: bytes[piece.part.lines]))
          )
        }
      }
      guard let found = extracted else { return nil }
      waiting += zip(group, found).map { ($0, $1.figures, $1.words) }
      if accepted == nil && groupStart == pieces.count {
        // The last group: the fingerprints are waited for, still looking for Ctrl-C.
        while !fingerprints.wait(for: .milliseconds(20)) {
          if isCancelled() { return nil }
        }
      }
      if accepted == nil && (fingerprints.isDone || groupStart == pieces.count) {
        let decided = accept(&working, &report, &done)
        // A file of one piece comes assembled (unless streamed): an assembly made and dropped
        // for each was a few thousand instructions a file, for a folder of thousands.
        assemblies = decided.indices.map { item in
          guard let file = decided[item], packs || !isWholeFile[item] else { return nil }
          return FigureAssembly(source: file.id, outlet: outlets[item])
        }
        if packs { packed = decided.map { $0.map { PackedFigures(source: $0.id) } } }
        accepted = decided
      }
      if accepted != nil {
        for index in waiting.indices where accepted![waiting[index].piece.item] != nil {
          let (piece, count) = (waiting[index].piece, waiting[index].words)
          // Out of the list first, so the assembly takes the figures without copying them.
          var figures = PieceFigures.run(LineRunFigures())
          swap(&figures, &waiting[index].figures)
          switch consume figures {
          case .run(let run):
            assemblies[piece.item]!.add(run)
            if packs {
              packed[piece.item]!.append(contentsOf: assemblies[piece.item]!.takeFigures())
            }
          case .file(let found): assembled[piece.item] = found
          }
          words[piece.item] += count
          done.bytes += piece.byteCount
        }
        waiting = []
      }
    }
    // No pieces: no new files either.
    let decided = accepted ?? accept(&working, &report, &done)
    var result: (accepted: [AcceptedFile], found: [FoundFigures]) = ([], [])
    for (item, file) in decided.enumerated() {
      guard let file else { continue }
      result.accepted.append(file)
      if packs, let pack = packed[item] {
        // Out of the array first, so its figures are moved, not copied.
        let assembly = assemblies[item]!
        assemblies[item] = nil
        packed[item] = nil
        let streamed = StreamedFigures(pack, finish: assembly.finishing())
        result.found.append(FoundFigures(figures: [], streamed: streamed, words: words[item]))
      } else if var found = assembled[item] {
        assembled[item] = nil
        // Assembled without a source: a figure's id is its source and its place.
        for index in found.indices {
          found[index].id = FigureID(source: file.id, number: index + 1)
        }
        result.found.append(FoundFigures(figures: found, streamed: nil, words: words[item]))
      } else {
        // A file with no piece extracted finishes an empty assembly.
        var assembly =
          (assemblies.isEmpty ? nil : assemblies[item])
          ?? FigureAssembly(source: file.id, outlet: outlets[item])
        if !assemblies.isEmpty { assemblies[item] = nil }
        result.found.append(
          FoundFigures(figures: assembly.finish(), streamed: nil, words: words[item]))
      }
    }
    return result
  }

  /// Removes a source and returns it.
  @discardableResult
  public mutating func unload(_ id: String) throws(SourceLoadError) -> Source {
    guard let index = indexByID[SourceID(id)] else {
      throw .notLoaded(id: id)
    }
    revision += 1
    let removed = sources.remove(at: index)
    indexByID = [:]
    for (position, source) in sources.enumerated() { indexByID[source.id] = position }
    idByCanonicalPath[removed.canonicalPath] = nil
    idBySHA256[removed.sha256] = nil
    nextSuffix = [:]
    return removed
  }

  /// Room for `count` more sources and their lookups.
  private mutating func reserveCapacity(forMore count: Int) {
    sources.reserveCapacity(sources.count + count)
    indexByID.reserveCapacity(indexByID.count + count)
    idByCanonicalPath.reserveCapacity(idByCanonicalPath.count + count)
    idBySHA256.reserveCapacity(idBySHA256.count + count)
  }

  /// Takes an id, a canonical path and a fingerprint for a source about to be added.
  private mutating func reserve(_ id: SourceID, canonicalPath: String, sha256: String) {
    indexByID[id] = -1
    idByCanonicalPath[canonicalPath] = id
    idBySHA256[sha256] = id
  }

  /// The id a file's name gives, before any suffix that tells it from a source loaded already.
  private static func baseID(for path: String) -> SourceID {
    SourceID.derived(fromFileName: PathParts.lastComponent(of: path))
  }

  /// `base`, or `base` with the first free suffix.
  private mutating func freshID(base: SourceID) -> SourceID {
    guard indexByID[base] != nil else { return base }
    var number = nextSuffix[base] ?? 2
    while indexByID[base.suffixed(number)] != nil { number += 1 }
    nextSuffix[base] = number + 1
    return base.suffixed(number)
  }

  /// `transform` applied to every element on all cores; the results in the elements' order, or
  /// nil once `isCancelled` says to stop. It is asked on the calling thread only (it need not be
  /// safe to call from another): before each element that thread takes, which is every few
  /// elements, and once all are done. Once it answers true no element is begun on any core.
  static func concurrentMap<Element: Sendable, Mapped: Sendable>(
    _ elements: [Element], isCancelled: () -> Bool,
    _ transform: @escaping @Sendable (Element) -> Mapped
  ) -> [Mapped]? {
    guard elements.count > 1 else {
      if isCancelled() { return nil }
      let mapped = elements.map(transform)
      return isCancelled() ? nil : mapped
    }
    let results = Slots<Mapped>(count: elements.count)
    defer {
      results.buffer.deinitialize()
      results.buffer.deallocate()
    }
    let stop = StopFlag()
    withoutActuallyEscaping(isCancelled) { isCancelled in
      let asked = CallerOnly(isCancelled)
      DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        if asked.callOnCaller() == true { stop.raise() }
        guard !stop.isRaised else { return }
        results.buffer[index] = transform(elements[index])
      }
    }
    // The other threads may have taken every element before this one took any.
    if stop.isRaised || isCancelled() { return nil }
    return results.buffer.map { $0! }
  }
}

/// Result slots that concurrent iterations fill: each index is written by exactly one
/// iteration and read only after all of them have finished, so no two threads share a slot.
private struct Slots<Value>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }
}

/// A question that only the thread that made it may ask, carried into work shared among threads:
/// the others pass it by, so it need not be safe to ask from them.
private struct CallerOnly: @unchecked Sendable {
  let ask: () -> Bool
  let caller = pthread_self()

  init(_ ask: @escaping () -> Bool) { self.ask = ask }

  /// The answer on the thread that made this; nil on any other.
  func callOnCaller() -> Bool? {
    pthread_equal(pthread_self(), caller) != 0 ? ask() : nil
  }
}

/// A file read, found new by its fingerprint and given an id, waiting for its figures.
private struct AcceptedFile {
  let id: SourceID
  let path: String
  let file: TextFile
  let sha256: String
  let metadata: SourceMetadata
}

/// A new file's words and figures: as a load keeps them, or packed for a stream.
private struct FoundFigures {
  let figures: [Figure]
  let streamed: StreamedFigures?
  let words: Int
}

/// A piece of an accepted file (the `item`-th), extracted on its own.
private struct Piece: Sendable {
  let item: Int
  let text: String
  let part: TextPiece
  /// The bytes of the file this piece stands for in the progress.
  let byteCount: Int
  /// The file is this one piece.
  let isWholeFile: Bool
  /// Where the file's outlet is from, as its sidecar says.
  let outlet: OutletHome
}

/// What a piece's extraction gives: the figures of its run of lines, for its file's assembly,
/// or for a file that is one piece, the file's figures assembled already, with ids that do not
/// name a source yet.
private enum PieceFigures: Sendable {
  case run(LineRunFigures)
  case file([Figure])
}
