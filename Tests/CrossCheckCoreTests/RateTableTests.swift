import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Exchange rates: dated conversions")
struct RateTableTests {
  static func rate(
    _ base: String, _ quote: String, _ value: String, on date: String,
    source: String = "ECB reference rate"
  ) -> ExchangeRate {
    ExchangeRate(
      base: base, quote: quote, rate: Decimal(string: value)!, date: date, source: source)
  }

  /// EUR→USD on three days, added out of order.
  static let eurUSD = RateTable(rates: [
    rate("EUR", "USD", "1.20", on: "2026-01-02"),
    rate("EUR", "USD", "1.10", on: "2025-11-03"),
    rate("EUR", "USD", "1.1650", on: "2025-12-03"),
  ])

  @Test func usesTheRateNearestOnOrBeforeTheDateNotALaterOne() throws {
    let conversion = try #require(Self.eurUSD.conversion(from: "EUR", to: "USD", on: "2025-12-15"))
    #expect(conversion.factor == Decimal(string: "1.1650")!)
    #expect(conversion.rates == [Self.rate("EUR", "USD", "1.1650", on: "2025-12-03")])
    #expect(conversion.from == "EUR")
    #expect(conversion.to == "USD")
  }

  @Test func usesARateDatedOnTheDayItself() throws {
    let conversion = try #require(Self.eurUSD.conversion(from: "EUR", to: "USD", on: "2025-12-03"))
    #expect(conversion.rates.map(\.date) == ["2025-12-03"])
  }

  @Test func theDayBeforeANewRateStillUsesTheOldOne() throws {
    let conversion = try #require(Self.eurUSD.conversion(from: "EUR", to: "USD", on: "2025-12-02"))
    #expect(conversion.factor == Decimal(string: "1.10")!)
    #expect(conversion.rates.map(\.date) == ["2025-11-03"])
  }

  @Test func withoutADateUsesTheLatestRate() throws {
    let conversion = try #require(Self.eurUSD.conversion(from: "EUR", to: "USD", on: nil))
    #expect(conversion.rates.map(\.date) == ["2026-01-02"])
  }

  @Test func invertsARateForTheOppositeDirection() throws {
    let table = RateTable(rates: [Self.rate("EUR", "USD", "1.25", on: "2025-12-03")])
    let conversion = try #require(table.conversion(from: "USD", to: "EUR", on: "2025-12-04"))
    #expect(conversion.from == "USD")
    #expect(conversion.to == "EUR")
    #expect(conversion.factor == Decimal(string: "0.8")!)
    #expect(conversion.rates == [Self.rate("EUR", "USD", "1.25", on: "2025-12-03")])
  }

  @Test func crossesTwoEuroRates() throws {
    let table = RateTable(rates: [
      Self.rate("EUR", "GBP", "0.8", on: "2025-12-03"),
      Self.rate("EUR", "USD", "1.2", on: "2025-12-03"),
    ])
    let conversion = try #require(table.conversion(from: "GBP", to: "USD", on: "2025-12-03"))
    #expect(conversion.factor == Decimal(string: "1.5")!)
    #expect(conversion.rates.map { "\($0.base)/\($0.quote)" } == ["EUR/GBP", "EUR/USD"])
    #expect(
      conversion.description
        == "1 GBP = 1.5 USD, crossed through EUR: 1 EUR = 0.8 GBP (ECB reference rate, 2025-12-03); 1 EUR = 1.2 USD (ECB reference rate, 2025-12-03)"
    )
    let back = try #require(table.conversion(from: "USD", to: "GBP", on: "2025-12-03"))
    #expect(back.factor == Decimal(string: "0.8")! / Decimal(string: "1.2")!)
  }

  @Test func crossRateLegsEachUseTheirOwnLatestDay() throws {
    let table = RateTable(rates: [
      Self.rate("EUR", "GBP", "0.8", on: "2025-12-01"),
      Self.rate("EUR", "USD", "1.2", on: "2025-12-03"),
      Self.rate("EUR", "USD", "1.6", on: "2025-12-05"),
    ])
    let conversion = try #require(table.conversion(from: "GBP", to: "USD", on: "2025-12-04"))
    #expect(conversion.factor == Decimal(string: "1.5")!)
    #expect(conversion.rates.map(\.date) == ["2025-12-01", "2025-12-03"])
  }

  @Test func neverInventsARateBeforeTheFirstOne() {
    let table = RateTable(rates: [Self.rate("EUR", "USD", "1.1650", on: "2025-12-03")])
    #expect(table.conversion(from: "EUR", to: "USD", on: "2025-12-02") == nil)
    #expect(table.conversion(from: "USD", to: "EUR", on: "2025-12-02") == nil)
    #expect(table.conversion(from: "EUR", to: "JPY", on: "2025-12-31") == nil)
    #expect(RateTable().conversion(from: "EUR", to: "USD", on: nil) == nil)
  }

  @Test func aCrossRateNeedsBothLegsOnOrBeforeTheDate() {
    let table = RateTable(rates: [
      Self.rate("EUR", "GBP", "0.8", on: "2025-12-01"),
      Self.rate("EUR", "USD", "1.2", on: "2025-12-05"),
    ])
    #expect(table.conversion(from: "GBP", to: "USD", on: "2025-12-04") == nil)
    #expect(table.conversion(from: "GBP", to: "USD", on: "2025-12-05")?.factor == 1.5)
  }

  @Test func theSameCurrencyNeedsNoRate() throws {
    let conversion = try #require(RateTable().conversion(from: "eur", to: "EUR", on: "2025-12-03"))
    #expect(conversion.factor == 1)
    #expect(conversion.rates.isEmpty)
  }

  @Test func currencyCodesAreUpperCased() throws {
    let rate = ExchangeRate(
      base: "eur", quote: "usd", rate: 2, date: "2025-12-03", source: "entered by the analyst")
    #expect(rate.base == "EUR")
    #expect(rate.quote == "USD")
    let table = RateTable(rates: [rate])
    #expect(table.conversion(from: "eur", to: "usd", on: "2025-12-03")?.factor == 2)
    #expect(rate.description == "1 EUR = 2 USD (entered by the analyst, 2025-12-03)")
  }

  @Test func addingARateForTheSamePairAndDayReplacesIt() {
    var table = RateTable()
    table.add(Self.rate("EUR", "USD", "1.16", on: "2025-12-03"))
    table.add(Self.rate("EUR", "USD", "1.17", on: "2025-12-03", source: "entered by the analyst"))
    #expect(
      table.rates == [
        Self.rate("EUR", "USD", "1.17", on: "2025-12-03", source: "entered by the analyst")
      ])
    #expect(
      table.conversion(from: "EUR", to: "USD", on: "2025-12-03")?.factor == Decimal(string: "1.17")!
    )
  }

  @Test func ratesForOtherDaysOrPairsAreKept() {
    var table = RateTable()
    table.add(Self.rate("EUR", "USD", "1.16", on: "2025-12-03"))
    table.add(Self.rate("EUR", "USD", "1.17", on: "2025-12-04"))
    table.add(Self.rate("USD", "EUR", "0.86", on: "2025-12-03"))
    table.add(Self.rate("EUR", "GBP", "0.88", on: "2025-12-03"))
    #expect(table.rates.count == 4)
    #expect(
      table.rates.map { "\($0.base)/\($0.quote) \($0.date ?? "standing")" } == [
        "EUR/GBP 2025-12-03", "EUR/USD 2025-12-03", "EUR/USD 2025-12-04", "USD/EUR 2025-12-03",
      ])
  }

  @Test func importingRatesReplacesThoseForTheSamePairAndDay() {
    var table = RateTable(rates: [
      Self.rate("EUR", "USD", "1.16", on: "2025-12-03", source: "entered by the analyst"),
      Self.rate("EUR", "USD", "1.15", on: "2025-12-02", source: "entered by the analyst"),
    ])
    table.add(contentsOf: [
      Self.rate("EUR", "USD", "1.1650", on: "2025-12-03"),
      Self.rate("EUR", "JPY", "180.5", on: "2025-12-03"),
    ])
    #expect(
      table.rates == [
        Self.rate("EUR", "JPY", "180.5", on: "2025-12-03"),
        Self.rate("EUR", "USD", "1.15", on: "2025-12-02", source: "entered by the analyst"),
        Self.rate("EUR", "USD", "1.1650", on: "2025-12-03"),
      ])
    #expect(
      table.conversion(from: "EUR", to: "USD", on: "2025-12-05")?.factor == Decimal(
        string: "1.1650")!)
  }

  @Test func aTableSurvivesEncodingAndDecoding() throws {
    let data = try JSONEncoder().encode(Self.eurUSD)
    let decoded = try JSONDecoder().decode(RateTable.self, from: data)
    #expect(decoded == Self.eurUSD)
    #expect(
      decoded.conversion(from: "EUR", to: "USD", on: "2025-12-15")?.rates.map(\.date) == [
        "2025-12-03"
      ])
  }

  @Test(arguments: [
    ("2025-12-03", true), ("2025-1-03", false), ("2025-13-01", false), ("2025-12-00", false),
    ("25-12-03", false), ("2025/12/03", false), ("yesterday", false), ("2025-12-03T10:00", false),
  ])
  func recognizesISODays(_ text: String, _ isDay: Bool) {
    #expect(ExchangeRate.isDay(text) == isDay)
  }

  @Test func aDayThatIsNotInTheCalendarIsNotADay() {
    #expect(!ExchangeRate.isDay("2025-02-30"))
    #expect(!ExchangeRate.isDay("2025-11-31"))
  }
}
