import Foundation

/// The exchange rates a session knows, entered by the analyst or imported. Conversions use the
/// rate nearest on or before the article's date, and say which one they used; no rate is ever
/// invented.
public struct RateTable: Codable, Equatable, Sendable {
  public private(set) var rates: [ExchangeRate] = []

  public init(rates: [ExchangeRate] = []) {
    for rate in rates { add(rate) }
  }

  /// Adds a rate, replacing one for the same pair and day (or the same pair's standing rate).
  public mutating func add(_ rate: ExchangeRate) {
    rates.removeAll { $0.base == rate.base && $0.quote == rate.quote && $0.date == rate.date }
    let index = rates.firstIndex { RateTable.order($0) > RateTable.order(rate) }
    rates.insert(rate, at: index ?? rates.endIndex)
  }

  public mutating func add(contentsOf newRates: [ExchangeRate]) {
    var merged = Dictionary(grouping: rates) { RateTable.key($0) }.mapValues { $0[0] }
    for rate in newRates { merged[RateTable.key(rate)] = rate }
    rates = merged.values.sorted { RateTable.order($0) < RateTable.order($1) }
  }

  /// Pair, then day; a standing rate (no day) before every dated one.
  static func order(_ rate: ExchangeRate) -> (String, String, String) {
    (rate.base, rate.quote, rate.date ?? "")
  }

  private static func key(_ rate: ExchangeRate) -> String {
    "\(rate.base)/\(rate.quote)/\(rate.date ?? "standing")"
  }

  /// Whether any rate names `currency`.
  func mentions(_ currency: String) -> Bool {
    rates.contains { $0.base == currency || $0.quote == currency }
  }

  /// The latest rate for `base`→`quote` dated on or before `day` (any date when `day` is nil);
  /// a standing rate applies on every day but yields to a dated one that does.
  func latest(_ base: String, _ quote: String, onOrBefore day: String?) -> ExchangeRate? {
    rates.last {
      $0.base == base && $0.quote == quote && (day == nil || $0.date == nil || $0.date! <= day!)
    }
  }

  /// Converts from one currency to another as of `day`: a direct rate, an inverse one, or a
  /// cross rate through a common base (ECB rates are all euro-based). Nil when no rate on or
  /// before that day connects the two.
  public func conversion(from: String, to: String, on day: String?) -> CurrencyConversion? {
    let from = from.uppercased()
    let to = to.uppercased()
    if from == to { return CurrencyConversion(from: from, to: to, factor: 1, rates: []) }
    var options: [CurrencyConversion] = []
    if let direct = latest(from, to, onOrBefore: day) {
      options.append(CurrencyConversion(from: from, to: to, factor: direct.rate, rates: [direct]))
    }
    if let inverse = latest(to, from, onOrBefore: day), inverse.rate != 0 {
      options.append(
        CurrencyConversion(from: from, to: to, factor: 1 / inverse.rate, rates: [inverse]))
    }
    let bases = Set(rates.map(\.base))
    for base in bases.sorted() where base != from && base != to {
      if let toFrom = latest(base, from, onOrBefore: day),
        let toTo = latest(base, to, onOrBefore: day),
        toFrom.rate != 0
      {
        options.append(
          CurrencyConversion(
            from: from, to: to, factor: toTo.rate / toFrom.rate, rates: [toFrom, toTo]))
      }
    }
    // The freshest evidence wins: the conversion whose oldest rate is the most recent.
    return options.max { lhs, rhs in
      (lhs.oldestDate, -lhs.rates.count) < (rhs.oldestDate, -rhs.rates.count)
    }
  }
}
