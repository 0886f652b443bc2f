/// Something about a path that was loaded anyway, but that the analyst should know.
public enum SourceLoadWarning: Error, Equatable, Sendable, CustomStringConvertible {
  case malformedMetadata(path: String, reason: String)

  public var description: String {
    switch self {
    case .malformedMetadata(let path, let reason):
      return "'\(path)' could not be read as source metadata (\(reason)); the text was loaded "
        + "without it. Fix the JSON and load the source again."
    }
  }
}
