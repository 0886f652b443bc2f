import Foundation

/// The canonical (absolute, symlink-free) paths of the folders a load reads files from, each
/// resolved once.
///
/// Resolving every file's path on its own asks the system about each folder on the way (five
/// calls a file under `/tmp/a/b/`); a file that is not a symbolic link is its folder's canonical
/// path and its name, which one `lstat` tells.
struct CanonicalFolders: Sendable {
  private var canonicalByFolder: [String: String] = [:]

  /// Resolves the folders of `paths` not resolved already.
  mutating func add(_ paths: [String]) {
    // The files of a folder come one after another: its name is made and looked up once, not
    // for each of its thousands of files.
    var previous: (path: String, nameStart: Int)?
    for path in paths {
      guard let nameStart = Self.nameStart(of: path) else { continue }
      if let previous, previous.nameStart == nameStart,
        path.utf8.prefix(nameStart).elementsEqual(previous.path.utf8.prefix(nameStart))
      {
        continue
      }
      previous = (path, nameStart)
      let folder = Self.folder(of: path, nameStart: nameStart)
      if canonicalByFolder[folder] == nil {
        canonicalByFolder[folder] = TextFile.canonicalize(folder)
      }
    }
  }

  /// The canonical path of the regular file at `path`: its folder's and its name, or the
  /// system's answer for a symbolic link, a folder not resolved here, or an unusual path.
  /// `isKnownNotLink` when the load's listing saw that `path` is not a symbolic link: then it
  /// is not asked again.
  func canonicalPath(of path: String, isKnownNotLink: Bool = false) -> String {
    guard let nameStart = Self.nameStart(of: path),
      let canonical = canonicalByFolder[Self.folder(of: path, nameStart: nameStart)],
      canonical.hasPrefix("/")
    else { return TextFile.canonicalize(path) }
    var info = stat()
    guard isKnownNotLink || (lstat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFLNK) else {
      return TextFile.canonicalize(path)
    }
    // The name straight from the path's bytes (ASCII: a byte is a character), into one string
    // of the right size: no string of its own, nor one for each join.
    let name = path[path.utf8.index(path.startIndex, offsetBy: nameStart)...]
    let folder = canonical == "/" ? "" : canonical
    var joined = ""
    joined.reserveCapacity(folder.utf8.count + 1 + name.utf8.count)
    joined += folder
    joined += "/"
    joined += name
    return joined
  }

  /// Where a path's name starts, in bytes (past its last slash; 0 for a bare name), for ASCII
  /// paths whose name is an ordinary one (not empty, `.` or `..`); nil for any other path.
  ///
  /// One pass over the path's bytes in place: through the string's views it took about 4,000
  /// instructions a file.
  private static func nameStart(of path: String) -> Int? {
    var contiguous = path
    return contiguous.withUTF8 { bytes -> Int? in
      var high: UInt8 = 0
      var start = 0
      for index in bytes.indices {
        high |= bytes[index]
        if bytes[index] == UInt8(ascii: "/") { start = index + 1 }
      }
      guard high < 0x80 else { return nil }
      let name = UnsafeBufferPointer(rebasing: bytes[start...])
      guard !name.isEmpty, !(name.count <= 2 && name.allSatisfy({ $0 == UInt8(ascii: ".") }))
      else { return nil }
      return start
    }
  }

  /// The folder of an ASCII path whose name starts at `nameStart`: `.` for a bare name.
  private static func folder(of path: String, nameStart: Int) -> String {
    switch nameStart {
    case 0: "."
    case 1: "/"
    // ASCII: the byte offsets are the string's own.
    default: String(path[..<path.utf8.index(path.startIndex, offsetBy: nameStart - 1)])
    }
  }
}
