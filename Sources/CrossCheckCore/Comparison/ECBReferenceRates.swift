import Foundation

/// Reads the European Central Bank's reference-rate CSV (`Date,USD,JPY,…`, one row per working
/// day, every rate per 1 EUR, `N/A` where the ECB published none).
public enum ECBReferenceRates {
  public static let sourceName = "ECB reference rate"

  public struct ParseError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// The rates in `text`, as EUR→currency rates. Empty and `N/A` cells are skipped.
  public static func parse(_ text: String) throws(ParseError) -> [ExchangeRate] {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
      String.init)
    while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
    guard let header = lines.first else { throw ParseError(line: 1, message: "the file is empty") }
    let columns = header.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
    }
    guard columns.first?.lowercased() == "date" else {
      throw ParseError(
        line: 1, message: "the header must start with 'Date' (the ECB's format: Date,USD,JPY,…)")
    }
    var rates: [ExchangeRate] = []
    for (offset, line) in lines.enumerated().dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard let day = cells.first, !day.isEmpty else { continue }
      guard ExchangeRate.isDay(day) else {
        throw ParseError(line: offset + 1, message: "'\(day)' is not a date (YYYY-MM-DD)")
      }
      for (column, cell) in zip(columns.dropFirst(), cells.dropFirst()) where !column.isEmpty {
        if cell.isEmpty || cell.uppercased() == "N/A" { continue }
        guard let value = DecimalText.parse(cell),
          value > 0
        else {
          throw ParseError(line: offset + 1, message: "'\(cell)' in column \(column) is not a rate")
        }
        rates.append(
          ExchangeRate(base: "EUR", quote: column, rate: value, date: day, source: sourceName))
      }
    }
    return rates
  }
}
