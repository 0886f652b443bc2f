import Foundation
import Testing

@testable import CrossCheckCore

/// Forms a blind hold-out set found missing (issue #13): storm categories, durations written in
/// parts, the rand symbol, exchange rates per dollar, British dotted clock times, postal
/// districts, ordinals in names, years a forecast is for, and degrees converted to Celsius; and,
/// from later sets, money signs whose country the article decides ("Rs", "Sh"), the Mexican
/// peso's "MX$", and numbers that only label: stock codes in brackets, recall numbers,
/// telephone numbers in groups, model years before a model's name, aircraft models.
@Suite("Hold-out forms III")
struct HoldoutThreeFormsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

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

  /// Numbers that only name or label count nothing: an ordinal in a structure's name, a
  /// recall number, a telephone number in groups, a model year before a model's name.
  @Test(arguments: [
    "Buses crawled across the Second Harbour Bridge all morning.",
    "The parade went down Fifth Avenue.",
    "The regulator listed the recall as campaign 23V-118 on its website.",
    "Owners can look up recall 19E-044 by their vehicle number.",
    "Owners can call the company at 800 461 2210 for a free repair.",
    "The consumer office takes complaints at 55 5123 4567 on weekdays.",
    "Call 33 3641 7720 to book an appointment.",
    "He was driving a 2017 Skoda Octavia when it stalled.",
    "The 2018 Camry had been serviced a week earlier.",
    "Thieves took a 2020 Jaguar from the driveway.",
  ])
  func aNumberThatOnlyNamesOrLabelsIsNoFigure(_ sentence: String) {
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

  // MARK: - Shared abbreviations follow the article's home

  @Test(arguments: [
    ("KARACHI: The price of petrol rose by Rs 12.50 a litre on Friday.", "Rs 12.50", "PKR"),
    ("LAHORE, Pakistan (AP) — A kilo of flour now costs Rs. 160 in the city.", "Rs. 160", "PKR"),
    ("Traders in Islamabad and Rawalpindi said sugar sold at Rs 150 a kilo.", "Rs 150", "PKR"),
    ("NEW DELHI, May 2 (Reuters) - The fee is Rs 500 a month.", "Rs 500", "INR"),
    ("The company set aside Rs 450 crore for the plant.", "Rs 450 crore", "INR"),
    ("KAMPALA, Uganda (AP) — Fares went up to Sh 5,000 on Monday.", "Sh 5,000", "UGX"),
  ])
  func aSharedAbbreviationIsTheHomeCountrysCurrency(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == unit)
  }

  @Test func rsBesidePKRIsThePakistaniRupee() throws {
    let text =
      "The central bank kept its rate unchanged. Fuel now costs Rs 272 a litre, "
      + "and the PKR 1.2 trillion budget was passed."
    let found = try #require(figure("Rs 272", in: text), "\(texts(text))")
    #expect(found.unit == "PKR")
  }

  @Test(arguments: [
    ("Sales reached MX$4.5 billion in the quarter.", "MX$4.5 billion", "4500000000"),
    ("The base model starts at MX$389,500 in showrooms.", "MX$389,500", "389500"),
  ])
  func mxDollarIsTheMexicanPeso(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "MXN")
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - Time zones of one country

  @Test(arguments: [
    ("Budget live\n\n4.52pm NZST\n\nThe fee rises to $31.50.\n\n3.10pm NZST\n\nMore soon.", "NZD"),
    ("Election live\n\n10.05am AEST\n\nThe levy is $12.\n\n9.40am AEST\n\nPolls open.", "AUD"),
    ("Markets live\n\n9.30am EST\n\nShares cost $12.\n\n9.05am EST\n\nFutures rose.", "USD"),
  ])
  func aTimeZoneOfOneCountryMakesItsDollarTheArticles(_ text: String, _ unit: String) throws {
    let found = try #require(figures(text).first { $0.kind == .money }, "\(texts(text))")
    #expect(found.unit == unit)
  }

  // MARK: - Stock codes

  @Test(arguments: [
    ("Shares of Hanami Electric (6752) fell 3% in Tokyo.", "6752"),
    ("Kintaro Holdings (9984.T) rose after the results.", "9984"),
    ("Investors sold Pearl River Games (HKEX: 3690) on Monday.", "3690"),
    ("The carmaker (TSE: 7211) recalled the vans.", "7211"),
    ("Daegu Steel (104700) posted a loss.", "104700"),
  ])
  func aStockCodeInBracketsIsNoFigure(_ sentence: String, _ code: String) {
    #expect(figure(code, in: sentence) == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Germany (1,200) and France (950) sent the most troops.", "1,200"),
    ("The film Parasite (2019) won four awards.", "2019"),
    ("Labour won 412 seats and the Conservatives (121) lost ground.", "121"),
  ])
  func aCountOrYearInBracketsStays(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) != nil, "\(texts(sentence))")
  }

  // MARK: - Recall numbers

  @Test func theVehiclesARecallCoversStayFigures() throws {
    let sentence = "Recall 22V-907 covers 41,000 vehicles."
    #expect(texts(sentence) == ["41,000"])
  }

  // MARK: - Aircraft models

  @Test(arguments: [
    ("The ATR 72 carried 64 passengers and four crew.", "72", "64"),
    ("An Embraer 190 landed safely with 98 people on board.", "190", "98"),
    ("The Antonov 124 flew 120 tonnes of aid to the city.", "124", "120 tonnes"),
  ])
  func anAircraftMakersNumberNamesTheModel(_ sentence: String, _ model: String, _ kept: String) {
    #expect(figure(model, in: sentence) == nil, "\(texts(sentence))")
    #expect(figure(kept, in: sentence) != nil, "\(texts(sentence))")
  }
}
