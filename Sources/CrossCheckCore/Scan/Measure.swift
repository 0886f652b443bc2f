import Foundation

/// What a figure's number measures, once normalized: the scan compares only figures of one
/// dimension, and their values only in its base unit.
enum MeasureDimension: String, Sendable, Hashable, CaseIterable {
  case money, count, share, duration, tally, length, area, mass, volume, temperature, magnitude,
    speed, energy, power, data
  case dataRate = "data_rate"
}

/// A figure reduced to what it measures: dimension, a value in the dimension's base unit (when
/// it can be normalized), the unit as written (its family), and how it was hedged.
struct Measure: Sendable {
  var dimension: MeasureDimension
  /// Center of the figure's interval in the base unit; nil when not normalizable (money with
  /// no rate, a tally).
  var magnitude: Double?
  /// The written unit's family: a currency code, "percent"/"percentage_point"/"basis_point",
  /// "km"/"mile", "degC"/"degF", a time unit, or the counted noun.
  var unitFamily: String?
  /// For money: the currency the magnitude is in.
  var currency: String?
  /// For money: the magnitude in `baseCurrency`, when a rate converts it.
  var baseMagnitude: Double?
  /// "degrees" with no scale: the magnitude is in the written number, scale unknown.
  var temperatureScaleUnknown = false
  /// An ordinal ("third") rather than a count.
  var isOrdinal = false
  /// An ordinal that is a place in a ranking ("finished third", "is second on 31%"), not the
  /// number of an occurrence ("his third run"): set by the scan, which reads the next word.
  var isRank = false
  /// For a share: whether it is a change ("fell 7.2%", "a 12% rise") or the level a thing
  /// stands at or reached ("to 6.5%", "at 4%"): set by the scan, which reads the words beside it.
  var shareRole: ShareRole = .unknown

  enum ShareRole: UInt8, Sendable {
    case unknown, change, level
  }

  /// For a count: the side of a vote's tally it gives ("by 31 votes to 4"), set by the scan
  /// (``TallySide``).
  var tallySide: TallySide = .none
  /// Several holders' figure taken together ("the three candidates together won 45%"), set
  /// by the scan (``JointFigure``).
  var isJoint = false
  /// For a share: how far a count or process had got when the figure was read ("with 92.3% of
  /// polling stations counted"), set by the scan (``ProgressReading``).
  var isProgress = false
  /// A requirement, threshold or rule rather than a measurement ("a qualified majority requires
  /// 55%"), or a record the sentence says was passed ("breaking the record of 2:10:23"), set by
  /// the scan (``NormFigure``, ``PriorRecord``).
  var isNorm = false
  /// Governed by a verb of winning ("won 61 seats"): a holder's part of some whole, set by the
  /// scan.
  var isGain = false
  /// A person's age ("Bankman-Fried, 32,", "the 77-year-old"), set by the scan (``PersonAge``).
  var isAge = false
  /// Counts those still waiting ("101 are yet to be identified"), set by the scan
  /// (``RemainderCount``).
  var isRemainder = false
  /// Counts only the worst-hit part ("740 were in a serious condition"), set by the scan
  /// (``SeverityPart``).
  var isSevere = false
  /// The statistic its subject or clause names ("average", "median"), set by the scan
  /// (``SummaryStatistic``).
  var statistic: SummaryStatistic = .none

  /// A share written as a simple fraction ("one in three", "two-thirds"): a rounding in
  /// itself, as wide as its ``quantum``.
  var isWordFraction = false
  /// A count of the divisions of a document or plan ("four parts", "19 points", "12
  /// chapters"): its noun is a unit of structure (``DocumentStructure``).
  var countsDivisions = false
  /// The figure carries a hedge, a bound or a range.
  var isHedged = false
  /// A count in `times`, of occurrences or a factor, and whether a factor ("doubled")
  /// (``TimesCount``).
  var isTimes = false
  var isFactor = false
  /// Significant digits as written (200 → 1, 185 → 3); a round figure has few.
  var significantDigits: Int
  /// The place of the last significant digit as written (2,300 → 100; 50.4 → 0.1), in the
  /// unit of `magnitude` (or of `baseMagnitude` for money): a figure rounded to its place
  /// stands for any value within half of it.
  var quantum: Double = 0

  /// The currency every amount is brought to when a rate allows it.
  static let baseCurrency = "EUR"

  /// The measure of a figure, or nil for figures the scan ignores (dates, clock times, and
  /// anything without a number). Kinds are read by name, so kinds added later (`quantity`) are
  /// measured by their unit.
  static func of(
    _ figure: Figure, date: String?, rates: RateSources, cache: ConversionCache? = nil
  ) -> Measure? {
    let kind = figure.kind.rawValue
    guard !ScanVocabulary.ignoredKinds.contains(kind) else { return nil }
    // Each Decimal becomes a Double once: the conversion goes through NSDecimalNumber.
    let value = figure.value?.doubleValue
    let low = value == nil ? figure.low?.doubleValue : nil
    let high = value == nil ? figure.high?.doubleValue : nil
    guard let center = Measure.center(value: value, low: low, high: high) else {
      if kind == "tally", let parts = figure.components, !parts.isEmpty {
        return Measure(
          dimension: .tally, magnitude: parts.map(\.doubleValue).reduce(0, +),
          unitFamily: "\(parts.count)", significantDigits: Int.max)
      }
      return nil
    }
    let written = value ?? low ?? high
    let place = written.map { Measure.place(of: abs($0)) } ?? 0
    let digits = written.map { Measure.digits(of: abs($0), place: place) } ?? Int.max
    var measure = Measure(
      dimension: .count, magnitude: center, unitFamily: figure.unit?.lowercased(),
      isHedged: figure.qualifier != nil || figure.value == nil, significantDigits: digits,
      quantum: place)
    let unit = figure.unit ?? ""
    // A simple fraction's rounding step, in percent, when the figure is one.
    var wordFraction: Double?
    switch kind {
    case "money":
      measure.dimension = .money
      measure.currency = unit.uppercased()
      measure.unitFamily = unit.uppercased()
      if let factor = cache?.factor(from: unit, on: date, rates: rates)
        ?? ConversionCache.factor(from: unit, on: date, rates: rates)
      {
        measure.baseMagnitude = center * factor
      }
    case "percent":
      measure.dimension = .share
      measure.unitFamily = unit.isEmpty ? "percent" : unit
      if unit == "basis_point" { measure.magnitude = center / 100 }
    case "duration":
      measure.dimension = .duration
      if let hours = Comparator.hours[unit] { measure.magnitude = center * hours.doubleValue }
    case "ordinal":
      // "The fourth quarter", "the first half": a period of the calendar, named as a date is.
      if ScanVocabulary.calendarDivisions.contains(unit.lowercased()) { return nil }
      measure.isOrdinal = true
    default:
      if unit == "fraction" || (center > 0 && center < 1 && kind == "count") {
        // "one in five", "just over half": a count below one is a share of a whole.
        measure.dimension = .share
        measure.magnitude = center * 100
        wordFraction = Measure.fractionQuantum(of: center)
        measure.isWordFraction = wordFraction != nil
      } else if let share = ScanVocabulary.shareUnits[unit.lowercased()] {
        measure.dimension = .share
        measure.unitFamily = share
        if share == "basis_point" { measure.magnitude = center / 100 }
      } else if let physical = ScanVocabulary.physicalUnits[unit]
        ?? ScanVocabulary.physicalUnits[unit.lowercased()]
      {
        measure.dimension = physical.dimension
        measure.unitFamily = physical.family
        measure.magnitude = center * physical.factor + physical.offset
      } else if ScanVocabulary.bareDegrees.contains(unit.lowercased()) {
        measure.dimension = .temperature
        measure.unitFamily = "degrees"
        measure.temperatureScaleUnknown = true
      } else if kind == "count", unit.isEmpty, let value, value > 1, value != value.rounded() {
        // "Upgraded to 6.9": things are counted whole, so a bare decimal is a reading on a
        // scale (a magnitude, an index), never a count of anything.
        measure.dimension = .magnitude
        measure.unitFamily = nil
      }
    }
    if measure.dimension == .count, !measure.isOrdinal, !unit.isEmpty {
      (measure.isTimes, measure.isFactor) = TimesCount.reading(figure)
      measure.countsDivisions = ScanVocabulary.documentDivisions[unit.lowercased()] != nil
    }
    // The place scales with the value into the unit the magnitudes are compared in.
    if let wordFraction {
      measure.quantum = wordFraction
    } else if center != 0 {
      if let base = measure.baseMagnitude {
        measure.quantum = place * abs(base / center)
      } else if let magnitude = measure.magnitude, measure.dimension != .temperature {
        measure.quantum = place * abs(magnitude / center)
      } else if measure.dimension == .temperature, unit == "degF" {
        measure.quantum = place * 5 / 9
      }
    }
    return measure
  }

  /// The power of ten of a number's last significant digit (2300 → 100, 50.4 → 0.1, 0 → 0),
  /// read from the binary value rather than its text: whole tens first, then decimals.
  static func place(of value: Double) -> Double {
    guard value.isFinite, value > 0 else { return 0 }
    var place = 1.0
    if value.rounded() == value {
      while place < 1e15, (value / (place * 10)).rounded() * place * 10 == value { place *= 10 }
      return place
    }
    while place > 1e-9 {
      place /= 10
      let scaled = value / place
      if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return place }
    }
    return place
  }

  /// The rounding step of a share written as a simple fraction ("one in three",
  /// "two-thirds"), in percent: such a fraction is the nearest of its kind to the share it
  /// stands for, so it covers values up to halfway to the next fraction with the next
  /// denominator, 1/(n(n+1)) apart ("one in three" is said of anything from about 29% to
  /// 38%). Nil when the value has no denominator up to twelve.
  static func fractionQuantum(of share: Double) -> Double? {
    guard share > 0, share < 1 else { return nil }
    for denominator in 2...12 {
      let scaled = share * Double(denominator)
      if abs(scaled - scaled.rounded()) < 1e-6 {
        return 100 / Double(denominator * (denominator + 1))
      }
    }
    return nil
  }

  /// Significant digits of a number whose last one is at `place`.
  static func digits(of value: Double, place: Double) -> Int {
    guard value > 0, place > 0 else { return 1 }
    return max(1, Int((log10(value / place) + 1e-9).rounded(.down)) + 1)
  }

  /// The value, or the middle of a range, or the one side of a bound.
  static func center(value: Double?, low: Double?, high: Double?) -> Double? {
    if let value { return value }
    switch (low, high) {
    case (let low?, let high?): return (low + high) / 2
    case (let low?, nil): return low
    case (nil, let high?): return high
    default: return nil
    }
  }

  /// The larger of two figures' rounding places (``quantum``) in the unit
  /// ``magnitudes(_:_:)`` compares them in: amounts in one currency are compared as written,
  /// while an amount's quantum is kept in the base currency.
  static func roundingPlace(_ a: Measure, _ b: Measure) -> Double {
    guard a.dimension == .money, a.currency == b.currency else {
      return max(a.quantum, b.quantum)
    }
    return max(a.writtenQuantum, b.writtenQuantum)
  }

  /// Whether two magnitudes (of `a` and `b`, in the unit ``magnitudes(_:_:)`` gives) lie
  /// within half the larger rounding place of each other: one may be the other rounded to its
  /// last significant digit ("€352,000" for €352,400; "2,300" for 2,316).
  static func areWithinRounding(_ a: Measure, _ b: Measure, _ x: Double, _ y: Double) -> Bool {
    abs(x - y) <= roundingPlace(a, b) / 2 * (1 + 1e-9)
  }

  /// The quantum in the unit the figure is written in (an amount's own currency).
  var writtenQuantum: Double {
    guard dimension == .money, let base = baseMagnitude, base != 0, let magnitude else {
      return quantum
    }
    return quantum * abs(magnitude / base)
  }

  /// The two magnitudes in one unit, or nil when they cannot be (amounts in two currencies
  /// with no rate). A bare "degrees" is read as Celsius or Fahrenheit, whichever lands nearer
  /// the other temperature.
  static func magnitudes(_ a: Measure, _ b: Measure) -> (Double, Double)? {
    if a.dimension == .money, a.currency != b.currency {
      if let fixed = fixedMagnitudes(a, b) { return fixed }
      guard let x = a.baseMagnitude, let y = b.baseMagnitude else { return nil }
      return (x, y)
    }
    guard var x = a.magnitude, var y = b.magnitude else { return nil }
    if a.temperatureScaleUnknown && !b.temperatureScaleUnknown { x = nearer(x, to: y) }
    if b.temperatureScaleUnknown && !a.temperatureScaleUnknown { y = nearer(y, to: x) }
    return (x, y)
  }

  /// Pence against pounds, marks against euros: a currency fixed to the other's is compared in
  /// the other's, exactly, not through each article's day's euro rates (which differ by a day).
  private static func fixedMagnitudes(_ a: Measure, _ b: Measure) -> (Double, Double)? {
    guard let x = a.magnitude, let y = b.magnitude, let first = a.currency,
      let second = b.currency
    else { return nil }
    if let fixed = FixedCurrencyRates.definitions[first], fixed.main == second {
      return (x / fixed.count.doubleValue, y)
    }
    if let fixed = FixedCurrencyRates.definitions[second], fixed.main == first {
      return (x, y / fixed.count.doubleValue)
    }
    return nil
  }

  private static func nearer(_ degrees: Double, to target: Double) -> Double {
    let fahrenheit = (degrees - 32) * 5 / 9
    return abs(fahrenheit - target) < abs(degrees - target) ? fahrenheit : degrees
  }

  /// Whether two measures could be the same thing: same dimension, and counted nouns or units
  /// that do not rule it out.
  func isComparable(with other: Measure) -> Bool {
    guard dimension == other.dimension else { return false }
    if dimension == .tally { return unitFamily == other.unitFamily }
    return true
  }
}

extension Decimal {
  var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }
}

/// Conversion factors to the base currency already worked out in one scan: thousands of amounts
/// share a few currencies and dates.
final class ConversionCache {
  private var factors: [String: Double?] = [:]

  func factor(from unit: String, on date: String?, rates: RateSources) -> Double? {
    let key = unit + "|" + (date ?? "")
    if let known = factors[key] { return known }
    let factor = ConversionCache.factor(from: unit, on: date, rates: rates)
    factors[key] = .some(factor)
    return factor
  }

  /// The factor at the rate of the article's day; failing that, at the latest rate known (a
  /// day after the ECB table's last, or a currency only an article cites). The scan uses it to
  /// tell plausible magnitudes apart, where a rate a few weeks old serves; a comparison shown to
  /// the user still names its dated rate, or says it has none.
  static func factor(from unit: String, on date: String?, rates: RateSources) -> Double? {
    if case .success(let conversion) = rates.conversion(
      from: unit, to: Measure.baseCurrency, on: date)
    {
      return conversion.factor.doubleValue
    }
    guard date != nil,
      case .success(let latest) = rates.conversion(from: unit, to: Measure.baseCurrency, on: nil)
    else { return nil }
    return latest.factor.doubleValue
  }
}
