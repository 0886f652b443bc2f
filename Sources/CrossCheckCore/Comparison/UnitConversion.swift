import Foundation

/// How a quantity was brought into another unit of its dimension ("1 mile = 1.609344 km",
/// "°F → °C: (°F − 32) × 5/9"), by ``UnitTable/convert(_:from:to:)``'s exact factors.
public struct UnitConversion: Equatable, Sendable {
  public var from: String
  public var to: String

  /// The conversion between two units of one dimension, or nil across dimensions, for the same
  /// unit, or for a unit written ambiguously ("degrees", "tons").
  public init?(from: String, to: String) {
    guard from != to, UnitTable.convert(1, from: from, to: to) != nil else { return nil }
    self.from = from
    self.to = to
  }

  /// `value` in the target unit (affine for temperatures: these are readings, not differences).
  public func convert(_ value: Decimal) -> Decimal {
    DecimalText.rounded(UnitTable.convert(value, from: from, to: to) ?? value)
  }

  /// Each bound of `interval` in the target unit.
  public func convert(_ interval: Interval) -> Interval {
    var copy = interval
    copy.lower = interval.lower.map(convert)
    copy.upper = interval.upper.map(convert)
    return copy
  }

  /// Whether the conversion is a plain factor (every pair but temperature readings).
  public var isLinear: Bool {
    UnitTable.convert(0, from: from, to: to) == 0
  }

  /// "1 mile = 1.609344 km"; temperatures give the formula.
  public var description: String {
    switch (from, to) {
    case ("degF", "degC"): return "°F → °C: (°F − 32) × 5/9"
    case ("degC", "degF"): return "°C → °F: °C × 9/5 + 32"
    default:
      let factor = DecimalText.rounded(convert(1), places: 9)
      return "1 \(from) = \(factor) \(to)"
    }
  }
}
