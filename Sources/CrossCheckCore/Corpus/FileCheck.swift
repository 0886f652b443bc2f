import Foundation

/// What stands at a path, looked at before reading it: reading a FIFO waits for a writer and
/// reading /dev/zero never ends, and a symbolic link that loops or leads nowhere would otherwise
/// pass for a missing file.
public enum FileCheck: Equatable, Sendable {
  case regularFile
  case missing
  case directory
  /// A FIFO, device or socket, named as a reader would ("a FIFO (named pipe)").
  case notRegular(kind: String)
  case symlinkLoop
  case danglingLink(target: String)
  /// The path cannot be looked at (a folder on the way without permission); the system's words.
  case inaccessible(reason: String)

  /// Whether `path` leads to a regular file: `check(path) == .regularFile`, in one system call
  /// (the other cases need a second, for a load's thousands of absent sidecars).
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  public static func check(_ path: String) -> FileCheck {
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: return .regularFile
      case S_IFDIR: return .directory
      case S_IFIFO: return .notRegular(kind: "a FIFO (named pipe)")
      case S_IFCHR: return .notRegular(kind: "a character device")
      case S_IFBLK: return .notRegular(kind: "a block device")
      case S_IFSOCK: return .notRegular(kind: "a socket")
      default: return .notRegular(kind: "not a plain file")
      }
    }
    let error = errno
    if error == ELOOP { return .symlinkLoop }
    var linkInfo = stat()
    if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
      let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
      return .danglingLink(target: target)
    }
    if error == ENOENT || error == ENOTDIR || path.isEmpty { return .missing }
    return .inaccessible(reason: String(cString: strerror(error)))
  }
}
