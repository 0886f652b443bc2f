/// Why the ECB's table has no rate for a currency on a day. Never papered over with a guess.
public enum RateUnavailability: Error, Equatable, Sendable, CustomStringConvertible {
  /// No table of reference rates to ask, and the session has no rate.
  case notRecorded
  /// The ECB never published a reference rate for it (UAH, NGN, …).
  case neverQuoted(currency: String)
  /// The ECB stopped quoting it after `last` (RUB after 2022-03-01, currencies that joined the
  /// euro).
  case stoppedQuoting(currency: String, last: String)
  /// The ECB's quotes for it start on `first` (after the day asked for).
  case notYetQuoted(currency: String, first: String)
  /// The ECB published no rate for it for more than a week before `day`.
  case gap(currency: String, last: String, day: String)
  /// The day is before the ECB's first reference rates.
  case beforeTable(first: String)
  /// The day is after the table's last row.
  case afterTable(last: String)

  public var description: String {
    switch self {
    case .notRecorded:
      return "no rate was recorded"
    case .neverQuoted(let currency):
      return "the ECB publishes no reference rate for \(currency)"
    case .stoppedQuoting(let currency, let last):
      return "the ECB stopped quoting \(currency) after \(last)"
    case .notYetQuoted(let currency, let first):
      return "the ECB's reference rates for \(currency) start on \(first)"
    case .gap(let currency, let last, let day):
      return
        "the ECB published no \(currency) rate between \(last) and \(day)"
    case .beforeTable(let first):
      return "the ECB's reference rates start on \(first)"
    case .afterTable(let last):
      return
        "the built-in table ends \(last); run scripts/update-rates or 'rates update', or add a rate"
    }
  }
}
