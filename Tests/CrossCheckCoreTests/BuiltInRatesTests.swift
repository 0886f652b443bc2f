import Foundation
import Testing

@testable import CrossCheckCore

/// The ECB's reference rates built into CrossCheck, checked against values published by the ECB.
@Suite("The built-in ECB reference rates")
struct BuiltInRatesTests {
  static let table = ECBRateTable.builtIn

  static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

  static func figure(_ sentence: String, source: String = "test") throws -> Figure {
    try #require(FigureExtractor.extract(from: sentence, source: SourceID(source)).first)
  }

  @Test func theTableCoversTheECBsHistory() {
    #expect(Self.table.firstDay == "1999-01-04")
    #expect(Self.table.lastDay >= "2026-10-30")
    #expect(Self.table.dayCount > 7000)
    #expect(Self.table.currencies.contains("USD") && Self.table.currencies.contains("GBP"))
  }

  @Test func theRateOfTheDay() throws {
    let december3 = try Self.table.rate(of: "USD", on: "2025-12-03").get()
    #expect(december3.rate == Self.decimal("1.1668"))
    #expect(december3.date == "2025-12-03")
    #expect(december3.description == "1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)")
    let january22 = try Self.table.rate(of: "USD", on: "2026-01-22").get()
    #expect(january22.rate == Self.decimal("1.1706"))
  }

  @Test func aSaturdayAndASundayUseFridaysRate() throws {
    let friday = try Self.table.rate(of: "USD", on: "2025-12-05").get()
    #expect(friday.date == "2025-12-05")
    for weekend in ["2025-12-06", "2025-12-07"] {
      let rate = try Self.table.rate(of: "USD", on: weekend).get()
      #expect(rate == friday)
    }
  }

  @Test func twoHundredAndTenBillionEurosInDollars() throws {
    let dollars = try Self.figure("Frozen assets total $300 billion worldwide.")
    let euros = try Self.figure("Europe holds €210 billion of them.")
    let comparison = Comparator().compare([(dollars, "2026-01-22"), (euros, "2025-12-03")])
    let converted = comparison.entries[1]
    #expect(converted.interval?.lower == Self.decimal("245028000000"))
    #expect(converted.unit == "USD")
    #expect(
      converted.conversion?.description == "1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)")
    #expect(comparison.assessment == .differ)
    #expect(!comparison.explanations.contains { if case .noRate = $0 { true } else { false } })
  }

  @Test func poundsToDollarsCrossThroughTheEuro() throws {
    let result = RateSources(session: RateTable(), reference: .builtIn)
      .conversion(from: "GBP", to: "USD", on: "2025-12-03")
    let conversion = try result.get()
    #expect(conversion.factor == Self.decimal("1.1668") / Self.decimal("0.8766"))
    #expect(conversion.rates.map(\.quote) == ["GBP", "USD"])
    #expect(conversion.rates.allSatisfy { $0.base == "EUR" && $0.date == "2025-12-03" })
    #expect(
      conversion.description
        == "1 GBP = 1.331052 USD, crossed through EUR: 1 EUR = 0.8766 GBP (ECB reference rate, 2025-12-03); 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03)"
    )
  }

  @Test func rublesAfterTheECBStoppedQuotingThemAreRefusedWithTheReason() throws {
    let result = Self.table.rate(of: "RUB", on: "2023-05-05")
    #expect(result == .failure(.stoppedQuoting(currency: "RUB", last: "2022-03-01")))
    let rubles = try Self.figure("The fund holds 100 billion rubles.")
    let euros = try Self.figure("The fund holds €1 billion.")
    let comparison = Comparator().compare([(euros, "2023-05-05"), (rubles, "2023-05-05")])
    #expect(comparison.assessment == .incomparable)
    let explanation = try #require(
      comparison.explanations.first { if case .noRate = $0 { true } else { false } })
    #expect(explanation.description.contains("the ECB stopped quoting RUB after 2022-03-01"))
    #expect(explanation.description.contains("add one with 'rate RUB EUR RATE --date 2023-05-05'"))
    // Before it stopped, the ruble converts.
    #expect(try Self.table.rate(of: "RUB", on: "2022-03-01").get().rate == Self.decimal("117.201"))
  }

  @Test func everyOtherMissingRateSaysWhy() {
    #expect(Self.table.rate(of: "UAH", on: "2025-12-03") == .failure(.neverQuoted(currency: "UAH")))
    #expect(Self.table.rate(of: "NGN", on: "2025-12-03") == .failure(.neverQuoted(currency: "NGN")))
    #expect(
      Self.table.rate(of: "USD", on: "1998-12-31") == .failure(.beforeTable(first: "1999-01-04")))
    // Iceland's krona was not quoted from December 2008 to 2018: no 2008 rate stands in for 2012.
    guard
      case .failure(.gap(currency: "ISK", _, day: "2012-06-01")) = Self.table.rate(
        of: "ISK", on: "2012-06-01")
    else {
      Issue.record("a 2012 ISK rate was found")
      return
    }
  }

  @Test func afterTheTablesLastRowOnlyTheWeekendUsesItsRate() throws {
    // A table ending on Friday 2025-11-28.
    let table = try ECBRateTable(
      csv: "Date,USD,\n2025-11-28,1.1600,\n2025-11-27,1.1590,\n", origin: "test")
    #expect(try table.rate(of: "USD", on: "2025-11-30").get().date == "2025-11-28")
    let monday = table.rate(of: "USD", on: "2025-12-01")
    #expect(monday == .failure(.afterTable(last: "2025-11-28")))
    #expect(
      RateUnavailability.afterTable(last: "2025-11-28").description
        == "the built-in table ends 2025-11-28; run scripts/update-rates or 'rates update', or add a rate"
    )
  }

  @Test func theAnalystsRateOfTheDayWinsAndTheECBsIsNamedAsSetAside() throws {
    let analyst = ExchangeRate(
      base: "EUR", quote: "USD", rate: Self.decimal("1.2"), date: "2025-12-03",
      source: "entered by the analyst")
    let sources = RateSources(session: RateTable(rates: [analyst]), reference: .builtIn)
    let sameDay = try sources.conversion(from: "EUR", to: "USD", on: "2025-12-03").get()
    #expect(sameDay.rates == [analyst])
    #expect(
      sameDay.description.contains(
        "not used: 1 EUR = 1.1668 USD (ECB reference rate, 2025-12-03), because the analyst's rate takes precedence"
      ))
    // Two days later the ECB's rate is more recent than the analyst's.
    let later = try sources.conversion(from: "EUR", to: "USD", on: "2025-12-05").get()
    #expect(later.rates.map(\.rate) == [Self.decimal("1.1645")])
    #expect(
      later.description.contains(
        "not used: 1 EUR = 1.2 USD (entered by the analyst, 2025-12-03), because the ECB reference rate of 2025-12-05 is more recent"
      ))
  }

  @Test func aStandingRateWinsOnEveryDay() throws {
    let standing = ExchangeRate(
      base: "EUR", quote: "USD", rate: Self.decimal("1.16"), date: nil,
      source: "entered by the analyst")
    let sources = RateSources(session: RateTable(rates: [standing]), reference: .builtIn)
    for day in ["1999-01-04", "2025-12-03", "2026-01-22"] {
      let conversion = try sources.conversion(from: "USD", to: "EUR", on: day).get()
      #expect(conversion.rates == [standing])
      #expect(conversion.factor == 1 / Self.decimal("1.16"))
      #expect(conversion.setAside.map(\.reason) == [.analystRateTakesPrecedence])
    }
    #expect(standing.description == "1 EUR = 1.16 USD (entered by the analyst, standing rate)")
  }

  @Test func anAnalystsRateFillsInForACurrencyTheECBNeverQuoted() throws {
    let hryvnia = ExchangeRate(
      base: "EUR", quote: "UAH", rate: Self.decimal("48.5"), date: "2025-12-01",
      source: "National Bank of Ukraine")
    let sources = RateSources(session: RateTable(rates: [hryvnia]), reference: .builtIn)
    let conversion = try sources.conversion(from: "UAH", to: "USD", on: "2025-12-03").get()
    #expect(conversion.factor == Self.decimal("1.1668") / Self.decimal("48.5"))
    #expect(conversion.rates.map(\.source) == ["National Bank of Ukraine", "ECB reference rate"])
  }

  @Test func withoutTheTableOnlyTheSessionsRatesCount() {
    let sources = RateSources(session: RateTable(), reference: .none)
    #expect(sources.conversion(from: "EUR", to: "USD", on: "2025-12-03") == .failure(.notRecorded))
  }
}

/// Reading tables from files: the ECB's zip or CSV, and anything else refused.
@Suite("Reading a table of ECB reference rates")
struct ReferenceRateFileTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/ecb")

  @Test func readsTheZipAndTheCSV() throws {
    for name in ["eurofxref-sample.zip", "eurofxref-sample.csv"] {
      let path = Self.fixtures.appendingPathComponent(name).path
      let table = try ReferenceRateFile.load(path)
      #expect(table.origin == path)
      #expect(table.lastDay == "2026-11-27")
      #expect(try table.rate(of: "USD", on: "2026-11-28").get().rate == Decimal(string: "1.2")!)
    }
  }

  static func loadError(_ data: Data) -> ReferenceRateFile.LoadError? {
    do {
      _ = try ReferenceRateFile.table(from: data, location: "x")
      return nil
    } catch {
      return error
    }
  }

  @Test func refusesWhatIsNotTheECBsTable() throws {
    let zip = try Data(contentsOf: Self.fixtures.appendingPathComponent("eurofxref-sample.zip"))
    guard case .badArchive = Self.loadError(zip.prefix(60)) else {
      Issue.record("a truncated zip was read")
      return
    }
    #expect(Self.loadError(Data([0xFF, 0xFE, 0x00])) == .notText(location: "x"))
    let cases = [
      "Day,USD,\n2025-12-03,1.1668,\n": "the header must start with 'Date'",
      "Date,USD,\n2025-13-03,1.1668,\n": "'2025-13-03' is not a date",
      "Date,USD,\n2025-12-03,1.16x,\n": "'1.16x' in column USD is not a rate",
      "Date,USD,\n2025-12-03,-1,\n": "'-1' in column USD is not a rate",
      "Date,USD,\n2025-12-03,0,\n": "'0' in column USD is not a rate",
      "Date,USD,\n2025-12-03,1.1,\n2025-12-03,1.2,\n": "2025-12-03 appears twice",
      "Date,USD,\n2025-12-03,1.1,2.2,\n": "more cells than the header has currencies",
      "Date,usd1,\n2025-12-03,1.1,\n": "is not a currency code",
      "Date,USD,\n": "no rows of rates",
    ]
    for (csv, message) in cases {
      let error = Self.loadError(Data(csv.utf8))
      #expect(error?.description.contains(message) == true, "\(csv): \(String(describing: error))")
    }
  }

  @Test func aMissingFileIsNamed() {
    do {
      _ = try ReferenceRateFile.load("/nonexistent/eurofxref-hist.zip")
      Issue.record("a missing file was read")
    } catch {
      #expect(
        error == .unreadable(location: "/nonexistent/eurofxref-hist.zip", reason: "no such file"))
    }
  }
}
