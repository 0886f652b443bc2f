/// The words of a command line, and how the line ended.
public struct Tokenization: Equatable, Sendable {
  /// How the text ended: complete, asking for another line, or inside an unclosed quote.
  public enum Ending: Equatable, Sendable {
    case complete
    /// A trailing `\` outside single quotes: the command goes on on the next line.
    case continuation
    /// The text ended inside a quote that opened at `column` (in Unicode scalars).
    case openQuote(Character, column: Int)
  }

  public var words: [Word]
  public var ending: Ending
  /// True when the text ends inside a word (no space after it), which completion extends.
  public var endsInsideWord: Bool
  /// True when a ``Ending/continuation`` is inside a double-quoted word: the next line goes on
  /// inside the quote.
  public var continuesInsideQuote: Bool

  public init(
    words: [Word], ending: Ending, endsInsideWord: Bool, continuesInsideQuote: Bool = false
  ) {
    self.words = words
    self.ending = ending
    self.endsInsideWord = endsInsideWord
    self.continuesInsideQuote = continuesInsideQuote
  }
}
