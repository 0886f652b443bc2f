import Foundation

/// How an amount was converted from one currency to another: the factor and the rates used.
public struct CurrencyConversion: Equatable, Sendable {
  public var from: String
  public var to: String
  /// Multiply an amount in `from` by this to get `to`.
  public var factor: Decimal
  /// The rates behind the factor (one, or two through a common base such as EUR).
  public var rates: [ExchangeRate]
  /// Rates that could have been used and were not, each with the reason.
  public var setAside: [SetAsideRate] = []

  public init(
    from: String, to: String, factor: Decimal, rates: [ExchangeRate], setAside: [SetAsideRate] = []
  ) {
    self.from = from
    self.to = to
    self.factor = factor
    self.rates = rates
    self.setAside = setAside
  }

  /// The day of the oldest rate used ("" when a standing rate is among them), for choosing the
  /// freshest evidence.
  var oldestDate: String { rates.map { $0.date ?? "" }.min() ?? "" }

  /// Whether every rate used is a standing one (the analyst's `rate` without `--date`).
  var isStanding: Bool { !rates.isEmpty && rates.allSatisfy { $0.date == nil } }

  /// "1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"; a cross rate gives the rate it makes
  /// and both legs; rates set aside follow with the reason.
  public var description: String {
    var text = rates.map(\.description).joined(separator: "; ")
    if rates.count == 2 {
      let common = Set([rates[0].base, rates[0].quote]).intersection([
        rates[1].base, rates[1].quote,
      ])
      let crossed = DecimalText.rounded(factor, places: 6)
      text =
        "1 \(from) = \(crossed) \(to), crossed through \(common.sorted().joined()): " + text
    }
    for rate in setAside { text += "; " + rate.description }
    return text
  }
}

/// A rate a conversion did not use, and why: the analyst's rates win over the ECB's for their
/// days, and a standing rate on every day; a later ECB rate wins over an older analyst's rate.
public struct SetAsideRate: Equatable, Sendable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    /// The analyst's rate of the same day or later (or a standing one) was used instead.
    case analystRateTakesPrecedence
    /// The ECB's reference rate is more recent than the analyst's, so it was used instead.
    case referenceRateIsMoreRecent(day: String)
    /// The analyst's rate is dated after the article's day, so it cannot apply to it.
    case datedAfter(day: String)
  }

  public var rate: ExchangeRate
  public var reason: Reason

  public init(rate: ExchangeRate, reason: Reason) {
    self.rate = rate
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .analystRateTakesPrecedence:
      return "not used: \(rate.description), because the analyst's rate takes precedence"
    case .datedAfter(let day):
      return "not used: \(rate.description), because it is dated after the article (\(day))"
    case .referenceRateIsMoreRecent(let day):
      return
        "not used: \(rate.description), because the ECB reference rate of \(day) is more recent"
    }
  }
}
