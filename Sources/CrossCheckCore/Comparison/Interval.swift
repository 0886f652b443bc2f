import Foundation

/// The values a figure allows, as an interval: a plain figure is a point, a range or bound is
/// itself, and "about" widens a value by the session's tolerance ("almost" and "nearly" only
/// downwards: "almost four hours" is at most four).
public struct Interval: Equatable, Sendable {
  public var lower: Decimal?
  public var lowerInclusive: Bool
  public var upper: Decimal?
  public var upperInclusive: Bool

  public init(
    lower: Decimal?, lowerInclusive: Bool = true, upper: Decimal?, upperInclusive: Bool = true
  ) {
    self.lower = lower
    self.lowerInclusive = lowerInclusive
    self.upper = upper
    self.upperInclusive = upperInclusive
  }

  public static func point(_ value: Decimal) -> Interval { Interval(lower: value, upper: value) }

  private static let downwardHedges: Set<String> = [
    "almost", "nearly", "just under", "close to", "not quite",
  ]

  /// The interval a figure claims, before unit conversion.
  /// - Parameter tolerance: how far "about" reaches, as a fraction (0.1 is ±10%).
  public static func of(_ figure: Figure, tolerance: Decimal) -> Interval? {
    let approx = figure.qualifier == .approx
    let hedge = figure.hedge?.lowercased() ?? ""
    if let value = figure.value, figure.low == nil, figure.high == nil {
      guard approx else { return .point(value) }
      let reach = abs(value) * tolerance
      if downwardHedges.contains(hedge) { return Interval(lower: value - reach, upper: value) }
      return Interval(lower: value - reach, upper: value + reach)
    }
    guard figure.low != nil || figure.high != nil else { return nil }
    var interval = Interval(
      lower: figure.low, lowerInclusive: figure.lowInclusive ?? true, upper: figure.high,
      upperInclusive: figure.highInclusive ?? true)
    if approx {
      if let low = interval.lower { interval.lower = low - abs(low) * tolerance }
      if let high = interval.upper { interval.upper = high + abs(high) * tolerance }
    }
    return interval
  }

  /// The interval in another unit. Bounds are rounded to 12 decimal places, so conversions
  /// that divide do not leave tails that make equal amounts differ.
  public func scaled(by factor: Decimal) -> Interval {
    var copy = self
    copy.lower = lower.map { DecimalText.rounded($0 * factor) }
    copy.upper = upper.map { DecimalText.rounded($0 * factor) }
    if factor < 0 { swap(&copy.lower, &copy.upper) }
    return copy
  }

  /// Whether some value lies in both intervals.
  public func overlaps(_ other: Interval) -> Bool {
    func below(_ upper: Decimal?, _ upperInclusive: Bool, _ lower: Decimal?, _ lowerInclusive: Bool)
      -> Bool
    {
      guard let upper, let lower else { return false }
      return upper < lower || (upper == lower && !(upperInclusive && lowerInclusive))
    }
    return !below(upper, upperInclusive, other.lower, other.lowerInclusive)
      && !below(other.upper, other.upperInclusive, lower, lowerInclusive)
  }

  /// A representative value: the point, the midpoint, or the known bound.
  public var center: Decimal? {
    switch (lower, upper) {
    case (let low?, let high?): return (low + high) / 2
    case (let low?, nil): return low
    case (nil, let high?): return high
    case (nil, nil): return nil
    }
  }

  public var isPoint: Bool { lower != nil && lower == upper }
}
