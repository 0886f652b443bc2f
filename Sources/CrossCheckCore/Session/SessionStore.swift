import Crypto
import Foundation

/// Reads and writes session files. Writes are atomic (``FileWriter``): a crash leaves either the
/// old file or the new one, never half of one.
public enum SessionStore {
  public static func read(
    _ path: String, maximumBytes: Int = maximumBytes
  ) throws(SessionError) -> SessionFile {
    try load(path, maximumBytes: maximumBytes).file
  }

  /// Reads a session file and the SHA-256 of its bytes (what a later save compares with, to
  /// notice that someone else changed the file meanwhile). A file larger than `maximumBytes`
  /// is refused by its size before a byte is read.
  public static func load(
    _ path: String, maximumBytes: Int = maximumBytes
  ) throws(SessionError) -> (
    file: SessionFile, sha256: String
  ) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .unreadable(path: path, reason: "there is no such file")
    }
    let data: Data
    do {
      // Refused by its size before a byte is read: a disk image given by mistake is not read
      // into memory.
      data = try FileReader.read(path, maximumBytes: maximumBytes)
    } catch .tooLarge(let byteCount) {
      throw .tooLarge(path: path, byteCount: byteCount, limit: maximumBytes)
    } catch {
      throw .unreadable(path: path, reason: error.description)
    }
    // The SHA-256 is what a later save compares with; it is computed on another core while
    // the bytes are decoded, as a large session spends a good part of its opening on each.
    let digest = BackgroundValue { sha256(data) }
    let file = try SessionFile.decode(data, path: path)
    return (file, digest.wait())
  }

  /// The largest session file read, 64 MiB: a session holds no article text, so this is
  /// hundreds of thousands of journal entries and discrepancies.
  public static let maximumBytes = 64 << 20

  /// The SHA-256 of the file at `path` now; nil when there is none. A file larger than any
  /// session is not read, and its digest is given as a text no SHA-256 can equal.
  public static func sha256(ofFileAt path: String) -> String? {
    do {
      return sha256(try FileReader.read(path, maximumBytes: maximumBytes))
    } catch .tooLarge {
      return "larger than a session file may be"
    } catch {
      return nil
    }
  }

  /// Lowercase hex SHA-256 of `data`.
  public static func sha256(_ data: Data) -> String {
    SHA256.hash(data: data).map { byte in
      let hex = String(byte, radix: 16)
      return hex.count == 1 ? "0" + hex : hex
    }.joined()
  }

  /// Writes `data` to `path` atomically (see ``FileWriter``). Refuses to replace an existing
  /// file unless `overwrite`, and to write into a folder that is not there unless
  /// `creatingFolder`.
  public static func write(
    _ data: Data, to path: String, overwrite: Bool, creatingFolder: Bool = false
  ) throws(SessionError) {
    do {
      try FileWriter.write(data, to: path, replacing: overwrite, creatingFolder: creatingFolder)
    } catch .exists {
      throw .exists(path: path)
    } catch {
      throw .unwritable(path: path, problem: error)
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
