/// How far a scan has come, for a progress line: the stage and its work done of its total.
public struct ScanProgress: Equatable, Sendable {
  public enum Stage: String, Sendable {
    /// Describing each source's figures (their words, measures and periods).
    case reading
    /// Scoring figures against the figures that share their rarest words.
    case comparing
  }

  public var stage: Stage
  public var done: Int
  public var total: Int

  public init(stage: Stage, done: Int, total: Int) {
    self.stage = stage
    self.done = done
    self.total = total
  }
}

/// A scan stopped because its caller asked (Ctrl-C): nothing it found is returned.
public struct ScanInterrupted: Error, Equatable, Sendable {
  public init() {}
}
