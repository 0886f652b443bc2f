import Foundation

/// Reads and writes session files. Writes are atomic: a temporary file in the same folder is
/// written, flushed to disk (fsync) and renamed over the target, so a crash leaves either the
/// old file or the new one, never half of one.
public enum SessionStore {
  public static func read(_ path: String) throws(SessionError) -> SessionFile {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .unreadable(path: path, reason: "there is no such file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "it cannot be opened (permissions?)")
    }
    return try SessionFile.decode(data, path: path)
  }

  /// Writes `data` to `path` atomically. Refuses to replace an existing file unless `overwrite`.
  public static func write(_ data: Data, to path: String, overwrite: Bool) throws(SessionError) {
    if !overwrite && FileManager.default.fileExists(atPath: path) { throw .exists(path: path) }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: path, reason: "the folder '\(folder)' cannot be created")
    }
    let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw .unwritable(path: path, reason: String(cString: strerror(errno)))
    }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(
          descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
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
      throw .unwritable(path: path, reason: failure)
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .unwritable(path: path, reason: reason)
    }
    // The rename itself is made durable by flushing the folder.
    let folderDescriptor = open(folder, O_RDONLY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// `file` relative to `folder` ("../Corpus/bl0122.txt"), or absolute when they share only the
  /// root.
  public static func relativePath(of file: String, from folder: String) -> String {
    let fileParts = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
    let folderParts = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
    var common = 0
    while common < min(fileParts.count, folderParts.count)
      && fileParts[common] == folderParts[common]
    {
      common += 1
    }
    guard common > 1 else { return URL(fileURLWithPath: file).standardizedFileURL.path }
    let ups = Array(repeating: "..", count: folderParts.count - common)
    return (ups + fileParts[common...]).joined(separator: "/")
  }

  /// `path` made absolute against `folder` (unchanged when already absolute).
  public static func absolutePath(of path: String, from folder: String) -> String {
    if path.hasPrefix("/") { return path }
    return URL(fileURLWithPath: folder).appendingPathComponent(path).standardizedFileURL.path
  }
}
