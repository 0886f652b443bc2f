import Foundation

/// A file that output is written to as it comes (`output FILE`, `once FILE`, `-o FILE`), unlike
/// ``FileWriter``'s whole files. It is created with `O_CREAT|O_EXCL|O_NOFOLLOW`, so an existing
/// file is never replaced unless asked (`replacing`: `O_TRUNC` instead of `O_EXCL`), and a
/// symbolic link someone planted at the path is never followed, even then (it counts as not a
/// regular file).
public final class OutputFile {
  public let path: String
  private var descriptor: Int32
  /// The first write that failed, in the system's words; nothing more is written after it.
  public private(set) var failure: String?

  public init(path: String, replacing: Bool) throws(FileWriteError) {
    self.path = path
    var status = stat()
    if lstat(path, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFLNK { throw .notARegularFile(path: path) }
      if !replacing { throw .exists(path: path) }
      guard status.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
    }
    let flags =
      O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (replacing ? O_TRUNC : O_EXCL)
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else {
      let code = errno
      if code == EEXIST { throw .exists(path: path) }
      if code == ELOOP { throw .notARegularFile(path: path) }
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      if code == ENOENT && access(folder, F_OK) != 0 { throw .folderMissing(folder: folder) }
      throw .system(path: path, reason: String(cString: strerror(code)))
    }
    // Checked again on what was opened: the path may have changed since the lstat.
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
      Foundation.close(descriptor)
      throw .notARegularFile(path: path)
    }
    self.descriptor = descriptor
  }

  /// Appends `text`; after a failure (see ``failure``) nothing more is written.
  public func write(_ text: String) {
    guard failure == nil, descriptor >= 0 else { return }
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        failure = String(cString: strerror(errno))
        return
      }
      offset += written
    }
  }

  /// Closes the file (also done when the value goes away).
  public func close() {
    guard descriptor >= 0 else { return }
    Foundation.close(descriptor)
    descriptor = -1
  }

  deinit {
    close()
  }
}
