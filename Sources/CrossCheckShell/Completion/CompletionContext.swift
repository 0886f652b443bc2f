/// What completion may offer, handed in so that ``Completer`` stays a pure function.
public struct CompletionContext: Sendable {
  /// One entry of a directory listing.
  public struct Entry: Equatable, Sendable {
    public var name: String
    public var isDirectory: Bool

    public init(_ name: String, isDirectory: Bool = false) {
      self.name = name
      self.isDirectory = isDirectory
    }
  }

  public var sourceIDs: [String]
  public var figureIDs: [String]
  /// Each figure's text as written, by id, shown beside the ids Tab lists.
  public var figureTexts: [String: String]
  public var discrepancyIDs: [String]
  public var verdicts: [String]
  public var tags: [String]
  /// Lists a directory ("" is the current directory); nil when it cannot be read.
  public var listDirectory: @Sendable (String) -> [Entry]?

  public init(
    sourceIDs: [String] = [], discrepancyIDs: [String] = [], verdicts: [String] = [],
    tags: [String] = [], figureIDs: [String] = [], figureTexts: [String: String] = [:],
    listDirectory: @escaping @Sendable (String) -> [Entry]?
  ) {
    self.figureTexts = figureTexts
    self.sourceIDs = sourceIDs
    self.discrepancyIDs = discrepancyIDs
    self.verdicts = verdicts
    self.tags = tags
    self.figureIDs = figureIDs
    self.listDirectory = listDirectory
  }
}
