import Foundation

/// Which files a session from elsewhere asks to read that the analyst should confirm first.
///
/// A session file names its sources; opened from someone else's folder it could name
/// `/etc/passwd` or `../../.ssh/id_rsa`, whose text would then go into reports. A source is
/// trusted when, after every symbolic link is resolved, it is a regular file inside the session
/// file's folder tree or the current folder's.
public enum SourceTrust {
  /// A source that needs the analyst's confirmation.
  public struct Concern: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
      /// It resolves outside both the session's folder tree and the current folder's.
      case outside
      /// It is not a regular file (a device, a pipe, a folder).
      case notARegularFile
    }
    /// The path as the session gives it, made absolute.
    public var path: String
    /// Where it leads after symbolic links.
    public var resolved: String
    public var reason: Reason
  }

  /// The concerns about `paths` (absolute; ones that do not exist are left to the caller).
  public static func concerns(
    about paths: [String], sessionFolder: String, currentFolder: String
  ) -> [Concern] {
    let roots = [sessionFolder, currentFolder].compactMap(resolved)
    return paths.compactMap { path in
      guard let target = resolved(path) else { return nil }
      var status = stat()
      if stat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
        return Concern(path: path, resolved: target, reason: .notARegularFile)
      }
      let inside = roots.contains { root in
        target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
      }
      return inside ? nil : Concern(path: path, resolved: target, reason: .outside)
    }
  }

  /// `path` with every symbolic link and `..` resolved; nil when it does not exist.
  static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
