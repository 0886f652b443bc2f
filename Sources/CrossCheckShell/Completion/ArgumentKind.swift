/// What kind of value an argument takes, which decides what Tab offers for it.
public enum ArgumentKind: Equatable, Sendable {
  /// Nothing to offer (free text, numbers).
  case none
  /// The id of a loaded source.
  case sourceID
  /// The id of a figure in a loaded source (`bl0122:9`).
  case figureID
  /// A discrepancy (`D3`).
  case discrepancyID
  /// A source id or a discrepancy (what `show` takes).
  case sourceOrDiscrepancyID
  /// A verdict, built-in or the session's own.
  case verdict
  /// A tag already used in the session.
  case tag
  /// A figure id or a suggestion from the last scan (`S3`).
  case figureOrSuggestion
  /// A command name (as `help` takes).
  case commandName
  /// A file or directory path.
  case path
  /// One of a fixed set of words.
  case choices([String])
}
