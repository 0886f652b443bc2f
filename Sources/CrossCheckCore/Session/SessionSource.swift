/// A source as a session file records it: enough to find it again and know if it changed.
public struct SessionSource: Codable, Equatable, Sendable {
  public var id: SourceID
  /// Relative to the session file's folder when the source is inside it or below its parent;
  /// absolute otherwise.
  public var path: String
  public var sha256: String
  public var metadata: SourceMetadata

  public init(id: SourceID, path: String, sha256: String, metadata: SourceMetadata) {
    self.id = id
    self.path = path
    self.sha256 = sha256
    self.metadata = metadata
  }
}
