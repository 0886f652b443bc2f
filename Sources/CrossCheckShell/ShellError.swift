/// An error a command reports to the analyst: one sentence saying what went wrong and what to do.
public struct ShellError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
