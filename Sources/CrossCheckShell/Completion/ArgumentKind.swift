/// What kind of value an argument takes, which decides what Tab offers for it.
public enum ArgumentKind: Equatable, Sendable {
  /// Nothing to offer (free text, numbers).
  case none
  /// The id of a loaded source.
  case sourceID
  /// The id of a figure in a loaded source (`bl0122:9`).
  case figureID
  /// A command name (as `help` takes).
  case commandName
  /// A file or directory path.
  case path
  /// One of a fixed set of words.
  case choices([String])
}
