/// One person or place name written more than one way in the sources ("Zelenskyy", "Zelenskiy",
/// "Zelensky"), with where each spelling is used.
public struct NameVariantGroup: Sendable, Equatable {
  /// Why two spellings are taken for the same name.
  public enum Reason: String, Sendable, Comparable, CaseIterable {
    /// The same name romanized differently, or with and without accents: y/iy/ii endings,
    /// kh/h, ck/k, ou/u, é/e.
    case transliteration
    /// Letters differ by a small edit distance (a typo or a variant spelling).
    case spelling
    /// The same letters written as one word, two words or with a hyphen ("Abu Dhabi"/"Abu-Dhabi").
    case spacing

    public static func < (lhs: Reason, rhs: Reason) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// How one source uses one spelling.
  public struct Use: Sendable, Equatable {
    public let source: SourceID
    /// Occurrences in this source (possessives such as "Zelenskiy’s" included).
    public let count: Int
    /// Code point offsets of the first occurrence, end exclusive.
    public let firstStart: Int
    public let firstEnd: Int
    /// A few words of the line before and after the first occurrence.
    public let before: String
    public let after: String

    public init(
      source: SourceID, count: Int, firstStart: Int, firstEnd: Int, before: String, after: String
    ) {
      self.source = source
      self.count = count
      self.firstStart = firstStart
      self.firstEnd = firstEnd
      self.before = before
      self.after = after
    }
  }

  /// One way of writing the name, with the sources that write it so, in source order.
  public struct Spelling: Sendable, Equatable {
    /// The spelling as most often written (capitalization of the most frequent form).
    public let text: String
    public let uses: [Use]

    public init(text: String, uses: [Use]) {
      self.text = text
      self.uses = uses
    }

    public var count: Int { uses.reduce(0) { $0 + $1.count } }
    public var sources: [SourceID] { uses.map(\.source) }
  }

  /// The spellings, most used first.
  public let spellings: [Spelling]
  /// Why the spellings were grouped, strongest evidence first.
  public let reasons: [Reason]

  public init(spellings: [Spelling], reasons: [Reason]) {
    self.spellings = spellings
    self.reasons = reasons
  }

  public var count: Int { spellings.reduce(0) { $0 + $1.count } }

  /// Every source that uses one of the spellings, without repeats, in first-seen order.
  public var sources: [SourceID] {
    var seen = Set<SourceID>()
    return spellings.flatMap(\.sources).filter { seen.insert($0).inserted }
  }

  public func spelling(_ text: String) -> Spelling? {
    spellings.first { $0.text == text }
  }
}
