import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of the news sections no devset article is written in: markets wraps and company
/// results, weather and climate, transport and tech, science, courts and property.
@Suite("Section news forms")
struct SectionNewsFormsTests {
  private func figures(_ sentence: String) -> [Figure] {
    FigureExtractor.extract(from: sentence, source: SourceID("s"))
  }

  // MARK: - A change and the level it reached

  @Test(arguments: [
    ("The S&P 500 gained 1.1% to 5,021.84.", "1.1%", "5,021.84"),
    ("Brent crude rose $1.20 to $83.55 a barrel.", "$1.20", "$83.55"),
    ("Inflation fell 0.5% to 3.2% in May.", "0.5%", "3.2%"),
    ("Its shares slid 8 cents to $4.10.", "8 cents", "$4.10"),
  ])
  func aChangeThenTheLevelItReachedIsNoRange(
    _ sentence: String, _ change: String, _ level: String
  ) {
    let found = figures(sentence)
    #expect(found.contains { $0.text == change }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == level }, "\(found.map(\.text))")
    #expect(!found.contains { $0.low != nil }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Prices are expected to rise 2% to 3% next year.", "2% to 3%"),
    ("Sales rose 10 to 20 percent.", "10 to 20 percent"),
  ])
  func aRangeOfChangeStaysARange(_ sentence: String, _ text: String) throws {
    let range = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(range.low != nil && range.high != nil)
  }

  // MARK: - Periods of years

  @Test(arguments: [
    ("Ice was 640,000 sq km below the 1981-2010 average.", "1981-2010", "1981/2010"),
    ("Output is measured in 2010-2015 prices.", "2010-2015", "2010/2015"),
    ("The 1939–1945 war changed Europe.", "1939–1945", "1939/1945"),
  ])
  func twoYearsJoinedByADashAreOnePeriod(_ sentence: String, _ text: String, _ date: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    #expect(found.date == date)
    #expect(!figures(sentence).contains { $0.kind == .count })
  }

  @Test func twoYearsWithToAreStillTwoDates() {
    let dates = figures("Spending will rise from 2026 to 2028.").filter { $0.kind == .date }
    #expect(dates.count == 2, "\(dates.map(\.text))")
  }

  // MARK: - Units joined on by a hyphen

  @Test(arguments: [
    ("The 2.5-mile tunnel took seven years to build.", "2.5-mile", "mile", "2.5"),
    ("The phone has a 6.7-inch display.", "6.7-inch", "inch", "6.7"),
    ("A 10-foot wall surrounds the site.", "10-foot", "foot", "10"),
    ("They built a 140-km line.", "140-km", "km", "140"),
  ])
  func aUnitJoinedByAHyphenIsAQuantity(
    _ sentence: String, _ text: String, _ unit: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .quantity)
    #expect(found.unit == unit)
    #expect(found.value == Decimal(string: value))
  }

  @Test func aCompoundOfAnyOtherNounStaysACount() throws {
    let found = try #require(figure("20-point", in: "They backed a 20-point plan."))
    #expect(found.kind == .count)
  }
}
