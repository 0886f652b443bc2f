import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Importing the ECB's reference-rate CSV")
struct ECBReferenceRatesTests {
  /// As the ECB writes it: a trailing comma on every line, newest day first, N/A where no rate was
  /// published, and here one empty cell.
  static let csv = """
    Date,USD,JPY,BGN,CYP,GBP,
    2025-12-01,1.1650,180.88,1.9558,N/A,0.87825,
    2025-11-28,1.1600,181.02,1.9558,N/A,,

    """

  static func parseError(_ text: String) -> ECBReferenceRates.ParseError? {
    do {
      _ = try ECBReferenceRates.parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func readsEveryPublishedRateAsAnEuroRate() throws {
    let rates = try ECBReferenceRates.parse(Self.csv)
    #expect(rates.count == 7)
    #expect(rates.allSatisfy { $0.base == "EUR" })
    #expect(rates.allSatisfy { $0.source == "ECB reference rate" })
    #expect(Set(rates.map(\.quote)) == ["USD", "JPY", "BGN", "GBP"])
    #expect(Set(rates.map(\.date)) == ["2025-12-01", "2025-11-28"])
  }

  @Test func skipsNotAvailableAndEmptyCells() throws {
    let rates = try ECBReferenceRates.parse(Self.csv)
    #expect(!rates.contains { $0.quote == "CYP" })
    #expect(!rates.contains { $0.quote == "N/A" || $0.quote.isEmpty })
    #expect(rates.filter { $0.quote == "GBP" }.map(\.date) == ["2025-12-01"])
  }

  @Test func keepsTheValuesAsExactDecimals() throws {
    let rates = try ECBReferenceRates.parse(Self.csv)
    let usd = try #require(rates.first { $0.quote == "USD" && $0.date == "2025-12-01" })
    #expect(usd.rate == Decimal(string: "1.1650")!)
    #expect(usd.rate == Decimal(string: "1.165")!)
    let gbp = try #require(rates.first { $0.quote == "GBP" })
    #expect(gbp.rate == Decimal(string: "0.87825")!)
    #expect(gbp.rate != Decimal(0.87825))  // not through binary floating point
    let jpy = try #require(rates.first { $0.quote == "JPY" && $0.date == "2025-11-28" })
    #expect(jpy.rate == Decimal(string: "181.02")!)
  }

  @Test func aSundayUsesFridaysRate() throws {
    let table = RateTable(rates: try ECBReferenceRates.parse(Self.csv))
    let sunday = try #require(table.conversion(from: "EUR", to: "USD", on: "2025-11-30"))
    #expect(sunday.factor == Decimal(string: "1.16")!)
    #expect(sunday.rates.map(\.date) == ["2025-11-28"])
    #expect(sunday.rates.map(\.source) == ["ECB reference rate"])
    let monday = try #require(table.conversion(from: "EUR", to: "USD", on: "2025-12-01"))
    #expect(monday.rates.map(\.date) == ["2025-12-01"])
    let saturdayInDollars = try #require(table.conversion(from: "USD", to: "JPY", on: "2025-11-29"))
    #expect(saturdayInDollars.rates.map(\.date) == ["2025-11-28", "2025-11-28"])
    #expect(saturdayInDollars.factor == Decimal(string: "181.02")! / Decimal(string: "1.16")!)
  }

  @Test func aDayBeforeTheFileHasNoRate() throws {
    let table = RateTable(rates: try ECBReferenceRates.parse(Self.csv))
    #expect(table.conversion(from: "EUR", to: "USD", on: "2025-11-27") == nil)
  }

  @Test func aSundayComparisonConvertsAtFridaysRate() throws {
    let table = RateTable(rates: try ECBReferenceRates.parse(Self.csv))
    let euros = try #require(
      FigureExtractor.extract(from: "The fund holds €100 billion.", source: SourceID("sun")).first)
    let dollars = try #require(
      FigureExtractor.extract(from: "The fund holds $116 billion.", source: SourceID("fri")).first)
    let comparison = Comparator(rates: table).compare([
      (dollars, "2025-11-28"), (euros, "2025-11-30"),
    ])
    #expect(comparison.entries[1].interval == .point(116_000_000_000))
    #expect(comparison.entries[1].conversion?.rates.map(\.date) == ["2025-11-28"])
    #expect(comparison.assessment == .agree)
  }

  @Test func acceptsCRLFAByteOrderMarkAndSpaces() throws {
    let text = "\u{FEFF}Date, USD, JPY,\r\n2025-12-01, 1.1650, 180.88,\r\n"
    let rates = try ECBReferenceRates.parse(text)
    #expect(rates.map(\.quote) == ["USD", "JPY"])
    #expect(rates.map(\.rate) == [Decimal(string: "1.165")!, Decimal(string: "180.88")!])
  }

  @Test func aHeaderOnlyFileHasNoRates() throws {
    #expect(try ECBReferenceRates.parse("Date,USD,JPY,\n").isEmpty)
  }

  @Test func aMissingDateHeaderIsAnErrorOnLineOne() throws {
    let error = try #require(Self.parseError("Day,USD,JPY,\n2025-12-01,1.1650,180.88,\n"))
    #expect(error.line == 1)
    #expect(error.message.contains("Date"))
    #expect(error.description.hasPrefix("line 1: "))
    let headerless = try #require(Self.parseError("2025-12-01,1.1650,180.88,\n"))
    #expect(headerless.line == 1)
  }

  @Test func anEmptyFileIsAnError() throws {
    let error = try #require(Self.parseError("\n\n"))
    #expect(error.line == 1)
    #expect(error.message == "the file is empty")
  }

  @Test func aBadDateIsAnErrorWithItsLine() throws {
    let text = """
      Date,USD,JPY,
      2025-12-01,1.1650,180.88,
      01/12/2025,1.1600,181.02,
      """
    let error = try #require(Self.parseError(text))
    #expect(error.line == 3)
    #expect(error.message.contains("'01/12/2025' is not a date"))
    #expect(error.description == "line 3: '01/12/2025' is not a date (YYYY-MM-DD)")
  }

  @Test func blankLinesCountTowardsTheLineNumber() throws {
    let text = "Date,USD,\n2025-12-01,1.1650,\n\n2025-13-28,1.16,\n"
    let error = try #require(Self.parseError(text))
    #expect(error.line == 4)
  }

  @Test func aNonNumericCellIsAnErrorWithItsLineAndColumn() throws {
    let text = """
      Date,USD,JPY,
      2025-12-01,1.1650,180.88,
      2025-11-28,1.1600,abc,
      """
    let error = try #require(Self.parseError(text))
    #expect(error.line == 3)
    #expect(error.message == "'abc' in column JPY is not a rate")
  }

  @Test func zeroAndNegativeRatesAreErrors() throws {
    #expect(Self.parseError("Date,USD,\n2025-12-01,0,\n")?.line == 2)
    #expect(Self.parseError("Date,USD,\n2025-12-01,-1.16,\n")?.line == 2)
  }

  @Test func aCellWithTrailingJunkIsAnError() throws {
    // Decimal(string:) reads the longest numeric prefix, so "1.16x" became 1.16 and "1.1.6" 1.1.
    #expect(Self.parseError("Date,USD,\n2025-12-01,1.16x,\n")?.line == 2)
    #expect(Self.parseError("Date,USD,\n2025-12-01,1.1.6,\n")?.line == 2)
  }
}
