/// One quotation as several sources give it, each wording lined up against the fullest one.
public struct QuoteMatch: Sendable, Equatable {
  /// One source's wording and how it differs from the reference.
  public struct Version: Sendable, Equatable {
    public let quotation: Quotation
    /// This wording lined up against the reference's (all `.same` for the reference itself).
    public let alignment: WordAlignment

    public init(quotation: Quotation, alignment: WordAlignment) {
      self.quotation = quotation
      self.alignment = alignment
    }

    public var source: SourceID { quotation.source }
    public var differences: [WordAlignment.Column] { alignment.differences }
  }

  /// The wordings in source order, then by position in the source.
  public let versions: [Version]
  /// Which of ``versions`` the others are compared with: the one with the most words.
  public let referenceIndex: Int

  public init(versions: [Version], referenceIndex: Int) {
    self.versions = versions
    self.referenceIndex = referenceIndex
  }

  public var reference: Version { versions[referenceIndex] }

  /// The sources quoting it, without repeats, in order.
  public var sources: [SourceID] {
    var seen = Set<SourceID>()
    return versions.map(\.source).filter { seen.insert($0).inserted }
  }

  /// Whether some wording differs from the reference in a word, its case or its punctuation
  /// (quoting only part of it is not a difference).
  public var hasDifferences: Bool { versions.contains { !$0.differences.isEmpty } }

  /// The version from `source`, if it quotes this.
  public func version(in source: SourceID) -> Version? {
    versions.first { $0.source == source }
  }
}
