/// What is wrong with one value of a session file (see ``SessionValidator``).
public enum SessionValueProblem: Equatable, Sendable {
  /// An exchange rate that is zero or negative.
  case rateNotPositive
  /// A currency code that is not three letters.
  case currencyCode
  /// A day that is not YYYY-MM-DD.
  case day
  /// The approximation tolerance outside 0 ≤ t < 1.
  case tolerance
  /// A discrepancy number outside 1…``SessionValidator/maximumDiscrepancyNumber``.
  case numberOutOfRange
  /// A discrepancy number used twice.
  case duplicateNumber(Int)
  /// The next discrepancy number out of range.
  case nextNumber
  /// A verdict that is neither built in nor one of the session's own.
  case unknownVerdict(String)
  /// A figure position whose end is before its start, or negative.
  case position
  /// An address that is not an http or https one a reader could follow.
  case webAddress
}
