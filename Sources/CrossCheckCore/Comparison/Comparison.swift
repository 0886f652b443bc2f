/// The result of putting figures side by side.
public struct Comparison: Sendable {
  public var entries: [ComparedFigure]
  public var assessment: Assessment
  public var explanations: [Explanation]
}
