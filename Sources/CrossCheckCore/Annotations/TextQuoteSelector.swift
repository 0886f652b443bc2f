/// What a span says, with the words around it (W3C Web Annotation TextQuoteSelector), so it can
/// be found again if the text changes.
public struct TextQuoteSelector: Codable, Equatable, Sendable {
  public var exact: String
  public var prefix: String
  public var suffix: String

  /// How much context to keep on each side, in code points.
  public static let contextLength = 32

  public init(exact: String, prefix: String, suffix: String) {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }
}
