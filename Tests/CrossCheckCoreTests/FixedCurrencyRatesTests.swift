import Foundation
import Testing

@testable import CrossCheckCore

/// Currencies fixed by definition to another (pence to the pound, the franc to the euro) convert
/// without a market rate, and say so.
@Suite("Fixed currency rates")
struct FixedCurrencyRatesTests {
  static let builtIn = RateSources(session: RateTable(), reference: .builtIn)

  static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

  @Test func penceArePoundsDividedByAHundredWithNoRateOfTheDay() throws {
    let conversion = try Self.builtIn.conversion(from: "GBX", to: "GBP", on: "2026-03-03").get()
    #expect(conversion.factor == Self.decimal("0.01"))
    #expect(conversion.description == "1 GBP = 100 GBX (fixed)")
    let back = try Self.builtIn.conversion(from: "GBP", to: "GBX", on: nil).get()
    #expect(back.factor == 100)
  }

  @Test func penceInEurosCrossThroughThePound() throws {
    let conversion = try Self.builtIn.conversion(from: "GBX", to: "EUR", on: "2025-12-03").get()
    #expect(conversion.factor == Self.decimal("0.01") / Self.decimal("0.8766"))
    #expect(conversion.description.hasPrefix("1 GBX = 0.011408 EUR, crossed through GBP: "))
    #expect(conversion.description.hasSuffix("1 EUR = 0.8766 GBP (ECB reference rate, 2025-12-03)"))
  }

  @Test func theDeutschmarkAtItsIrrevocableRate() throws {
    let conversion = try Self.builtIn.conversion(from: "DEM", to: "EUR", on: "2001-06-01").get()
    #expect(conversion.factor == 1 / Self.decimal("1.95583"))
    #expect(conversion.description == "1 EUR = 1.95583 DEM (fixed)")
  }

  @Test func anAnalystsOwnRateForTheCurrencyWins() throws {
    var session = RateTable()
    session.add(ExchangeRate(base: "GBP", quote: "GBX", rate: 99, date: nil, source: "analyst"))
    let conversion = try RateSources(session: session, reference: .builtIn)
      .conversion(from: "GBX", to: "GBP", on: "2026-03-03").get()
    #expect(conversion.factor == 1 / Decimal(99))
  }

  @Test func aSharePriceInPenceIsComparedWithOneInPounds() throws {
    let pence = try #require(
      FigureExtractor.extract(from: "Its shares closed at 1,184 pence.", source: SourceID("a"))
        .first)
    let pounds = try #require(
      FigureExtractor.extract(from: "Its shares closed at £11.84.", source: SourceID("b")).first)
    let comparison = Comparator().compare([(pounds, "2026-03-03"), (pence, "2026-03-03")])
    #expect(comparison.assessment == .agree)
    #expect(!comparison.explanations.contains { if case .noRate = $0 { true } else { false } })
  }

  @Test func penceAndPoundsOfEqualValueOnOtherDaysAreNoTimeDifference() throws {
    let pence = try #require(
      FigureExtractor.extract(from: "Its shares closed at 1,184 pence.", source: SourceID("a"))
        .first)
    let pounds = try #require(
      FigureExtractor.extract(from: "Its shares closed at £11.84.", source: SourceID("b")).first)
    let reasons = ScanReasons.reasons(
      for: [(pence, "2026-03-03"), (pounds, "2026-03-05")], rates: Self.builtIn)
    // Pence are read as pounds (1,184 pence is 11.84 GBP): the two amounts are equal.
    #expect(!reasons.contains(.timeDifference), "\(reasons)")
    #expect(!reasons.contains(.contradiction), "\(reasons)")
  }
}
