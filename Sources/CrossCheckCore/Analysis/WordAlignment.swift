/// Two wordings of a quotation lined up word by word, with how each pair of words differs.
///
/// Words are matched on their letters and digits (a longest common subsequence), so case and
/// punctuation differences show as changed forms of the same word, and words only one wording
/// has show as added or removed. When the second wording is only part of the first, the first
/// wording's words outside that part are kept apart (``before``, ``after``) instead of being
/// reported as removed.
public struct WordAlignment: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    case same
    /// The same word, capitalized differently ("what"/"What").
    case capitalization
    /// The same word with different punctuation ("tango."/"tango,").
    case punctuation
    /// Both capitalization and punctuation differ.
    case capitalizationAndPunctuation = "capitalization and punctuation"
    /// A different word in the same place.
    case changed
    /// A word only the second wording has.
    case added
    /// A word only the first wording has.
    case removed
  }

  public struct Column: Sendable, Equatable {
    public let reference: Quotation.Word?
    public let version: Quotation.Word?
    public let kind: Kind

    public init(reference: Quotation.Word?, version: Quotation.Word?, kind: Kind) {
      self.reference = reference
      self.version = version
      self.kind = kind
    }
  }

  /// The part both wordings give, word by word.
  public let columns: [Column]
  /// Words of the reference before and after the part the other wording quotes (empty unless
  /// it quotes only part of the reference).
  public let before: [Quotation.Word]
  public let after: [Quotation.Word]

  public var differences: [Column] { columns.filter { $0.kind != .same } }
  /// Whether the other wording quotes only part of the reference.
  public var isFragment: Bool { !before.isEmpty || !after.isEmpty }

  /// Lines up `version` against `reference`.
  public init(reference: [Quotation.Word], version: [Quotation.Word]) {
    let pairs = WordAlignment.commonSubsequence(
      reference.map(\.normalized), version.map(\.normalized))
    guard let first = pairs.first, let last = pairs.last else {
      self.columns = WordAlignment.gapColumns(reference, version)
      before = []
      after = []
      return
    }
    var columns: [Column] = []
    // Before the first matched pair: keep as many reference words as the version has there.
    let leadingKept = min(first.0, first.1)
    before = Array(reference[0..<(first.0 - leadingKept)])
    columns += WordAlignment.gapColumns(
      Array(reference[(first.0 - leadingKept)..<first.0]), Array(version[0..<first.1]))
    for (offset, pair) in pairs.enumerated() {
      if offset > 0 {
        let previous = pairs[offset - 1]
        columns += WordAlignment.gapColumns(
          Array(reference[(previous.0 + 1)..<pair.0]), Array(version[(previous.1 + 1)..<pair.1]))
      }
      columns.append(WordAlignment.pairColumn(reference[pair.0], version[pair.1]))
    }
    let referenceTail = reference.count - last.0 - 1
    let versionTail = version.count - last.1 - 1
    let trailingKept = min(referenceTail, versionTail)
    after = Array(reference[(last.0 + 1 + trailingKept)...])
    columns += WordAlignment.gapColumns(
      Array(reference[(last.0 + 1)..<(last.0 + 1 + trailingKept)]),
      Array(version[(last.1 + 1)...]))
    self.columns = columns
  }

  /// Words between matched pairs: paired up as changed words, the rest added or removed.
  private static func gapColumns(_ reference: [Quotation.Word], _ version: [Quotation.Word])
    -> [Column]
  {
    let paired = min(reference.count, version.count)
    var columns: [Column] = []
    for index in 0..<paired {
      columns.append(Column(reference: reference[index], version: version[index], kind: .changed))
    }
    for word in reference.dropFirst(paired) {
      columns.append(Column(reference: word, version: nil, kind: .removed))
    }
    for word in version.dropFirst(paired) {
      columns.append(Column(reference: nil, version: word, kind: .added))
    }
    return columns
  }

  private static func pairColumn(_ reference: Quotation.Word, _ version: Quotation.Word) -> Column {
    let a = typographic(reference.text)
    let b = typographic(version.text)
    let kind: Kind
    if a == b {
      kind = .same
    } else if a.lowercased() == b.lowercased() {
      kind = .capitalization
    } else if letters(a) == letters(b) {
      kind = .punctuation
    } else {
      kind = .capitalizationAndPunctuation
    }
    return Column(reference: reference, version: version, kind: kind)
  }

  /// Curly and straight quotes and apostrophes, and en and em dashes, count as the same mark.
  static func typographic(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar -> Unicode.Scalar in
          switch scalar {
          case "\u{2018}", "\u{2019}", "\u{2032}": "'"
          case "\u{201C}", "\u{201D}", "\u{201E}": "\""
          case "\u{2013}": "\u{2014}"
          default: scalar
          }
        }))
  }

  private static func letters(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
  }

  /// Index pairs of a longest common subsequence of `a` and `b`, in order.
  static func commonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
    guard !a.isEmpty, !b.isEmpty else { return [] }
    let width = b.count + 1
    var table = [Int](repeating: 0, count: (a.count + 1) * width)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i * width + j] =
          a[i] == b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }
}
