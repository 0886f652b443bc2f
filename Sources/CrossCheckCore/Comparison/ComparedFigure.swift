import Foundation

/// One figure in a comparison, normalized to the comparison's unit.
public struct ComparedFigure: Sendable {
  public var figure: Figure
  /// The source's publication date (ISO 8601), used to pick exchange rates.
  public var sourceDate: String?
  /// The figure's interval in the comparison's unit; nil when it could not be normalized.
  public var interval: Interval?
  /// The values the figure states, in the comparison's unit, without the widening a hedge
  /// gets ("about $4 billion" is 4,000,000,000 here, 3.6–4.4 billion in `interval`).
  public var stated: Interval?
  /// The unit the interval is in ("USD", "hour", "percent", a counted noun).
  public var unit: String?
  /// What the figure's value was multiplied by to reach `unit`: the exchange rate, or the
  /// ratio of time units; nil when it could not be normalized.
  public var factor: Decimal?
  /// The currency conversion applied, when there was one.
  public var conversion: CurrencyConversion?
  /// The unit conversion applied to a quantity ("1 mile = 1.609344 km"), when there was one.
  public var unitConversion: UnitConversion?
  /// Center minus the first figure's center, in the comparison's unit.
  public var difference: Decimal?
  /// `difference` as a percentage of the first figure's center.
  public var relativeDifference: Decimal?

  /// The id every figure typed at the prompt gets its source from ("typed:1").
  public static let typedSource = SourceID("typed")

  /// Typed by the analyst (`compare ID "€210bn"`), not found in a source.
  public var isTyped: Bool { figure.id.source == ComparedFigure.typedSource }
}
