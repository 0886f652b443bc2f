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
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
  }
}
