/// A figure as a discrepancy records it: which figure, in which exact text, and the two W3C
/// selectors that let it be found again.
public struct FigureReference: Codable, Equatable, Sendable {
  public var figure: FigureID
  /// The SHA-256 of the source file the figure was read from.
  public var sourceSHA256: String
  public var position: TextPositionSelector
  public var quote: TextQuoteSelector

  init(
    figure: FigureID, sourceSHA256: String, position: TextPositionSelector,
    quote: TextQuoteSelector
  ) {
    self.figure = figure
    self.sourceSHA256 = sourceSHA256
    self.position = position
    self.quote = quote
  }

  public init(figure: Figure, in source: Source) {
    self.figure = figure.id
    self.sourceSHA256 = source.sha256
    self.position = TextPositionSelector(start: figure.start, end: figure.end)
    let context = TextQuoteSelector.contextLength
    self.quote = TextQuoteSelector(
      exact: figure.text,
      prefix: source.text(from: max(0, figure.start - context), to: figure.start),
      suffix: source.text(from: figure.end, to: figure.end + context))
  }
}
