import CrossCheckCore

/// A ``FileWriteError`` in words.
enum FileWriteMessage {
  /// Why the write failed, as a clause ("it already exists").
  static func reason(_ error: FileWriteError) -> String {
    switch error {
    case .exists: "it already exists"
    case .notARegularFile: "it is not a regular file"
    case .danglingLink: "it is a symbolic link to a file that is not there"
    case .folderMissing(let folder):
      "the folder '\(folder)' does not exist (CrossCheck does not create it; make it with mkdir -p)"
    case .folderNotCreated(let folder): "the folder '\(folder)' cannot be created"
    case .system(_, let reason): reason
    }
  }
}
