/// What one `load` did: the sources it added, and one entry for each path it could not add.
public struct LoadReport: Sendable {
  public var loaded: [Source] = []
  public var problems: [SourceLoadError] = []
  public var warnings: [SourceLoadWarning] = []

  public init() {}
}
