/// A group of figures the scan thinks worth checking together, with the comparison of them.
public struct Suggestion: Sendable {
  /// 1-based position in the ranking (S1 is the most worth checking).
  public var rank: Int
  /// What the figures have in common ("assets", "plan points").
  public var subject: String
  /// The figures, each with the source it comes from.
  public var figures: [(figure: Figure, source: Source)]
  public var comparison: Comparison
  /// How worth checking the group is; higher first.
  public var score: Double
  /// The differences the figures show and what may explain them, most likely first.
  public var reasons: [ScanReason] = []
  /// The words and names the figures' sentences share: why the scan paired them.
  public var evidence: [String] = []

  /// "S3"
  public var label: String { "S\(rank)" }

  /// The explanations of the comparison, as one sentence.
  public var explanation: String {
    var parts: [String] = []
    switch comparison.assessment {
    case .agree: parts.append("the figures agree")
    case .consistent: parts.append("the figures differ but can all be true")
    case .differ: parts.append("the figures differ")
    case .incomparable: parts.append("the figures cannot be compared as they stand")
    }
    parts += comparison.explanations.map(\.description)
    return parts.joined(separator: "; ")
  }
}
