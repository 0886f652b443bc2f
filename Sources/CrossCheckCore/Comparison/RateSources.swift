import Foundation

/// The rates a conversion may use: the session's own (the analyst's, imported, and ECB rates
/// pinned when a discrepancy was recorded) and the ECB's reference table.
///
/// Every currency is reached through the euro, as the ECB does (USD→GBP = GBP/EUR ÷ USD/EUR),
/// each leg at the rate of the day or the last business day before it. For each leg the
/// analyst's rate wins when it is a standing rate or dated on or after the ECB's; otherwise the
/// ECB's, being more recent. Whatever was not used is named with the reason. No rate is invented.
public struct RateSources: Sendable {
  public var session: RateTable
  public var reference: ReferenceRates
  /// The rates the loaded articles give (``CitedRates``): used only where neither the session
  /// nor the table has a rate.
  public var cited: RateTable

  public init(session: RateTable, reference: ReferenceRates, cited: RateTable = RateTable()) {
    self.session = session
    self.reference = reference
    self.cited = cited
  }

  /// The conversion from `from` to `to` for an article of `day` (nil: the latest rates), or why
  /// there is none (nil reason: no table to ask, and the session has no rate). Where neither
  /// the session nor the table has a rate, one an article cites within a month of `day` is
  /// used: between the two currencies, or between one of them and a currency the others reach.
  public func conversion(from: String, to: String, on day: String?) -> Result<
    CurrencyConversion, RateUnavailability
  > {
    let recorded = recordedConversion(from: from.uppercased(), to: to.uppercased(), on: day)
    guard case .failure = recorded, !cited.rates.isEmpty else { return recorded }
    return citedConversion(from: from.uppercased(), to: to.uppercased(), on: day).map {
      .success($0)
    } ?? recorded
  }

  /// A conversion through a cited rate: the two currencies' own, or one of them cited against
  /// a third that the session or the table converts to the other.
  private func citedConversion(from: String, to: String, on day: String?) -> CurrencyConversion? {
    if let direct = CitedRates.conversion(from: from, to: to, on: day, in: cited) {
      return direct
    }
    // Each cited rate that names one of the two offers the other currency it names as a third.
    for rate in cited.rates {
      for (end, third) in [(rate.base, rate.quote), (rate.quote, rate.base)]
      where end == from || end == to {
        if end == from, third != to,
          let first = CitedRates.conversion(from: from, to: third, on: day, in: cited),
          case .success(let second) = recordedConversion(from: third, to: to, on: day)
        {
          return CurrencyConversion(
            from: from, to: to, factor: first.factor * second.factor,
            rates: first.rates + second.rates)
        }
        if end == to, third != from,
          case .success(let first) = recordedConversion(from: from, to: third, on: day),
          let second = CitedRates.conversion(from: third, to: to, on: day, in: cited)
        {
          return CurrencyConversion(
            from: from, to: to, factor: first.factor * second.factor,
            rates: first.rates + second.rates)
        }
      }
    }
    return nil
  }

  /// The conversion by the session's rates and the reference table alone.
  private func recordedConversion(from: String, to: String, on day: String?) -> Result<
    CurrencyConversion, RateUnavailability
  > {
    if from == to { return .success(CurrencyConversion(from: from, to: to, factor: 1, rates: [])) }
    // A currency fixed to another (pence, the franc) goes through that one, unless the analyst
    // gave a rate of their own for it.
    if let fixed = FixedCurrencyRates.rate(of: from), !session.mentions(from) {
      return recordedConversion(from: fixed.base, to: to, on: day).map {
        CurrencyConversion(
          from: from, to: to, factor: $0.factor / fixed.rate, rates: [fixed] + $0.rates,
          setAside: $0.setAside)
      }
    }
    if let fixed = FixedCurrencyRates.rate(of: to), !session.mentions(to) {
      return recordedConversion(from: from, to: fixed.base, on: day).map {
        CurrencyConversion(
          from: from, to: to, factor: $0.factor * fixed.rate, rates: $0.rates + [fixed],
          setAside: $0.setAside)
      }
    }
    let recorded = session.conversion(from: from, to: to, on: day)
    guard let table = reference.table else {
      return recorded.map { .success($0) } ?? .failure(.notRecorded)
    }
    let throughEuro: Result<CurrencyConversion, RateUnavailability>
    switch (leg(from, on: day, table: table), leg(to, on: day, table: table)) {
    case (.failure(let reason), _), (_, .failure(let reason)):
      throughEuro = .failure(reason)
    case (.success(let source), .success(let target)):
      throughEuro = .success(
        CurrencyConversion(
          from: from, to: to, factor: target.eurosTo / source.eurosTo,
          rates: [source.rate, target.rate].compactMap { $0 },
          setAside: source.setAside + target.setAside))
    }
    // The session's own path (a direct rate between two other currencies, or a cross through
    // another base) competes with the euro path on freshness; euro-based session rates were
    // already weighed leg by leg.
    guard let recorded, !recorded.rates.allSatisfy({ $0.base == "EUR" || $0.quote == "EUR" })
    else { return throughEuro }
    guard case .success(let euro) = throughEuro else { return .success(recorded) }
    if recorded.isStanding || recorded.oldestDate >= euro.oldestDate {
      var chosen = recorded
      chosen.setAside = euro.rates.filter(\.isECBReferenceRate).map {
        SetAsideRate(rate: $0, reason: .analystRateTakesPrecedence)
      }
      return .success(chosen)
    }
    var chosen = euro
    chosen.setAside += recorded.rates.filter { !$0.isECBReferenceRate }.map {
      SetAsideRate(rate: $0, reason: .referenceRateIsMoreRecent(day: euro.oldestDate))
    }
    return .success(chosen)
  }

  /// One leg: how many of `currency` 1 EUR buys, with the rate it comes from (none for the euro
  /// itself) and the rate it set aside.
  private struct Leg {
    var eurosTo: Decimal
    var rate: ExchangeRate?
    var setAside: [SetAsideRate] = []
  }

  private func leg(_ currency: String, on day: String?, table: ECBRateTable) -> Result<
    Leg, RateUnavailability
  > {
    if currency == "EUR" { return .success(Leg(eurosTo: 1, rate: nil)) }
    var analyst: Leg?
    if let direct = session.latest("EUR", currency, onOrBefore: day) {
      analyst = Leg(eurosTo: direct.rate, rate: direct)
    }
    if let inverse = session.latest(currency, "EUR", onOrBefore: day), inverse.rate != 0,
      analyst.map({ ($0.rate?.date ?? "") < (inverse.date ?? "") }) ?? true
    {
      analyst = Leg(eurosTo: 1 / inverse.rate, rate: inverse)
    }
    switch table.rate(of: currency, on: day) {
    case .failure(let reason):
      return analyst.map { .success($0) } ?? .failure(reason)
    case .success(let ecb):
      var ecbLeg = Leg(eurosTo: ecb.rate, rate: ecb)
      guard var analyst, let chosen = analyst.rate else {
        // The analyst's rate dated after the article is named, not silently skipped.
        if let day,
          let later = session.rates.first(where: {
            !$0.isECBReferenceRate && Set([$0.base, $0.quote]) == ["EUR", currency]
              && ($0.date ?? "") > day
          })
        {
          ecbLeg.setAside = [SetAsideRate(rate: later, reason: .datedAfter(day: day))]
        }
        return .success(ecbLeg)
      }
      if chosen.date == nil || chosen.date! >= ecb.date! {
        // The same ECB rate pinned in the session is no rival worth naming.
        if chosen.rate != ecb.rate || chosen.date != ecb.date {
          analyst.setAside = [SetAsideRate(rate: ecb, reason: .analystRateTakesPrecedence)]
        }
        return .success(analyst)
      }
      var leg = ecbLeg
      if !chosen.isECBReferenceRate {
        leg.setAside = [
          SetAsideRate(rate: chosen, reason: .referenceRateIsMoreRecent(day: ecb.date!))
        ]
      }
      return .success(leg)
    }
  }
}
