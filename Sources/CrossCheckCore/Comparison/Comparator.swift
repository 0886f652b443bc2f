import Foundation

/// Normalizes figures to a common unit (scale, currency at dated rates, time units), compares them
/// as intervals, and offers explanations for differences. The first figure is the reference.
public struct Comparator: Sendable {
  /// The session's rates; they win over the reference table for their days.
  public var rates: RateTable
  /// The ECB's reference rates, used where the session has no rate as recent.
  public var reference: ReferenceRates
  /// How far "about" reaches, as a fraction: 0.1 is ±10%.
  public var tolerance: Decimal
  /// The rates the loaded articles give (``CitedRates``), used where no other rate is.
  public var cited: RateTable

  public init(
    rates: RateTable = RateTable(), reference: ReferenceRates = .builtIn,
    tolerance: Decimal = Decimal(string: "0.1")!, cited: RateTable = RateTable()
  ) {
    self.rates = rates
    self.reference = reference
    self.tolerance = tolerance
    self.cited = cited
  }

  /// Every rate source this comparator converts with.
  public var rateSources: RateSources {
    RateSources(session: rates, reference: reference, cited: cited)
  }

  /// Hours in each time unit, exactly (a month is 1/12 of a 365.25-day year, a quarter 1/4).
  static let hours: [String: Decimal] = [
    "millisecond": Decimal(1) / 3_600_000, "second": Decimal(1) / 3600, "minute": Decimal(1) / 60,
    "hour": 1, "day": 24, "week": 168,
    "fortnight": 336, "month": Decimal(string: "730.5")!,
    "quarter": Decimal(string: "2191.5")!, "year": Decimal(string: "8766")!,
    "decade": 87_660, "century": 876_600,
  ]

  /// Compares figures, each with its source's publication date. A figure whose id's source is
  /// `typed` was typed by the analyst rather than found in a source.
  public func compare(_ items: [(figure: Figure, sourceDate: String?)]) -> Comparison {
    guard let reference = items.first?.figure else {
      return Comparison(entries: [], assessment: .incomparable, explanations: [])
    }
    var explanations: [Explanation] = []
    var entries: [ComparedFigure] = []
    var comparable = true
    for (figure, date) in items {
      var entry = ComparedFigure(figure: figure, sourceDate: date)
      if let unitConversion = unitConversion(of: figure, to: reference) {
        entry.interval = Interval.of(figure, tolerance: tolerance).map(unitConversion.convert)
        entry.stated = Interval.of(figure, tolerance: 0).map(unitConversion.convert)
        // A factor only for a linear conversion (temperatures are affine readings).
        entry.factor =
          unitConversion.isLinear
          ? UnitTable.convert(1, from: unitConversion.from, to: unitConversion.to) : nil
        entry.unit = unitConversion.to
        entry.unitConversion = unitConversion
      } else if let (factor, unit, conversion) = normalization(
        of: figure, to: reference, on: date, explanations: &explanations)
      {
        entry.interval = Interval.of(figure, tolerance: tolerance)?.scaled(by: factor)
        entry.stated = Interval.of(figure, tolerance: 0)?.scaled(by: factor)
        entry.factor = factor
        entry.unit = unit
        entry.conversion = conversion
      } else {
        comparable = false
      }
      entries.append(entry)
    }
    let referenceCenter = entries[0].interval?.center
    let kinds = Set(entries.map(\.figure.kind))
    for index in entries.indices.dropFirst() where kinds != [.count, .ordinal] {
      guard let center = entries[index].interval?.center, let referenceCenter else { continue }
      entries[index].difference = center - referenceCenter
      if referenceCenter != 0 {
        entries[index].relativeDifference = (center - referenceCenter) / abs(referenceCenter) * 100
      }
    }
    explanations += explain(entries)
    return Comparison(
      entries: entries, assessment: assess(entries, comparable: comparable),
      explanations: unique(explanations))
  }

  /// The conversion that brings a quantity (or basis points) into the reference's unit of the
  /// same dimension: miles to km, °F to °C, basis points to percentage points.
  private func unitConversion(of figure: Figure, to reference: Figure) -> UnitConversion? {
    guard figure.kind == reference.kind, figure.kind == .quantity || figure.kind == .percent,
      let from = figure.unit, let to = reference.unit
    else { return nil }
    return UnitConversion(from: from, to: to)
  }

  /// The factor and unit that bring `figure` into `reference`'s unit, or nil (with the reason
  /// added to `explanations`).
  private func normalization(
    of figure: Figure, to reference: Figure, on date: String?, explanations: inout [Explanation]
  ) -> (Decimal, String?, CurrencyConversion?)? {
    switch (reference.kind, figure.kind) {
    case (.money, .money):
      guard let from = figure.unit, let to = reference.unit else { return (1, reference.unit, nil) }
      if from == to { return (1, to, nil) }
      let conversion: CurrencyConversion
      switch rateSources.conversion(
        from: from, to: to, on: date)
      {
      case .success(let found):
        conversion = found
      case .failure(let unavailability):
        let reason = unavailability == .notRecorded ? nil : unavailability
        // One explanation per currency pair and reason, naming the earliest date that lacks a
        // rate.
        let index = explanations.firstIndex {
          if case .noRate(from, to, _, reason) = $0 { return true }
          return false
        }
        if let index {
          if case .noRate(_, _, let day, _) = explanations[index], let day, let date, date < day {
            explanations[index] = .noRate(from: from, to: to, day: date, reason: reason)
          }
        } else {
          explanations.append(.noRate(from: from, to: to, day: date, reason: reason))
        }
        return nil
      }
      return (conversion.factor, to, conversion)
    case (.duration, .duration):
      guard let from = figure.unit.flatMap({ Comparator.hours[$0] }),
        let to = reference.unit.flatMap({ Comparator.hours[$0] })
      else { return (1, reference.unit, nil) }
      return (from / to, reference.unit, nil)
    case (.percent, .percent):
      if figure.unit != reference.unit {
        explanations.append(
          .differentUnits([reference.unit ?? "percent", figure.unit ?? "percent"]))
      }
      return (1, reference.unit, nil)
    case (.percent, .count) where figure.unit == "fraction" && reference.unit == "percent":
      // "one in three" against "30%": a fraction is a hundredth of its percentage.
      return (100, "percent", nil)
    case (.count, .percent) where reference.unit == "fraction" && figure.unit == "percent":
      return (Decimal(1) / 100, "fraction", nil)
    case (.quantity, .quantity):
      // Convertible units were handled before; the same unit needs nothing, others (km and
      // tonnes, "degrees" of no stated scale and °C) cannot be compared.
      guard figure.unit != reference.unit else { return (1, reference.unit, nil) }
      explanations.append(.differentUnits([reference.unit ?? "?", figure.unit ?? "?"]))
      return nil
    case (.count, .count), (.ordinal, .ordinal), (.tally, .tally), (.other, .other),
      (.count, .other), (.other, .count):
      return (1, figure.unit ?? reference.unit, nil)
    case (.count, .ordinal), (.ordinal, .count):
      return (1, figure.unit, nil)
    default:
      explanations.append(.differentUnits([reference.kind.rawValue, figure.kind.rawValue]))
      return nil
    }
  }

  private func assess(_ entries: [ComparedFigure], comparable: Bool) -> Assessment {
    guard comparable else { return .incomparable }
    let kinds = Set(entries.map(\.figure.kind))
    if kinds == [.count, .ordinal] {
      return countAndOrdinalConsistent(entries) ? .consistent : .differ
    }
    if kinds == [.tally] {
      let parts = Set(entries.compactMap(\.figure.components))
      return parts.count <= 1 ? .agree : .differ
    }
    let intervals = entries.compactMap(\.interval)
    guard intervals.count == entries.count, let first = intervals.first else {
      return .incomparable
    }
    if intervals.allSatisfy({ $0 == first }) && first.isPoint { return .agree }
    for (index, interval) in intervals.enumerated() {
      for other in intervals[(index + 1)...] where !interval.overlaps(other) { return .differ }
    }
    return .consistent
  }

  private func countAndOrdinalConsistent(_ entries: [ComparedFigure]) -> Bool {
    guard let count = entries.first(where: { $0.figure.kind == .count })?.figure.value,
      let ordinal = entries.first(where: { $0.figure.kind == .ordinal })?.figure.value
    else { return false }
    return ordinal == count + 1 || ordinal == count
  }

  private func explain(_ entries: [ComparedFigure]) -> [Explanation] {
    var explanations: [Explanation] = []
    let figures = entries.map(\.figure)
    let kinds = Set(figures.map(\.kind))
    if kinds == [.count, .ordinal], let count = figures.first(where: { $0.kind == .count }),
      let ordinal = figures.first(where: { $0.kind == .ordinal }), let countValue = count.value,
      let ordinalValue = ordinal.value
    {
      if ordinalValue == countValue {
        explanations.append(.countIncludesOrdinal(count: count.text, ordinal: ordinal.text))
      } else {
        explanations.append(
          .countAndOrdinal(
            count: count.text, ordinal: ordinal.text, consistent: ordinalValue == countValue + 1))
      }
    }
    // Scope and dates only say something about figures from sources (not typed ones).
    let sourced = entries.filter { !$0.isTyped }
    let scopes = sourced.map {
      $0.figure.scope.isEmpty ? "(no scope)" : $0.figure.scope.joined(separator: ", ")
    }
    if Set(scopes).count > 1 { explanations.append(.differentScope(unique(scopes))) }
    let dates = sourced.map { $0.sourceDate ?? "undated" }
    if Set(dates).count > 1 { explanations.append(.differentDates(unique(dates))) }
    let hedged = figures.compactMap { figure in figure.hedge.map { "“\($0)” on \(figure.text)" } }
    if !hedged.isEmpty { explanations.append(.hedged(hedged)) }
    // Rounding: a round figure the more precise one rounds to at its last significant digit
    // (plain values only), as the scan judges it (``Measure/areWithinRounding``).
    let points = entries.filter {
      $0.figure.value != nil && $0.figure.low == nil && $0.figure.high == nil
    }
    // Each figure's center and digits once, not once per pair: Decimal division is slow.
    // The values as stated: a one-sided hedge ("nearly 1,900") moves its interval's center.
    let centers = points.map { $0.stated?.center ?? $0.interval?.center }
    let digits = points.map { significantDigits($0.figure) }
    for index in points.indices {
      for other in (index + 1)..<points.count {
        guard let a = centers[index], let b = centers[other], a != b, a != 0, b != 0,
          Comparator.isWithinTenth(a, b)
        else { continue }
        // A word fraction ("two-thirds") is the round one whatever its digits.
        let fractions = (
          Comparator.isWordFraction(points[index].figure),
          Comparator.isWordFraction(points[other].figure)
        )
        let (rounder, precise) =
          fractions.0 != fractions.1
          ? (fractions.0 ? (index, other) : (other, index))
          : digits[index] <= digits[other] ? (index, other) : (other, index)
        if fractions.0 != fractions.1 || digits[rounder] < digits[precise],
          Comparator.isRounding(
            points[rounder].figure, center: centers[rounder], of: centers[precise])
        {
          explanations.append(
            .rounding(
              rounded: points[rounder].figure.text, precise: points[precise].figure.text,
              preciseInRoundedUnit: value(of: points[precise], inUnitOf: points[rounder])))
        }
      }
    }
    // Subjects that share no key word with the first figure's may be about something else.
    if let first = figures.first, !first.subjectTerms.isEmpty {
      let others = figures.dropFirst().filter {
        !$0.subjectTerms.isEmpty && Set($0.subjectTerms).isDisjoint(with: first.subjectTerms)
      }
      if !others.isEmpty {
        explanations.append(
          .differentSubjects(unique([first.subject ?? ""] + others.map { $0.subject ?? "" })))
      }
    }
    return explanations
  }

  /// The value of `precise` in the unit of `rounded` when the two are amounts in different
  /// currencies, or quantities or durations in different units ("$220 million" is "302 million
  /// CAD" beside "C$300 million"), so that a rounding is shown in one unit; nil otherwise.
  private func value(of precise: ComparedFigure, inUnitOf rounded: ComparedFigure) -> String? {
    let kind = rounded.figure.kind
    guard [.money, .quantity, .duration].contains(kind), precise.figure.kind == kind,
      let unit = rounded.figure.unit, precise.figure.unit != unit,
      let value = precise.figure.value, let from = precise.factor, let to = rounded.factor,
      to != 0
    else { return nil }
    return Explanation.approximately(value * from / to, unit: unit)
  }

  static let tenth = Decimal(string: "0.1")!

  /// Whether |a − b| / max(|a|, |b|) ≤ 0.1 in Decimal arithmetic. Doubles answer away from
  /// the edge (their error is below 1e-14, the margin 1e-9), so the Decimal division, a
  /// hundred times slower, is worked out only near it.
  static func isWithinTenth(_ a: Decimal, _ b: Decimal) -> Bool {
    let (x, y) = (a.doubleValue, b.doubleValue)
    if x.isFinite, y.isFinite, x != 0, y != 0 {
      let relative = abs(x - y) / max(abs(x), abs(y))
      if relative < 0.1 - 1e-9 { return true }
      if relative > 0.1 + 1e-9 { return false }
    }
    return abs(a - b) / max(abs(a), abs(b)) <= tenth
  }

  /// Whether `precise` (a center in the comparison's unit) lies within half a step of the last
  /// significant digit of `rounded` (written as `figure`, its center `center`): "€350,000" for
  /// €352,400, not "€340,000".
  static func isRounding(_ figure: Figure, center: Decimal?, of precise: Decimal?) -> Bool {
    guard let value = figure.value, value != 0, let center, let precise else { return false }
    // A word fraction stands for the shares nearer it than any fraction with the next
    // denominator (``Measure/fractionQuantum(of:)``, in percent).
    // (A fraction past twelfths, "one in 20", is judged by its digits.)
    let fractionStep =
      isWordFraction(figure)
      ? Measure.fractionQuantum(of: value.doubleValue).map { Decimal($0) / 100 } : nil
    let place = fractionStep ?? lastDigitPlace(value)
    return abs(center - precise) <= place * abs(center / value) / 2
  }

  /// "two-thirds", "one in two": a share written as a simple fraction.
  static func isWordFraction(_ figure: Figure) -> Bool { figure.unit == "fraction" }

  /// The power of ten of a decimal's last significant digit, as written: 340000 → 10000,
  /// 12.5 → 0.1, 7 → 1.
  static func lastDigitPlace(_ value: Decimal) -> Decimal {
    let text = abs(value).description
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count == 2, let last = parts[1].lastIndex(where: { $0 != "0" }) {
      let decimals = parts[1].distance(from: parts[1].startIndex, to: last) + 1
      return Decimal(sign: .plus, exponent: -decimals, significand: 1)
    }
    let integer = parts[0]
    let trailing = integer.reversed().prefix { $0 == "0" }.count
    return Decimal(sign: .plus, exponent: max(0, min(trailing, integer.count - 1)), significand: 1)
  }

  /// Significant digits of a figure's value as written (200 has one, 185 three).
  func significantDigits(_ figure: Figure) -> Int {
    guard let value = figure.value ?? figure.low else { return Int.max }
    var digits = Array(abs(value).description.filter(\.isNumber))
    while digits.first == "0" { digits.removeFirst() }
    while digits.last == "0" { digits.removeLast() }
    return digits.count
  }

  private func unique<T: Equatable>(_ items: [T]) -> [T] {
    var result: [T] = []
    for item in items where !result.contains(item) { result.append(item) }
    return result
  }
}
