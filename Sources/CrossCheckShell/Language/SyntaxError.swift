/// A command line that cannot be split into words, with the column to point at.
public struct SyntaxError: Error, Equatable, Sendable {
  public var message: String
  /// Unicode scalar offset of the problem in the command text.
  public var column: Int

  public init(_ message: String, column: Int) {
    self.message = message
    self.column = column
  }
}
