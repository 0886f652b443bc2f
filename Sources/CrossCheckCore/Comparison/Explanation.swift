import Foundation

/// A reason two figures might differ without either being wrong. Offered, never asserted.
public enum Explanation: Equatable, Sendable, CustomStringConvertible {
  /// Different place or period words: "worldwide" vs "in Europe".
  case differentScope([String])
  /// A count and an ordinal: "six times" before, "the seventh visit" now.
  case countAndOrdinal(count: String, ordinal: String, consistent: Bool)
  /// A count and an ordinal of the same number: "six times" in all, this is "the sixth".
  case countIncludesOrdinal(count: String, ordinal: String)
  /// The sources were published on different dates.
  case differentDates([String])
  /// One figure looks like a rounding of the other. Written in different currencies or units,
  /// the precise one is also given in the round one's (`preciseInRoundedUnit`): the rounding
  /// is judged in one unit.
  case rounding(rounded: String, precise: String, preciseInRoundedUnit: String? = nil)
  /// The subjects share no key word: perhaps not the same thing.
  case differentSubjects([String])
  /// A hedge makes the figures an interval.
  case hedged([String])
  /// Amounts in currencies with no rate between them; the reason when the ECB's table was asked.
  case noRate(from: String, to: String, day: String?, reason: RateUnavailability? = nil)
  /// Different units that cannot be converted.
  case differentUnits([String])

  public var description: String {
    switch self {
    case .countIncludesOrdinal(let count, let ordinal):
      return
        "a count and an ordinal: \(count) in all, of which this is the \(ordinal) — consistent if the count includes it"
    case .differentScope(let scopes):
      return "different scope: " + scopes.joined(separator: " vs ")
    case .countAndOrdinal(let count, let ordinal, let consistent):
      return consistent
        ? "a count and an ordinal: \(count) before, plus this one, make the \(ordinal) — consistent"
        : "a count (\(count)) and an ordinal (\(ordinal)) count different things: earlier events vs this one"
    case .differentDates(let dates):
      return "different dates: published " + dates.joined(separator: " vs ")
        + " — the figures may describe different moments or events"
    case .rounding(let rounded, let precise, let converted):
      return "rounding: \(rounded) may be a round figure for \(precise)"
        + (converted.map { " (\($0))" } ?? "")
    case .differentSubjects(let subjects):
      return "they may measure different things: "
        + subjects.map { "“\($0)”" }.joined(separator: " vs ")
    case .hedged(let hedges):
      return "hedged: " + hedges.joined(separator: ", ") + " — compared as intervals"
    case .noRate(let from, let to, let day, let reason?):
      return
        "no \(from)→\(to) rate for \(day ?? "any date"): \(reason); add one with 'rate \(from) \(to) RATE --date \(day ?? "YYYY-MM-DD")' — compared within each currency only"
    case .noRate(let from, let to, let day, nil):
      return
        "no \(from)→\(to) rate on or before \(day ?? "any date"); add one with 'rate \(from) \(to) RATE --date YYYY-MM-DD' — compared within each currency only"
    case .differentUnits(let units):
      return "different units: " + units.joined(separator: " vs ")
    }
  }

  /// `value` to three significant digits, in millions, billions or trillions when that large,
  /// with its unit: "302 million CAD", "10.9 mile".
  static func approximately(_ value: Decimal, unit: String) -> String {
    var number = value
    var scale = ""
    let scales: [(size: Decimal, word: String)] = [
      (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"),
    ]
    for (size, word) in scales where abs(value) >= size {
      number = value / size
      scale = " " + word
      break
    }
    let magnitude = abs(number.doubleValue)
    // Finite checked first: Int() of an infinite or NaN double would trap.
    let integerDigits = magnitude.isFinite && magnitude >= 1 ? Int(log10(magnitude)) + 1 : 0
    var rounded = Decimal()
    NSDecimalRound(&rounded, &number, max(0, 3 - integerDigits), .plain)
    return DecimalText.grouped("\(rounded)") + scale + " " + unit
  }

  /// The explanation as a published report says it: without advice on what to type.
  public var reportText: String {
    if case .noRate(let from, let to, let day, let reason) = self {
      if let reason {
        // A report gives the reason without the advice on what to run.
        var why = reason.description
        if case .afterTable(let last) = reason {
          why = "the ECB reference rates used end on \(last)"
        }
        return "no \(from)→\(to) exchange rate for \(day ?? "any date"): \(why); "
          + "the amounts are compared within each currency only"
      }
      return "no \(from)→\(to) exchange rate on or before \(day ?? "any date") was recorded; "
        + "the amounts are compared within each currency only"
    }
    return description
  }
}
