/// One candidate pair of a scan as numbers, for fitting and checking a learned pair score: the
/// two figures' places (source path, code point span) and the named parts of their score
/// (``PairFeatureRow/featureNames``), with the hand score they make.
public struct PairFeatureRow: Sendable {
  public struct Place: Sendable, Equatable {
    /// The source's path as loaded.
    public var path: String
    public var start: Int
    public var end: Int
  }

  public var first: Place
  public var second: Place
  /// The scan's hand-weighted sameness (before the threshold, groups and gates).
  public var sameness: Double
  /// The values of ``featureNames``, in order.
  public var features: [Double]

  /// The features' names: the score's additive parts, the log of each factor, each rule as 0
  /// or 1, the value relation and the dimension one-hot.
  public static var featureNames: [String] { PairParts.featureNames }
}
