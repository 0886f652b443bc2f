import CrossCheckCore
import Foundation

/// How figures read on screen: normalized values with digit grouping, bounds and ranges with
/// their signs, and the unit.
public enum FigureFormatter {
  /// "300,000,000,000", "0.6667" (display only; JSON keeps every digit).
  public static func number(_ value: Decimal) -> String {
    var text = value.description
    // Cut, not round, a long fraction, and say so with "…": the screen shows what was written.
    if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 5 {
      text = String(text[...text.index(dot, offsetBy: 4)]) + "…"
    }
    return DecimalText.grouped(text)
  }

  /// The normalized claim: "= 300,000,000,000 USD", "≥ 20,000 children", "4,000,000,000–5,000,000,000 USD ≈".
  public static func value(_ figure: Figure) -> String {
    if let date = figure.date { return date }
    if let time = figure.time { return time + (figure.zone.map { " " + $0 } ?? "") }
    let unit = unitLabel(figure)
    let suffix = unit.isEmpty ? "" : " " + unit
    // Too large for exact arithmetic: no value rather than a wrong one.
    if figure.valueOutOfRange { return "out of range" + suffix }
    if let components = figure.components {
      return components.map(number).joined(separator: "–") + suffix
    }
    let approx = figure.qualifier == .approx ? "≈ " : ""
    if let value = figure.value {
      switch figure.qualifier {
      case .atLeast: return "≥ " + number(value) + suffix
      case .moreThan: return "> " + number(value) + suffix
      case .atMost: return "≤ " + number(value) + suffix
      case .lessThan: return "< " + number(value) + suffix
      case .approx, nil: return approx + number(value) + suffix
      }
    }
    switch (figure.low, figure.high) {
    case (let low?, let high?): return approx + number(low) + "–" + number(high) + suffix
    case (let low?, nil):
      return approx + (figure.lowInclusive == false ? "> " : "≥ ") + number(low) + suffix
    case (nil, let high?):
      return approx + (figure.highInclusive == false ? "< " : "≤ ") + number(high) + suffix
    case (nil, nil): return "?" + suffix
    }
  }

  static func unitLabel(_ figure: Figure) -> String {
    guard let unit = figure.unit else { return "" }
    switch unit {
    case "percent": return "%"
    case "percentage_point": return "pp"
    case "basis_point": return "bp"
    default: return figure.unitIsAmbiguous ? unit + "?" : unit
    }
  }
}
