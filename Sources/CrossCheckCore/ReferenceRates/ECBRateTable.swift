import Foundation

/// The European Central Bank's euro foreign exchange reference rates: one row per TARGET
/// business day, every rate per 1 EUR, `N/A` where the ECB published none (the ECB's
/// `eurofxref-hist.csv`). Only row boundaries and each currency's first and last quote are worked
/// out up front; a cell becomes a decimal when a conversion asks for it.
public final class ECBRateTable: Sendable {
  /// The source every rate from this table names.
  public static let sourceName = "ECB reference rate"
  /// The table built into CrossCheck (scripts/update-rates regenerates it), read on first use:
  /// starting CrossCheck costs nothing until a conversion needs a rate.
  public static let builtIn: ECBRateTable = {
    // The literal is checked by scripts/update-rates when it is written and by a test.
    do { return try ECBRateTable(csv: builtInCSV, origin: "built in") } catch {
      fatalError("the built-in ECB table does not read: \(error)")
    }
  }()

  /// Where the table was read from ("built in", a file path or a URL).
  public let origin: String
  /// The currencies of the header, in its order.
  public let currencies: [String]
  /// The first and last day of the table.
  public let firstDay: String
  public let lastDay: String
  /// How many days (rows) the table has.
  public var dayCount: Int { days.count }

  /// The bytes of the CSV; rows are ranges into them.
  private let bytes: [UInt8]
  /// Days in ascending order, each with the byte range of its row's cells after the date.
  private let days: [String]
  private let rows: [Range<Int>]
  private let column: [String: Int]
  /// Each currency's first and last day with a published rate; a currency never quoted has none.
  private let quoted: [String: ClosedRange<String>]

  /// Reads the ECB's CSV. Anything that is not in its format is refused with the line it is on,
  /// so a file from elsewhere cannot slip in a wrong rate.
  public init(csv: String, origin: String) throws(ECBReferenceRates.ParseError) {
    self.origin = origin
    var bytes = Array(csv.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    self.bytes = bytes
    var lines: [Range<Int>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    lines.append(start..<bytes.count)
    lines = lines.map { line in
      line.last.map { bytes[$0] == 0x0D } == true ? line.dropLast() : line
    }.filter { !$0.isEmpty }
    guard let header = lines.first else {
      throw ECBReferenceRates.ParseError(line: 1, message: "the file is empty")
    }
    let names = Self.cells(bytes[header]).map { String(decoding: $0, as: UTF8.self) }
    guard names.first?.lowercased() == "date" else {
      throw ECBReferenceRates.ParseError(
        line: 1, message: "the header must start with 'Date' (the ECB's format: Date,USD,JPY,…)")
    }
    let currencies = Array(names.dropFirst().prefix { !$0.isEmpty })
    for (offset, code) in currencies.enumerated()
    where code.utf8.count != 3 || !code.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) {
      throw ECBReferenceRates.ParseError(
        line: 1, message: "column \(offset + 2), '\(code)', is not a currency code")
    }
    self.currencies = currencies
    column = Dictionary(currencies.enumerated().map { ($1, $0) }) { first, _ in first }
    var rows: [(day: String, cells: Range<Int>, line: Int)] = []
    rows.reserveCapacity(lines.count)
    // One pass over the bytes checks every cell, no cell copied: the first conversion of a run
    // pays for this, so it works on byte positions rather than slices.
    try bytes.withUnsafeBufferPointer { bytes throws(ECBReferenceRates.ParseError) in
      for (offset, line) in lines.enumerated().dropFirst() {
        var comma = line.lowerBound
        while comma < line.upperBound, bytes[comma] != 0x2C { comma += 1 }
        let day = String(decoding: bytes[line.lowerBound..<comma], as: UTF8.self)
        guard Self.isDay(bytes, line.lowerBound..<comma) ?? ExchangeRate.isDay(day) else {
          throw ECBReferenceRates.ParseError(
            line: offset + 1, message: "'\(day)' is not a date (YYYY-MM-DD)")
        }
        let cellRange = min(comma + 1, line.upperBound)..<line.upperBound
        var index = 0
        var cellStart = cellRange.lowerBound
        var position = cellRange.lowerBound
        while position <= cellRange.upperBound {
          guard position == cellRange.upperBound || bytes[position] == 0x2C else {
            position += 1
            continue
          }
          let cell = Self.trimmed(bytes, cellStart..<position)
          cellStart = position + 1
          position += 1
          defer { index += 1 }
          guard Self.isRate(bytes, cell) else { continue }
          guard index < currencies.count else {
            throw ECBReferenceRates.ParseError(
              line: offset + 1, message: "the row has more cells than the header has currencies")
          }
          guard Self.isPositiveDecimal(bytes, cell) else {
            let text = String(decoding: bytes[cell], as: UTF8.self)
            throw ECBReferenceRates.ParseError(
              line: offset + 1, message: "'\(text)' in column \(currencies[index]) is not a rate")
          }
        }
        rows.append((day, cellRange, offset + 1))
      }
    }
    rows.sort { $0.day < $1.day }
    for (previous, next) in zip(rows, rows.dropFirst()) where previous.day == next.day {
      throw ECBReferenceRates.ParseError(
        line: next.line, message: "\(next.day) appears twice (also on line \(previous.line))")
    }
    guard let firstRow = rows.first, let lastRow = rows.last else {
      throw ECBReferenceRates.ParseError(line: 2, message: "the file has no rows of rates")
    }
    // Each column's first and last day with a rate, from the rows in day order (all checked).
    var first = [String?](repeating: nil, count: currencies.count)
    var last = [String?](repeating: nil, count: currencies.count)
    bytes.withUnsafeBufferPointer { bytes in
      for row in rows {
        var index = 0
        var cellStart = row.cells.lowerBound
        for position in row.cells.lowerBound...row.cells.upperBound
        where position == row.cells.upperBound || bytes[position] == 0x2C {
          if Self.isRate(bytes, Self.trimmed(bytes, cellStart..<position)) {
            if first[index] == nil { first[index] = row.day }
            last[index] = row.day
          }
          cellStart = position + 1
          index += 1
        }
      }
    }
    days = rows.map(\.day)
    self.rows = rows.map(\.cells)
    firstDay = firstRow.day
    lastDay = lastRow.day
    var quoted: [String: ClosedRange<String>] = [:]
    for (index, code) in currencies.enumerated() {
      if let from = first[index], let to = last[index] { quoted[code] = from...to }
    }
    self.quoted = quoted
  }

  /// The days on which the ECB quoted `currency` at all, or nil when it never did.
  public func quotedDays(of currency: String) -> ClosedRange<String>? {
    quoted[currency.uppercased()]
  }

  /// The rate of 1 EUR in `currency` on `day` or the last ECB business day before it; with no
  /// day, the table's latest rate. The reason when there is none.
  public func rate(of currency: String, on day: String?) -> Result<ExchangeRate, RateUnavailability>
  {
    let code = currency.uppercased()
    guard let index = column[code], let range = quoted[code] else {
      return .failure(.neverQuoted(currency: code))
    }
    let wanted = day ?? lastDay
    if wanted < firstDay { return .failure(.beforeTable(first: firstDay)) }
    if wanted > lastDay && !CalendarDay.onlyWeekendBetween(lastDay, and: wanted) {
      return .failure(.afterTable(last: lastDay))
    }
    if wanted < range.lowerBound {
      return .failure(.notYetQuoted(currency: code, first: range.lowerBound))
    }
    // Quoted until the table's last day: a weekend after it still takes Friday's rate.
    if wanted > range.upperBound && range.upperBound != lastDay {
      return .failure(.stoppedQuoting(currency: code, last: range.upperBound))
    }
    // The latest row on or before the day, then back over rows where this currency is N/A.
    var low = 0
    var high = days.count
    while low < high {
      let middle = (low + high) / 2
      if days[middle] <= wanted { low = middle + 1 } else { high = middle }
    }
    var row = low - 1
    while row >= 0 {
      if let value = cell(index, of: row) {
        // More than a week without a quote is a gap in the ECB's series, not a holiday.
        if CalendarDay.daysBetween(days[row], and: wanted) > 7 {
          return .failure(.gap(currency: code, last: days[row], day: wanted))
        }
        return .success(
          ExchangeRate(
            base: "EUR", quote: code, rate: value, date: days[row], source: Self.sourceName))
      }
      row -= 1
    }
    return .failure(.notYetQuoted(currency: code, first: range.lowerBound))
  }

  /// The decimal in one cell, or nil for `N/A` or an empty cell.
  private func cell(_ index: Int, of row: Int) -> Decimal? {
    var position = 0
    for cell in Self.cells(bytes[rows[row]]) {
      if position == index {
        guard Self.isRate(cell) else { return nil }
        return DecimalText.parse(String(decoding: cell, as: UTF8.self))
      }
      position += 1
    }
    return nil
  }

  private static func cells(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    line.split(separator: 0x2C, omittingEmptySubsequences: false).map { cell in
      var cell = cell
      while cell.first == 0x20 { cell = cell.dropFirst() }
      while cell.last == 0x20 { cell = cell.dropLast() }
      return cell
    }
  }

  /// The cell without the spaces around it.
  @inline(__always)
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>)
    -> Range<Int>
  {
    var start = cell.lowerBound
    var end = cell.upperBound
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    return start..<end
  }

  @inline(__always)
  private static func isRate(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
    !cell.isEmpty
      && !(cell.count == 3 && bytes[cell.lowerBound] == 0x4E && bytes[cell.lowerBound + 1] == 0x2F
        && bytes[cell.lowerBound + 2] == 0x41)
  }

  /// Digits with at most one decimal point, not all zeros: a rate, never a sign or an exponent.
  @inline(__always)
  private static func isPositiveDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>)
    -> Bool
  {
    var points = 0
    var nonZero = false
    var digits = 0
    for position in cell {
      switch bytes[position] {
      case 0x2E: points += 1
      case 0x30: digits += 1
      case 0x31...0x39:
        digits += 1
        nonZero = true
      default: return false
      }
    }
    return points <= 1 && digits > 0 && nonZero
  }

  /// Whether `YYYY-MM-DD` in plain digits names a real day, read from the bytes; nil for any
  /// other spelling, which ``ExchangeRate/isDay(_:)`` judges.
  private static func isDay(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Bool? {
    guard text.count == 10, bytes[text.lowerBound + 4] == 0x2D, bytes[text.lowerBound + 7] == 0x2D
    else { return nil }
    func number(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for position in (text.lowerBound + from)..<(text.lowerBound + from + count) {
        let digit = Int(bytes[position]) - 0x30
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else {
      return nil
    }
    return CalendarDays.isDay(year: year, month: month, day: day)
  }

  /// Whether a cell holds a rate rather than `N/A` or nothing.
  private static func isRate(_ cell: ArraySlice<UInt8>) -> Bool {
    !cell.isEmpty && !(cell.count == 3 && cell.elementsEqual("N/A".utf8))
  }
}
