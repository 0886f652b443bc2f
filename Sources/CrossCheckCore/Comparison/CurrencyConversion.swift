import Foundation

/// How an amount was converted from one currency to another: the factor and the rates used.
public struct CurrencyConversion: Equatable, Sendable {
  public var from: String
  public var to: String
  /// Multiply an amount in `from` by this to get `to`.
  public var factor: Decimal
  /// The rates behind the factor (one, or two through a common base such as EUR).
  public var rates: [ExchangeRate]

  /// "1 EUR = 1.16 USD (ECB reference rate, 2025-12-03)", or both legs of a cross rate.
  public var description: String {
    rates.map(\.description).joined(separator: "; ")
  }
}
