/// What a comparison concludes about its figures.
public enum Assessment: String, Codable, Sendable {
  /// The same value, once normalized.
  case agree
  /// Different values or intervals that overlap: both can be true.
  case consistent
  /// Intervals that do not overlap: at least one claim is off, or they measure different things.
  case differ
  /// Not comparable as they stand (different kinds of figure, no exchange rate).
  case incomparable
}
