/// One command's text, possibly joined from several physical lines, and where it began.
public struct LogicalLine: Equatable, Sendable {
  public var text: String
  /// The 1-based number of the physical line the command started on.
  public var lineNumber: Int

  public init(text: String, lineNumber: Int) {
    self.text = text
    self.lineNumber = lineNumber
  }
}
