/// One word of a command line after quotes and escapes are resolved.
public struct Word: Equatable, Sendable {
  /// The word's text with quotes removed and escapes applied.
  public var text: String
  /// Where the word starts in the line, in Unicode scalars (for pointing at errors).
  public var start: Int
  /// Where the word ends in the line (exclusive), in Unicode scalars.
  public var end: Int
  /// Whether any part of the word was quoted or escaped, so it cannot be an option name.
  public var isQuoted: Bool

  public init(_ text: String, start: Int, end: Int, isQuoted: Bool = false) {
    self.text = text
    self.start = start
    self.end = end
    self.isQuoted = isQuoted
  }
}
