import Foundation

/// The one place CrossCheck writes whole files (sessions, reports, transcripts, history).
///
/// A write never leaves half a file and never follows a link someone planted: the bytes go to
/// a new temporary file created with `O_CREAT|O_EXCL|O_NOFOLLOW` in the target's folder, which
/// is flushed to disk, renamed over the target, and the folder flushed so the rename survives a
/// crash. A target that is itself a symbolic link is resolved on purpose and the file it points
/// to is updated (the link stays a link). From the temporary file's creation to the rename the
/// signals that end a process (Ctrl-C's SIGINT, SIGTERM, SIGHUP, SIGQUIT) are held back, so a
/// second Ctrl-C ends the process only once the write is complete, without a temporary file left
/// behind. Temporary files left by processes that died otherwise (SIGKILL, a crash) are removed
/// at the next write to the same target.
public enum FileWriter {
  /// Writes `data` to `path`; an existing file is only replaced when `replacing`. Returns the
  /// path actually written (the link's target when `path` is a symbolic link).
  ///
  /// A folder that is not there is refused (``FileWriteError/folderMissing(folder:)``), as psql
  /// and sqlite3 refuse it: a mistyped folder should not become a new one that holds the
  /// report. Only `creatingFolder` creates it, for a folder CrossCheck chose itself
  /// (`Sessions/`).
  @discardableResult
  public static func write(
    _ data: Data, to path: String, replacing: Bool, creatingFolder: Bool = false
  ) throws(FileWriteError) -> String {
    let target = try resolve(path)
    var status = stat()
    if lstat(target, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
      if !replacing { throw .exists(path: path) }
    }
    let url = URL(fileURLWithPath: target)
    let folder = url.deletingLastPathComponent().path
    if creatingFolder {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw .folderNotCreated(folder: folder)
      }
    } else if access(folder, F_OK) != 0 && errno == ENOENT {
      throw .folderMissing(folder: folder)
    }
    removeStaleTemporaries(of: url.lastPathComponent, in: folder)
    try withEndingSignalsHeld { () throws(FileWriteError) in
      try replace(target, in: folder, with: data, name: url.lastPathComponent, path: path)
    }
    return target
  }

  /// Writes `data` to a new temporary file in `folder`, flushes it and renames it over `target`.
  private static func replace(
    _ target: String, in folder: String, with data: Data, name: String, path: String
  ) throws(FileWriteError) {
    let (temporary, descriptor) = try createTemporary(for: name, in: folder)
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(
          descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += written
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw .system(path: path, reason: failure)
    }
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .system(path: path, reason: reason)
    }
    let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// The signals that end a process by default and that a user or a supervisor sends.
  static let endingSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Runs `body` with ``endingSignals`` blocked on this thread; one that arrives meanwhile is
  /// delivered when `body` is done. (The other threads are Dispatch's, which block signals.)
  static func withEndingSignalsHeld(_ body: () throws(FileWriteError) -> Void)
    throws(FileWriteError)
  {
    var held = sigset_t()
    sigemptyset(&held)
    for signal in endingSignals { sigaddset(&held, signal) }
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &held, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    try body()
  }

  /// `path`, or the file a symbolic link at `path` leads to.
  static func resolve(_ path: String) throws(FileWriteError) -> String {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return path }
    guard let resolved = realpath(path, nil) else { throw .danglingLink(path: path) }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The prefix of the temporary files for `name`: `.NAME.tmp-`, then the writer's process id.
  static func temporaryPrefix(of name: String) -> String { "." + name + ".tmp-" }

  private static func createTemporary(for name: String, in folder: String) throws(FileWriteError)
    -> (String, Int32)
  {
    // A random tail, so a name cannot be guessed and planted in advance; O_EXCL refuses one
    // that exists anyway, and O_NOFOLLOW a link.
    for _ in 0..<8 {
      let tail = String(UInt32.random(in: 0...UInt32.max), radix: 36)
      let temporary = folder + "/" + temporaryPrefix(of: name) + "\(getpid())-\(tail)"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if descriptor >= 0 { return (temporary, descriptor) }
      if errno != EEXIST {
        throw .system(path: temporary, reason: String(cString: strerror(errno)))
      }
    }
    throw .system(path: folder, reason: "no temporary file name was free")
  }

  /// Removes the temporary files of `name` whose writing process no longer runs (it was killed
  /// mid-write). Only regular files owned by this user are removed.
  static func removeStaleTemporaries(of name: String, in folder: String) {
    let prefix = temporaryPrefix(of: name)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for candidate in names where candidate.hasPrefix(prefix) {
      let digits = candidate.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
      guard let pid = pid_t(digits), pid > 0, pid != getpid() else { continue }
      guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
      let path = folder + "/" + candidate
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        status.st_uid == geteuid()
      else { continue }
      unlink(path)
    }
  }
}
