import Foundation

/// The exchange rates the loaded articles give themselves. "500,000 shillings ($3,860)" and
/// "€1.6bn ($1.86bn)" state one amount in two currencies, so on the article's date the writer
/// used 1 USD = 129.53 KES; that is a dated rate with a source, the article, and the only one
/// there is for a currency the ECB does not quote (the shilling, the naira) or a day after the
/// reference table ends. A conversion uses such a rate only when neither the session nor the
/// reference table has one (``RateSources``), and names the article it comes from.
public enum CitedRates {
  /// The start of a cited rate's source: "cited in bank-wire".
  public static let sourcePrefix = "cited in "
  /// How many days either side of the article that cites it a rate is used for.
  public static let reachDays = 31
  /// How many code points may stand between an amount and its conversion's opening bracket
  /// ("$3,860", " (about $3,900)").
  static let gapLimit = 12

  /// The rates cited by `sources`, each dated its article's date (an undated article's are
  /// left out: a rate with no day would apply on every day).
  public static func table(in sources: [Source]) -> RateTable {
    var rates: [ExchangeRate] = []
    for source in sources {
      guard let date = source.metadata.date, ExchangeRate.isDay(date) else { continue }
      rates += self.rates(in: source, date: date)
    }
    return RateTable(rates: rates)
  }

  /// The conversions in one article: an amount followed by another currency's amount in
  /// brackets, both single positive values.
  static func rates(in source: Source, date: String) -> [ExchangeRate] {
    var rates: [ExchangeRate] = []
    let figures = source.figures
    for index in figures.indices.dropLast() {
      let (amount, converted) = (figures[index], figures[index + 1])
      // The cheap tests first: most figures are no amount followed closely by another.
      guard amount.kind == .money, converted.kind == .money,
        converted.start - amount.end <= gapLimit, converted.start > amount.end,
        let from = amount.unit, let to = converted.unit, from != to,
        // A fixed subunit ("50p (£0.50)") states no rate.
        FixedCurrencyRates.rate(of: from) == nil, FixedCurrencyRates.rate(of: to) == nil,
        let value = amount.value, let convertedValue = converted.value,
        value > 0, convertedValue > 0,
        isBracketed(from: amount.end, through: converted, in: source)
      else { continue }
      rates.append(
        ExchangeRate(
          base: to, quote: from, rate: rounded(value / convertedValue), date: date,
          source: sourcePrefix + source.id.rawValue))
    }
    return rates
  }

  /// How many significant digits a cited rate keeps: the amounts it comes from are rounded
  /// already, and "1 USD = 129.534 KES" reads as a rate; 34 digits of a quotient do not.
  static let significantDigits = 6

  /// `rate` to ``significantDigits`` significant digits.
  static func rounded(_ rate: Decimal) -> Decimal {
    let magnitude = Int((log10(NSDecimalNumber(decimal: rate).doubleValue)).rounded(.down)) + 1
    var value = rate
    var result = Decimal()
    NSDecimalRound(&result, &value, significantDigits - magnitude, .plain)
    return result
  }

  /// Whether the text between the amount's end and the converted amount is an opening bracket
  /// (with spaces, and at most a hedge such as "about" or "or"), and a closing bracket follows
  /// the converted amount.
  private static func isBracketed(from end: Int, through converted: Figure, in source: Source)
    -> Bool
  {
    let between = source.text(from: end, to: converted.start)
    guard let open = between.firstIndex(of: "("),
      between[..<open].allSatisfy(\.isWhitespace),
      between[between.index(after: open)...].allSatisfy({ $0.isLetter || $0.isWhitespace })
    else { return false }
    let after = source.text(from: converted.end, to: converted.end + 3)
    return after.drop(while: \.isWhitespace).first == ")"
  }

  /// The rate of `sources` between `from` and `to` (either way round) dated nearest `day`
  /// within ``reachDays`` (the latest when `day` is nil), as a conversion from `from` to `to`.
  static func conversion(from: String, to: String, on day: String?, in table: RateTable)
    -> CurrencyConversion?
  {
    var best: (distance: Int, conversion: CurrencyConversion)?
    for rate in table.rates
    where ((rate.base == from && rate.quote == to) || (rate.base == to && rate.quote == from))
      && rate.rate != 0
    {
      guard let date = rate.date else { continue }
      let distance: Int
      if let day {
        distance = abs(CalendarDay.daysBetween(date, and: day))
        guard distance <= reachDays else { continue }
      } else {
        // No day asked for: the latest rate wins, so a later day is a smaller distance.
        distance = -CalendarDay.daysBetween("2000-01-01", and: date)
      }
      guard best.map({ distance < $0.distance }) ?? true else { continue }
      let factor = rate.base == from ? rate.rate : 1 / rate.rate
      best = (distance, CurrencyConversion(from: from, to: to, factor: factor, rates: [rate]))
    }
    return best?.conversion
  }
}

extension ExchangeRate {
  /// Whether this rate is one a loaded article gave (``CitedRates``).
  public var isCited: Bool { source.hasPrefix(CitedRates.sourcePrefix) }
}
