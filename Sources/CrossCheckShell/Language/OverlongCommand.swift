/// A command whose lines, joined, are longer than a command line may be: where it began, how
/// many physical lines it took and how many bytes they came to (their text is not kept).
public struct OverlongCommand: Equatable, Sendable {
  /// The 1-based number of the physical line the command started on.
  public var lineNumber: Int
  public var lineCount: Int
  /// The bytes of its lines joined by line breaks.
  public var byteCount: Int
  public var limit: Int

  public init(lineNumber: Int, lineCount: Int, byteCount: Int, limit: Int) {
    self.lineNumber = lineNumber
    self.lineCount = lineCount
    self.byteCount = byteCount
    self.limit = limit
  }
}
