import Foundation

/// Directory listings for path completion.
enum FileListing {
  @Sendable static func list(_ directory: String) -> [CompletionContext.Entry]? {
    let path = directory.isEmpty ? "." : directory
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
    return names.map { name in
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: (path.hasSuffix("/") ? path : path + "/") + name, isDirectory: &isDirectory)
      return CompletionContext.Entry(name, isDirectory: isDirectory.boolValue)
    }
  }
}
