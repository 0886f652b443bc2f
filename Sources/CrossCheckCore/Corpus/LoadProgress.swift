/// How far a load has come: files and bytes done, of how many.
public struct LoadProgress: Sendable, Equatable {
  public var files: Int
  public var totalFiles: Int
  public var bytes: Int
  /// The files' sizes on disk when the load started.
  public var totalBytes: Int

  public init(files: Int, totalFiles: Int, bytes: Int, totalBytes: Int) {
    self.files = files
    self.totalFiles = totalFiles
    self.bytes = bytes
    self.totalBytes = totalBytes
  }
}
