import Foundation
import Testing

@testable import CrossCheckCore

/// Forms a blind hold-out set found missing (issue #13): storm categories, durations written in
/// parts, the rand symbol, exchange rates per dollar, British dotted clock times, postal
/// districts, ordinals in names, years a forecast is for, and degrees converted to Celsius.
@Suite("Hold-out forms III")
struct HoldoutThreeFormsTests {
  private func described(_ sentence: String) -> [String] {
    figures(sentence).map {
      "\($0.text) \($0.kind) \($0.value.map { "\($0)" } ?? "-") \($0.unit ?? "-")"
    }
  }

  // MARK: - Storm categories

  @Test(arguments: [
    ("Forecasters expect a Category 3 hurricane to reach the islands.", "Category 3", "3"),
    ("The typhoon was downgraded to Category 2 on Sunday.", "Category 2", "2"),
    ("A category 5 cyclone has not hit the state since 2006.", "category 5", "5"),
  ])
  func aStormCategoryIsACountOfCategories(_ sentence: String, _ text: String, _ value: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .count)
    #expect(found.unit == "category")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aCategoryWithoutAStormStaysAName() {
    let sentence = "She won Category 4 at the photography awards."
    #expect(!figures(sentence).contains { $0.text.contains("4") }, "\(described(sentence))")
  }

  // MARK: - Durations

  @Test(arguments: [
    (
      "She crossed the line in 3 hours, 12 minutes and 5 seconds.",
      "3 hours, 12 minutes and 5 seconds", "hour", "3.2013888888888888888888888888888888889"
    ),
    ("He held his breath for 4 minutes, 30 seconds.", "4 minutes, 30 seconds", "minute", "4.5"),
    (
      "The crossing took 1 hour and 40 minutes.", "1 hour and 40 minutes", "hour",
      "1.6666666666666666666666666666666666667"
    ),
  ])
  func aDurationWrittenInPartsIsOneDurationInItsLargerUnit(
    _ sentence: String, _ text: String, _ unit: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .duration)
    #expect(found.unit == unit)
    let expected = try #require(Decimal(string: value))
    let difference = (found.value ?? 0) - expected
    #expect(abs(NSDecimalNumber(decimal: difference).doubleValue) < 1e-9, "\(described(sentence))")
  }

  @Test func aCountAfterACommaIsNoPartOfTheDuration() {
    let sentence = "The vote took 3 hours, 90 minutes longer than planned."
    #expect(figure("3 hours", in: sentence)?.value == 3, "\(described(sentence))")
  }

  @Test func aFortnightIsTwoWeeks() throws {
    let sentence = "The repairs took a fortnight, the council said."
    let found = try #require(figure("a fortnight", in: sentence), "\(described(sentence))")
    #expect(found.kind == .duration)
    #expect(found.value == 2)
    #expect(found.unit == "week")
  }

  @Test func aYearLaterIsADurationOfOneYear() throws {
    let sentence = "A year later, the mine reopened under new owners."
    let found = try #require(figure("A year", in: sentence), "\(described(sentence))")
    #expect(found.kind == .duration)
    #expect(found.value == 1)
    #expect(found.unit == "year")
  }

  // MARK: - Clock times

  @Test(arguments: [
    ("Kick-off is at 19.45 BST on Saturday.", "19:45"),
    ("Polls closed at 21.30 GMT.", "21:30"),
    ("The ferry left at 6.40am.", "06:40"),
  ])
  func aDottedClockTimeWithAZoneOrMarkerIsATime(_ sentence: String, _ clock: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.kind != .time }, "\(described(sentence))")
    #expect(found.contains { $0.kind == .time }, "\(described(sentence))")
  }

  // MARK: - Names

  @Test(arguments: [
    "The family moved to Dublin 7 last spring.",
    "Rents in Dublin 6W rose again.",
  ])
  func aPostalDistrictIsNoFigure(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind != .date }, "\(described(sentence))")
  }

  @Test(arguments: [
    "Buses crawled across the Second Harbour Bridge all morning.",
    "The parade went down Fifth Avenue.",
  ])
  func anOrdinalInAStructuresNameIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(described(sentence))")
  }

  // MARK: - Years

  @Test func aYearAForecastIsForIsADateInAChangeSentence() throws {
    let sentence = "The bank raised its forecast for 2026 to 2.1% from 1.7%."
    let year = try #require(figure("2026", in: sentence), "\(described(sentence))")
    #expect(year.kind == .date)
    #expect(figure("2.1%", in: sentence)?.kind == .percent)
    #expect(figure("1.7%", in: sentence)?.kind == .percent)
  }

  // MARK: - Temperatures

  @Test func bareDegreesConvertedToCelsiusAreFahrenheit() throws {
    let sentence = "It reached 97 degrees (36 Celsius) in the afternoon."
    let found = try #require(figure("97 degrees", in: sentence), "\(described(sentence))")
    #expect(found.unit == "degF")
    #expect(figure("36 Celsius", in: sentence)?.unit == "degC")
  }

  @Test func degreesWhoseBracketDoesNotConvertThemKeepTheirReading() throws {
    let sentence = "It reached 36 degrees (37 Celsius) in the afternoon, then 36 degrees."
    let found = try #require(figure("36 degrees", in: sentence), "\(described(sentence))")
    // No conversion: 36F is about 2C, not 37C.
    #expect(found.unit != "degF")
  }

  // MARK: - Rand and exchange rates

  @Test func theRandSymbolInASouthAfricanArticleIsRand() throws {
    let text = """
      JOHANNESBURG - Shoppers in Durban paid R450 for school shoes, up from R380.
      A loaf of bread now costs R18.75.
      """
    let found = FigureExtractor.extract(from: text, source: SourceID("t"))
    for amount in ["R450", "R380", "R18.75"] {
      let figure = try #require(found.first { $0.text == amount }, "\(found.map(\.text))")
      #expect(figure.unit == "ZAR")
      #expect(figure.kind == .money)
    }
    #expect(found.first { $0.text == "R18.75" }?.value == Decimal(string: "18.75"))
  }

  @Test func aCapitalRWithDigitsElsewhereIsNoRand() {
    let text = "LONDON - Traffic on the R2 was slow, and the R450 printer sold out."
    let found = FigureExtractor.extract(from: text, source: SourceID("t"))
    #expect(!found.contains { $0.unit == "ZAR" }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("The rand firmed to 18.40 per dollar.", "18.40", "ZAR"),
    ("The rupee weakened to 84.2 per dollar on Friday.", "84.2", "INR"),
  ])
  func anExchangeRateIsMoneyInTheFirstCurrency(_ sentence: String, _ text: String, _ unit: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == unit)
  }
}
