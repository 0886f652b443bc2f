/// What one `load` did: the sources it added, and one entry for each path it could not add.
public struct LoadReport: Sendable {
  public var loaded: [Source] = []
  public var problems: [SourceLoadError] = []
  public var warnings: [SourceLoadWarning] = []
  /// The load was stopped before the end (Ctrl-C): nothing was added.
  public var interrupted = false

  public init() {}
}
