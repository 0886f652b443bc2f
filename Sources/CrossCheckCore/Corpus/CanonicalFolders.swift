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
    guard canonical != "/" else { return "/" + name }
    // One string of the right size, not one for each join.
    var path = ""
    path.reserveCapacity(canonical.utf8.count + 1 + name.utf8.count)
    path += canonical
    path += "/"
    path += name
    return path
  }

  /// A path's folder (`.` for a bare name) and its name, for ASCII paths whose name is an
  /// ordinary one (not empty, `.` or `..`); nil for any other path.
  ///
  /// One pass over the path's bytes in place: through the string's views it took about 4,000
  /// instructions a file.
  private static func split(_ path: String) -> (folder: String, name: String)? {
    var contiguous = path
    let found = contiguous.withUTF8 { bytes -> (isASCII: Bool, slash: Int?) in
      var high: UInt8 = 0
      var slash: Int?
      for index in bytes.indices {
        high |= bytes[index]
        if bytes[index] == UInt8(ascii: "/") { slash = index }
      }
      return (high < 0x80, slash)
    }
    guard found.isASCII else { return nil }
    guard let slash = found.slash else {
      return path.isEmpty || path == "." || path == ".." ? nil : (".", path)
    }
    // ASCII: the byte offsets are the strings' own.
    return contiguous.withUTF8 { bytes in
      let nameBytes = UnsafeBufferPointer(rebasing: bytes[(slash + 1)...])
      let name = String(decoding: nameBytes, as: UTF8.self)
      guard !name.isEmpty, name != ".", name != ".." else { return nil }
      let folder = UnsafeBufferPointer(rebasing: bytes[..<slash])
      return (slash == 0 ? "/" : String(decoding: folder, as: UTF8.self), name)
    }
  }
}
