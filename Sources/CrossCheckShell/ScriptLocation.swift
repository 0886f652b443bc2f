/// Where a command came from in a script, for `crosscheck:FILE:LINE:` error prefixes.
public struct ScriptLocation: Equatable, Sendable {
  public var file: String
  public var line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }
}
