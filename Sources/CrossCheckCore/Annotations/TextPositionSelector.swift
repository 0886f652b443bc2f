/// Where a span is, as code point offsets into the source text (W3C Web Annotation
/// TextPositionSelector: `start` inclusive, `end` exclusive).
public struct TextPositionSelector: Codable, Equatable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}
