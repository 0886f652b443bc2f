import CrossCheckCore
import Foundation

/// A ``FileWriteError`` in words.
enum FileWriteMessage {
  /// Why the write failed, as a clause ("it already exists"). A folder is named as the analyst
  /// typed it (`reports` for `reports/r.html`), not as the absolute path it was checked at.
  /// - Parameter typed: the path as given to the command.
  static func reason(_ error: FileWriteError, typed path: String) -> String {
    switch error {
    case .exists: "it already exists"
    case .notARegularFile: "it is not a regular file"
    case .danglingLink: "it is a symbolic link to a file that is not there"
    case .folderMissing(let folder):
      "the folder '\(shown(folder, typed: path))' does not exist (CrossCheck does not create it; "
        + "make it with mkdir -p)"
    case .folderNotCreated(let folder):
      "the folder '\(shown(folder, typed: path))' cannot be created"
    case .system(_, let reason): reason
    }
  }

  /// `folder` as the typed `path` names it: its part before the last '/', when that is the
  /// same folder; else (a link led elsewhere) `folder` as it is.
  static func shown(_ folder: String, typed path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return folder }
    let typedFolder = String(path[..<slash])
    let current = FileManager.default.currentDirectoryPath
    func standard(_ folder: String) -> String {
      URL(fileURLWithPath: SessionStore.absolutePath(of: folder, from: current))
        .standardizedFileURL.path
    }
    return standard(typedFolder) == standard(folder) ? typedFolder : folder
  }
}
