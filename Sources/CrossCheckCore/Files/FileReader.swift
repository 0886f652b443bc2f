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
  }

  /// The bytes of the regular file at `path`.
  public static func read(_ path: String) throws(Failure) -> Data {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .cannotOpen(reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .cannotOpen(reason: String(cString: strerror(errno)))
    }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
    // Regular files ignore O_NONBLOCK; clear it anyway so reads behave as documented.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    var data = Data(capacity: Int(max(status.st_size, 0)))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count == 0 { return data }
      if count < 0 {
        if errno == EINTR { continue }
        throw .readFailed(reason: String(cString: strerror(errno)))
      }
      data.append(contentsOf: buffer[..<count])
    }
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
    }
  }
}
