import Foundation

/// A crash-safe record of state changes not yet saved: one JSON line per journal entry, each
/// flushed to disk (fsync) as it happens, so a killed process loses at most the command in
/// flight. It lives beside the session file (`.NAME.autosave.jsonl`), or in the state folder
/// for a session never saved.
///
/// The folder may come from someone else, so the journal is opened with `O_NOFOLLOW|O_APPEND`
/// and used only when it is a regular file of this user with no other names; otherwise it is
/// refused (``problem``) and the session goes on without autosave. A write that fails is a
/// problem too: autosave stops rather than keep a journal with a hole in it.
///
/// A journal is bounded as a session file is: one larger than ``maximumBytes`` is not read
/// (a hostile or runaway file is left where it is), and appending stops before the journal
/// would grow past it (the entries already in it stay; saving starts a new journal).
public final class AutosaveJournal {
  public let path: String
  /// The most the journal holds, written or read.
  public let maximumBytes: Int
  private var descriptor: Int32 = -1
  /// The journal's size as appended to.
  private var byteCount = 0
  /// Why autosave stopped; nil while it works.
  public private(set) var problem: AutosaveProblem?

  public init(path: String, maximumBytes: Int = AutosaveJournal.maximumBytes) {
    self.path = path
    self.maximumBytes = maximumBytes
  }

  /// The largest journal, 64 MiB as a session file: hundreds of thousands of commands.
  public static let maximumBytes = 64 << 20

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// The autosave file for a session file: `.NAME.autosave.jsonl` in the same folder.
  public static func path(besideSession session: String) -> String {
    let url = URL(fileURLWithPath: session)
    let name = url.deletingPathExtension().lastPathComponent
    return url.deletingLastPathComponent().appendingPathComponent(".\(name).autosave.jsonl").path
  }

  /// The folder of untitled sessions' journals: `$XDG_STATE_HOME/crosscheck`, or
  /// `~/.crosscheck_autosave`.
  public static func untitledFolder(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + (state.hasSuffix("/") ? "" : "/") + "crosscheck"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + (home.hasSuffix("/") ? "" : "/") + ".crosscheck_autosave"
  }

  /// A journal of its own for a new untitled session: `untitled-PID-TIME.autosave.jsonl`, so
  /// two CrossChecks started in one folder never share one.
  public static func newUntitledPath(in folder: String) -> String {
    let seconds = Int(Date().timeIntervalSince1970)
    return folder + "/untitled-\(getpid())-\(seconds)-"
      + String(UInt32.random(in: 0...UInt32.max), radix: 36) + untitledSuffix
  }

  static let untitledSuffix = ".autosave.jsonl"

  /// The journals of untitled sessions whose CrossCheck has ended without saving (no process
  /// holds their lock) and that hold something, oldest first. Journals of earlier versions
  /// (one shared `untitled.autosave.jsonl`, or `~/.crosscheck_autosave.jsonl`) count too.
  public static func abandonedUntitled(environment: [String: String]) -> [String] {
    var candidates: [String] = []
    if let folder = untitledFolder(environment: environment),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    {
      candidates += names.filter { $0.hasPrefix("untitled") && $0.hasSuffix(untitledSuffix) }
        .map { folder + "/" + $0 }
    }
    if let home = environment["HOME"], !home.isEmpty {
      candidates.append(home + (home.hasSuffix("/") ? "" : "/") + ".crosscheck_autosave.jsonl")
    }
    let dated = candidates.compactMap { path -> (String, Int)? in
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
        isAbandoned(path)
      else { return nil }
      return (path, Int(status.st_mtim.tv_sec))
    }
    return dated.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
  }

  /// Whether no running CrossCheck holds the journal at `path` (it locks its own while it runs).
  public static func isAbandoned(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return flock(descriptor, LOCK_EX | LOCK_NB) == 0
  }

  /// Opens `path` with `flags` (plus `O_NOFOLLOW`) and checks it is a regular file of this
  /// user with one name; the descriptor, or the problem.
  static func openChecked(_ path: String, flags: Int32) -> Result<Int32, AutosaveProblem> {
    let descriptor = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o600)
    guard descriptor >= 0 else {
      if errno == ELOOP { return .failure(.symbolicLink(path: path)) }
      if errno == EISDIR { return .failure(.notARegularFile(path: path)) }
      return .failure(.cannotOpen(path: path, reason: String(cString: strerror(errno))))
    }
    var status = stat()
    let problem: AutosaveProblem?
    if fstat(descriptor, &status) != 0 {
      problem = .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    } else if status.st_mode & S_IFMT != S_IFREG {
      problem = .notARegularFile(path: path)
    } else if status.st_uid != geteuid() {
      problem = .notYours(path: path)
    } else if status.st_nlink > 1 {
      problem = .hardLinked(path: path)
    } else {
      problem = nil
    }
    if let problem {
      close(descriptor)
      return .failure(problem)
    }
    return .success(descriptor)
  }

  /// Appends an entry and flushes it to disk before returning. Returns a problem the first
  /// time one stops autosave (say it then; ``problem`` keeps it for later), else nil.
  @discardableResult
  public func append(_ entry: JournalEntry) -> AutosaveProblem? {
    guard problem == nil else { return nil }
    if descriptor < 0 {
      try? FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
        withIntermediateDirectories: true)
      switch Self.openChecked(path, flags: O_WRONLY | O_CREAT | O_APPEND) {
      case .success(let opened):
        // Held while this process runs: another CrossCheck sees the journal is not abandoned.
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
          close(opened)
          problem = .inUse(path: path)
          return problem
        }
        var status = stat()
        byteCount = fstat(opened, &status) == 0 ? Int(status.st_size) : 0
        descriptor = opened
      case .failure(let refused):
        problem = refused
        return refused
      }
    }
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard var line = try? encoder.encode(entry) else { return nil }
    line.append(0x0A)
    // Never past what a journal may be, so that what is written can be read back.
    guard byteCount + line.count <= maximumBytes else {
      close(descriptor)
      descriptor = -1
      problem = .full(path: path, limit: maximumBytes)
      return problem
    }
    var failure: String?
    line.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 {
          failure = written < 0 ? String(cString: strerror(errno)) : "nothing could be written"
          return
        }
        offset += written
      }
    }
    byteCount += line.count
    if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    guard let failure else { return nil }
    close(descriptor)
    descriptor = -1
    problem = .writeFailed(path: path, reason: failure)
    return problem
  }

  /// The entries recorded, skipping a last line cut short by a crash. A journal that is a link,
  /// not a regular file or not this user's gives none (and sets ``problem``).
  public func entries() -> [JournalEntry] {
    guard access(path, F_OK) == 0 || errno != ENOENT else { return [] }
    let descriptor: Int32
    switch Self.openChecked(path, flags: O_RDONLY) {
    case .success(let opened): descriptor = opened
    case .failure(let refused):
      if problem == nil { problem = refused }
      return []
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    // Refused by its size before a byte is read, and never read past the limit (it may grow).
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    let data = size > maximumBytes ? Data() : handle.readData(ofLength: maximumBytes + 1)
    guard size <= maximumBytes, data.count <= maximumBytes else {
      if problem == nil {
        problem = .tooLarge(
          path: path, byteCount: Swift.max(size, data.count), limit: maximumBytes)
      }
      return []
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return data.split(separator: 0x0A).compactMap {
      try? decoder.decode(JournalEntry.self, from: Data($0))
    }
  }

  /// After a save, a journal too large to read is moved aside to a free name beside it (never
  /// deleted: what it holds was never offered back) and autosave starts a new one. Returns
  /// where it was moved, or nil when there was nothing to move or it could not be moved.
  @discardableResult
  public func setAsideTooLarge() -> String? {
    guard case .tooLarge = problem else { return nil }
    var aside = path + ".too-large"
    var number = 1
    while access(aside, F_OK) == 0 || errno != ENOENT {
      number += 1
      aside = path + ".too-large-\(number)"
    }
    guard rename(path, aside) == 0 else { return nil }
    problem = nil
    byteCount = 0
    return aside
  }

  /// Forgets the entries (they were saved, recovered or discarded). Only a journal this
  /// process could use is removed, never a planted link, someone else's file, or one too large
  /// to read.
  public func clear() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    // A journal too large to read is left as it is: what it holds was never offered back.
    if case .tooLarge = problem { return }
    // A journal that was full starts again empty.
    if case .full = problem { problem = nil }
    byteCount = 0
    var status = stat()
    if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_uid == geteuid(), status.st_nlink == 1
    {
      unlink(path)
    }
  }
}
