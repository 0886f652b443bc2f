/// Which table of ECB reference rates conversions fall back on after the session's own rates.
public enum ReferenceRates: Sendable {
  /// None: only the session's rates (tests of the session's rates; a session that wants none).
  case none
  /// The table built into CrossCheck, read the first time a conversion needs it.
  case builtIn
  /// A table read at run time (`rates update`).
  case table(ECBRateTable)

  /// The table, read now if it has not been yet.
  public var table: ECBRateTable? {
    switch self {
    case .none: return nil
    case .builtIn: return ECBRateTable.builtIn
    case .table(let table): return table
    }
  }
}
