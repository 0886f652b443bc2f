import Foundation

/// Checks every value of a session file before anything of it is used: a file from elsewhere
/// may hold numbers that would convert to nothing, crash on overflow or break invariants.
enum SessionValidator {
  /// Discrepancy numbers stay far from `Int.max`, so counting on from them cannot overflow.
  static let maximumDiscrepancyNumber = 1_000_000_000

  /// The first bad value, as its JSON path and what is wrong with it; nil when all are good.
  static func firstProblem(in file: SessionFile) -> (field: String, problem: SessionValueProblem)? {
    for (index, rate) in file.rates.enumerated() {
      let field = "rates[\(index)]"
      if !(rate.rate > 0) { return (field + ".rate", .rateNotPositive) }
      if !isCurrencyCode(rate.base) { return (field + ".base", .currencyCode) }
      if !isCurrencyCode(rate.quote) { return (field + ".quote", .currencyCode) }
      // No date: a standing rate, applying to every day.
      if let day = rate.date, !ExchangeRate.isDay(day) { return (field + ".date", .day) }
    }
    let tolerance = file.settings.approxTolerance
    if tolerance < 0 || tolerance >= 1 || tolerance.isNaN {
      return ("settings.approxTolerance", .tolerance)
    }
    if let day = file.settings.reportDate, !ExchangeRate.isDay(day) {
      return ("settings.reportDate", .day)
    }
    if let url = file.settings.reportURL, WebAddress.link(url) == nil {
      return ("settings.reportURL", .webAddress)
    }
    let verdicts = Set(Verdict.builtIn + file.settings.customVerdicts)
    for name in (file.settings.customVerdictMeanings ?? [:]).keys.sorted()
    where !file.settings.customVerdicts.contains(name) {
      return ("settings.customVerdictMeanings.\(name)", .unknownVerdict(name))
    }
    var seen = Set<Int>()
    for (index, discrepancy) in file.discrepancies.enumerated() {
      let field = "discrepancies[\(index)]"
      if discrepancy.id < 1 || discrepancy.id > maximumDiscrepancyNumber {
        return (field + ".id", .numberOutOfRange)
      }
      if !seen.insert(discrepancy.id).inserted {
        return (field + ".id", .duplicateNumber(discrepancy.id))
      }
      if let verdict = discrepancy.verdict, !verdicts.contains(verdict) {
        return (field + ".verdict", .unknownVerdict(verdict))
      }
      for (figureIndex, figure) in discrepancy.figures.enumerated()
      where figure.position.start < 0 || figure.position.end < figure.position.start {
        return (field + ".figures[\(figureIndex)].position", .position)
      }
    }
    // One at or below a recorded number is corrected on reading (the state counts on from
    // the highest); only one that could overflow is refused.
    if file.nextDiscrepancy < 1 || file.nextDiscrepancy > maximumDiscrepancyNumber + 1 {
      return ("nextDiscrepancy", .nextNumber)
    }
    return nil
  }

  private static func isCurrencyCode(_ code: String) -> Bool {
    code.count == 3 && code.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
