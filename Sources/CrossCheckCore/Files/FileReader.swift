import Foundation

/// The one place CrossCheck reads whole files from disk (articles, sidecars, sessions, scripts,
/// rate tables).
///
/// A path is checked before it is read, but the file can be swapped between the check and the
/// read. So the read itself opens with `O_NONBLOCK` (a FIFO swapped in cannot block the open),
/// asks the open descriptor with `fstat` whether it is a regular file, and only then reads: a
/// FIFO, a device or a socket is refused, never waited on.
public enum FileReader {
  /// Why a file could not be read.
  public enum Failure: Error, Equatable, Sendable {
    /// It could not be opened; `reason` is the system's.
    case cannotOpen(reason: String)
    /// It is a FIFO, a device or a socket.
    case notRegularFile
    /// Reading failed midway; `reason` is the system's.
    case readFailed(reason: String)
    /// It is larger than the reader takes: `byteCount` bytes, or more.
    case tooLarge(byteCount: Int)
  }

  /// The bytes of the regular file at `path`; with `maximumBytes`, refused as ``Failure/tooLarge(byteCount:)``
  /// when its size says it is larger (before a byte is read) or it grows past it while read.
  public static func read(_ path: String, maximumBytes: Int = .max) throws(Failure) -> Data {
    try withRegularFile(path) { descriptor, size throws(Failure) in
      guard size <= maximumBytes else { throw .tooLarge(byteCount: size) }
      // Read straight into the data, the stated size and one byte more at once: a file as
      // large as it said it was is one read and no copy (a large session was copied 64 kB at
      // a time).
      var data = Data(count: size + 1)
      var failure: Failure?
      let count = data.withUnsafeMutableBytes { whole -> Int in
        do throws(Failure) {
          return try read(descriptor, into: whole)
        } catch {
          failure = error
          return 0
        }
      }
      if let failure { throw failure }
      data.count = count
      guard count > size else { return data }
      // It grew since it was opened (or, as under /proc, said it was empty): the rest in
      // blocks, to wherever it ends now.
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
      defer { buffer.deallocate() }
      while true {
        let count = try read(descriptor, into: buffer)
        if count == 0 { return data }
        data.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        if data.count > maximumBytes { throw .tooLarge(byteCount: data.count) }
      }
    }
  }

  /// Opens the regular file at `path` as ``read(_:)`` does and hands `body` its descriptor and
  /// its size when opened (a file can still grow or shrink while it is read). Without
  /// `followsLinks`, a symbolic link at `path` is not opened (`O_NOFOLLOW`).
  static func withRegularFile<Result>(
    _ path: String, followsLinks: Bool = true, _ body: (Int32, Int) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followsLinks ? 0 : O_NOFOLLOW)
    // The path's own bytes: passed as it is, a string is copied into a new C string.
    let descriptor = path.withCString { open($0, flags) }
    guard descriptor >= 0 else { throw .cannotOpen(reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .cannotOpen(reason: String(cString: strerror(errno)))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
    // Regular files ignore O_NONBLOCK, so it stays set (clearing it was a system call a file,
    // for thousands of small files); a read that says it would block clears it then
    // (``read(_:into:expectedEnd:)``).
    return try body(descriptor, Int(max(status.st_size, 0)))
  }

  /// Reads from `descriptor` until `buffer` is full or the file ends; how many bytes it read
  /// (0 at the end of the file).
  ///
  /// With `expectedEnd`, a read that stops short of the buffer's end once `expectedEnd` bytes
  /// are in is taken as the end of the file: a regular file's read stops short only at its
  /// end, so when that is where its size said it ends, the read that would give 0 is not made
  /// (a system call a file, for thousands of small files).
  static func read(
    _ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, expectedEnd: Int? = nil
  ) throws(Failure) -> Int {
    var filled = 0
    var clearedNonBlocking = false
    while filled < buffer.count, let base = buffer.baseAddress {
      let count = Foundation.read(descriptor, base + filled, buffer.count - filled)
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        // A file system that does not ignore O_NONBLOCK for regular files: waited on after
        // all. The status flags are the ones the file was opened with, and O_NONBLOCK is the
        // only one of them that F_SETFL changes, so clearing them all needs no F_GETFL.
        if !clearedNonBlocking, errno == EAGAIN || errno == EWOULDBLOCK,
          fcntl(descriptor, F_SETFL, 0) == 0
        {
          clearedNonBlocking = true
          continue
        }
        throw .readFailed(reason: String(cString: strerror(errno)))
      }
      filled += count
      if filled == expectedEnd && filled < buffer.count { break }
    }
    return filled
  }

  /// The bytes of the file at `path`, or nil when it cannot be read as a regular file.
  public static func contents(of path: String) -> Data? {
    try? read(path)
  }
}

extension FileReader.Failure: CustomStringConvertible {
  /// Lowercase, no final stop: callers put it after "cannot read 'PATH': ".
  public var description: String {
    switch self {
    case .cannotOpen(let reason): reason.prefix(1).lowercased() + reason.dropFirst()
    case .notRegularFile: "it is not a regular file"
    case .readFailed(let reason): "reading stopped: " + reason.lowercased()
    case .tooLarge(let byteCount): "it is too large, at \(ByteCountText.text(byteCount))"
    }
  }
}
