import Foundation
import Testing

@testable import CrossCheckCore

/// Rates the articles give themselves ("500,000 shillings ($3,860)"): read from an amount and
/// its conversion in brackets, dated the article's day, named after it, and used only where
/// neither the session nor the reference table converts.
@Suite("Exchange rates the articles cite")
struct CitedRatesTests: ScanArticleFixtures {
  let wire = """
    Regulator seizes lender

    The fund insures deposits up to 500,000 shillings ($3,860) per depositor, the regulator \
    said. The bank lost 6 billion shillings in a week.

    """

  @Test func anAmountAndItsConversionInBracketsGiveADatedRate() throws {
    let table = CitedRates.table(in: [source("wire", date: "2027-03-09", wire)])
    let rate = try #require(table.rates.first)
    #expect(table.rates.count == 1)
    #expect(rate.base == "USD")
    #expect(rate.quote == "KES")
    // 500,000 / 3,860 = 129.5336…, kept to six significant digits.
    #expect(rate.rate == Decimal(string: "129.534"))
    #expect(rate.date == "2027-03-09")
    #expect(rate.source == "cited in wire")
    #expect(rate.isCited)
  }

  @Test(arguments: [
    // No brackets: two amounts, not one amount twice.
    "The fund paid 500,000 shillings and $3,860 in fees.\n",
    // A range or a list in brackets is no conversion.
    "It sold 500,000 shillings of bonds (and $3,860 of notes) on Monday.\n",
    // One currency.
    "Prices rose to 500,000 shillings (from 450,000 shillings) this year.\n",
    // A fixed subunit is no rate.
    "A stamp costs 85p (£0.85) now.\n",
  ])
  func otherAmountsSideBySideCiteNoRate(_ text: String) {
    #expect(CitedRates.table(in: [source("x", date: "2027-03-09", text)]).rates.isEmpty)
  }

  @Test func anUndatedArticleCitesNoRate() {
    let undated = Source(
      id: SourceID("wire"), path: "wire.txt", canonicalPath: "/wire.txt",
      metadata: SourceMetadata(), text: wire, sha256: "wire", byteCount: wire.utf8.count)
    #expect(CitedRates.table(in: [undated]).rates.isEmpty)
  }

  @Test func aCitedRateConvertsOnlyWhereNothingElseDoesAndOnlyNearItsDay() throws {
    let cited = CitedRates.table(in: [source("wire", date: "2027-03-09", wire)])
    let rates = RateSources(session: RateTable(), reference: .builtIn, cited: cited)
    let conversion = try rates.conversion(from: "KES", to: "USD", on: "2027-03-10").get()
    #expect(conversion.rates.map(\.source) == ["cited in wire"])
    #expect(conversion.factor == 1 / Decimal(string: "129.534")!)
    // Through a currency the table reaches: shillings to euros, by the cited rate to dollars
    // and the ECB's from dollars to euros (2026, within the table).
    let dated = CitedRates.table(in: [source("wire", date: "2026-03-09", wire)])
    let throughDollars = try RateSources(session: RateTable(), reference: .builtIn, cited: dated)
      .conversion(from: "KES", to: "EUR", on: "2026-03-10").get()
    #expect(throughDollars.rates.map(\.source) == ["cited in wire", "ECB reference rate"])
    // Months away, the article's rate says nothing.
    #expect(throws: RateUnavailability.self) {
      try rates.conversion(from: "KES", to: "USD", on: "2027-06-30").get()
    }
    // The table's own rate wins where it has one.
    let ecb = try RateSources(session: RateTable(), reference: .builtIn, cited: dated)
      .conversion(from: "USD", to: "EUR", on: "2026-03-10").get()
    #expect(ecb.rates.map(\.source) == ["ECB reference rate"])
  }

  @Test func theScanComparesAmountsInACurrencyOnlyAnArticleConverts() throws {
    let texts = [
      wire,
      "Run on the bank\n\nSavers pulled about $46 million from the bank in a week, the "
        + "regulator said.\n",
    ]
    // The ECB's table takes the dollars on to the scan's base currency, the euro.
    let found = DiscrepancyScanner(comparator: Comparator(reference: .builtIn)).scan([
      source("wire", date: "2026-03-10", texts[0]), source("paper", date: "2026-03-11", texts[1]),
    ])
    let pair = try #require(
      found.first { holds($0, ["6 billion shillings", "about $46 million"]) },
      "\(found.map { $0.figures.map(\.figure.text) })")
    #expect(pair.reasons.contains(.currencyDifference))
    // The conversion names the article whose rate it used.
    #expect(
      pair.comparison.entries.contains {
        $0.conversion?.rates.map(\.source) == ["cited in wire"]
      })
  }
}
