import Foundation

/// One dated exchange rate: 1 `base` = `rate` `quote` on `date`, and who said so.
public struct ExchangeRate: Codable, Equatable, Sendable {
  public var base: String
  public var quote: String
  public var rate: Decimal
  /// ISO 8601 day, `2025-12-03`; nil for a standing rate, which applies on every day (the
  /// analyst's `rate` without `--date`).
  public var date: String?
  /// Where the rate comes from ("ECB reference rate", "entered by the analyst").
  public var source: String

  public init(base: String, quote: String, rate: Decimal, date: String?, source: String) {
    self.base = base.uppercased()
    self.quote = quote.uppercased()
    self.rate = rate
    self.date = date
    self.source = source
  }

  /// "1 EUR = 1.16 USD (ECB reference rate, 2025-12-03)", "(…, standing rate)", or "1 GBP = 100
  /// GBX (fixed)".
  public var description: String {
    if source == FixedCurrencyRates.sourceName { return "1 \(base) = \(rate) \(quote) (fixed)" }
    return "1 \(base) = \(rate) \(quote) (\(source), \(date ?? "standing rate"))"
  }

  /// Whether this rate comes from the ECB's reference rates (built in, imported or pinned).
  public var isECBReferenceRate: Bool { source == ECBRateTable.sourceName }

  /// Whether `text` is an ISO 8601 day (YYYY-MM-DD).
  public static func isDay(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return CalendarDays.isDay(year: year, month: month, day: day)
  }
}
