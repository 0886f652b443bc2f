import Foundation

/// A file a load is to read, with what the listing of its folder or glob learnt of it, so that
/// reading it asks the system no more than it must: a folder of thousands of small files cost
/// twelve system calls a file, most of them asking again what the listing had been told.
struct ListedFile: Sendable, Equatable {
  let path: String
  /// Its size when listed (through a symbolic link), or 0 when it could not be looked at: for
  /// batches and progress only, never trusted for reading.
  let size: Int
  /// The listing's `lstat` saw a regular file, not a symbolic link: reading it needs no look
  /// at the path before it is opened (the open descriptor is still checked), and its
  /// canonical path is its folder's and its name.
  let isPlainFile: Bool
  /// Whether a metadata sidecar may stand next to it: false only when the listing of its
  /// folder holds no name that could be its sidecar.
  let mayHaveSidecar: Bool

  /// What one `lstat` of `path` tells, and one `stat` more for a symbolic link; nil when
  /// `path` leads to a folder.
  static func look(at path: String, mayHaveSidecar: Bool = true) -> ListedFile? {
    var info = stat()
    // The path's own bytes: passed as it is, a string is copied into a new C string.
    guard path.withCString({ lstat($0, &info) }) == 0 else {
      return ListedFile(path: path, size: 0, isPlainFile: false, mayHaveSidecar: mayHaveSidecar)
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { return nil }
    if kind == S_IFLNK {
      // Through the link, as a folder or a file's size is asked of its target.
      var target = stat()
      guard stat(path, &target) == 0 else {
        return ListedFile(path: path, size: 0, isPlainFile: false, mayHaveSidecar: mayHaveSidecar)
      }
      if target.st_mode & S_IFMT == S_IFDIR { return nil }
      info = target
    }
    return ListedFile(
      path: path, size: Int(max(info.st_size, 0)), isPlainFile: kind == S_IFREG,
      mayHaveSidecar: mayHaveSidecar)
  }
}
