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
    for path in paths {
      guard let (folder, _) = Self.split(path), canonicalByFolder[folder] == nil else { continue }
      canonicalByFolder[folder] = TextFile.canonicalize(folder)
    }
  }

  /// The canonical path of the regular file at `path`: its folder's and its name, or the
  /// system's answer for a symbolic link, a folder not resolved here, or an unusual path.
  /// `isKnownNotLink` when the load's listing saw that `path` is not a symbolic link: then it
  /// is not asked again.
  func canonicalPath(of path: String, isKnownNotLink: Bool = false) -> String {
    guard let (folder, name) = Self.split(path), let canonical = canonicalByFolder[folder],
      canonical.hasPrefix("/")
    else { return TextFile.canonicalize(path) }
    var info = stat()
    guard isKnownNotLink || (lstat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFLNK) else {
      return TextFile.canonicalize(path)
    }
    return canonical == "/" ? "/" + name : canonical + "/" + name
  }

  /// A path's folder (`.` for a bare name) and its name, for ASCII paths whose name is an
  /// ordinary one (not empty, `.` or `..`); nil for any other path.
  private static func split(_ path: String) -> (folder: String, name: String)? {
    guard PathParts.isASCII(path) else { return nil }
    let utf8 = path.utf8
    guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else {
      return path.isEmpty || path == "." || path == ".." ? nil : (".", path)
    }
    let name = String(path[utf8.index(after: slash)...])
    guard !name.isEmpty, name != ".", name != ".." else { return nil }
    let folder = slash == utf8.startIndex ? "/" : String(path[..<slash])
    return (folder, name)
  }
}
