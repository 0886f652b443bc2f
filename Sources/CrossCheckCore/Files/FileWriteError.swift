/// Why a file could not be written. Data only: the shell says it as a sentence.
public enum FileWriteError: Error, Equatable, Sendable {
  /// The target exists and replacing it was not allowed.
  case exists(path: String)
  /// The target is a folder, a device or another thing that is not a regular file.
  case notARegularFile(path: String)
  /// The target is a symbolic link that leads nowhere.
  case danglingLink(path: String)
  /// The target's folder is not there (and the writer does not create it).
  case folderMissing(folder: String)
  /// The target's folder could not be created.
  case folderNotCreated(folder: String)
  /// A system call failed; `reason` is the system's own words (strerror).
  case system(path: String, reason: String)
}
