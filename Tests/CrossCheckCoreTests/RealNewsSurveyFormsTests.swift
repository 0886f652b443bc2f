import Foundation
import Testing

@testable import CrossCheckCore

/// Forms a second survey of real news found misread: a market's move told in points and percent
/// before the level it reached, a change "by" an amount, sub-units of the rupee, temperatures
/// told by their decade, and counts whose noun is written once for two numbers.
@Suite("Real news survey forms")
struct RealNewsSurveyFormsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - A change and the level it reached

  @Test(arguments: [
    ("The index advanced 40.5 points or 0.3 per cent to 12,055.75.", "0.3 per cent", "12,055.75"),
    ("The Dow fell 310 points, or 0.9%, to 33,120.", "0.9%", "33,120"),
    (
      "The budget will increase by almost €4.5 million to €71 million.", "€4.5 million",
      "€71 million"
    ),
    ("A season ticket from Leeds now costs more (up £96 to £2,470).", "£96", "£2,470"),
  ])
  func aChangeOutOfReachOfItsVerbStillLeadsToItsLevel(
    _ sentence: String, _ change: String, _ level: String
  ) {
    let found = figures(sentence)
    #expect(found.contains { $0.text.hasSuffix(change) }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == level }, "\(found.map(\.text))")
    #expect(!found.contains { $0.low != nil && $0.high != nil }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Sales are forecast to grow by 2% to 3% next year.", "2% to 3%"),
    ("Revenue grew by about 2% to 3% in the year.", "about 2% to 3%"),
  ])
  func aRangeOfChangeAfterByOrOrStaysARange(_ sentence: String, _ text: String) throws {
    let range = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(range.low != nil && range.high != nil)
  }

  // MARK: - Sub-units of the rupee and the naira

  @Test(arguments: [
    ("The rupee rose 11 paise to close at 83.12 against the dollar.", "11 paise", "0.11", "INR"),
    ("It ended 9 paise higher.", "9 paise", "0.09", "INR"),
    ("Bread went up by 50 kobo a loaf.", "50 kobo", "0.5", "NGN"),
  ])
  func aSubunitOfTheRupeeOrNairaIsMoney(
    _ sentence: String, _ text: String, _ value: String, _ currency: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == currency)
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - Temperatures told by their decade

  @Test(arguments: [
    ("Temperatures reached the mid-30s in Sydney.", "mid-30s", "34", "36", "degree"),
    ("Highs in the low 80s are forecast for Dallas.", "low 80s", "80", "83", "degree"),
    (
      "Melbourne will cool to 22°C on Monday, with the high 20s forecast for the week.",
      "high 20s", "27", "29", "degC"
    ),
    ("The temperature climbed into the 30s on Monday.", "30s", "30", "39", "degree"),
    (
      "It will be in the mid-to-high 20s Celsius further north.", "mid-to-high 20s Celsius", "24",
      "29", "degC"
    ),
  ])
  func aDecadeOfDegreesIsARangeOfTemperatures(
    _ sentence: String, _ text: String, _ low: String, _ high: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.unit == unit)
    #expect(found.low == Decimal(string: low))
    #expect(found.high == Decimal(string: high))
  }

  @Test(arguments: [
    ("Share prices were in the low 20s all week.", "20s"),
    ("Many of the volunteers are in their mid-40s.", "mid-40s"),
  ])
  func aDecadeWithNoTemperatureNearIsNoTemperature(_ sentence: String, _ text: String) {
    #expect(figures(sentence).first { $0.text.hasSuffix(text) }?.kind != .quantity)
  }

  // MARK: - Units written once for two numbers

  @Test(arguments: [
    ("The motion was passed by 19 votes to 13.", "13", "votes"),
    ("The budget was adopted by 33 votes to four.", "four", "votes"),
  ])
  func theLoserOfAVoteCountsVotesToo(_ sentence: String, _ text: String, _ unit: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.unit == unit)
  }

  @Test(arguments: [
    ("Risks fell by 93 and 81 percent, respectively.", "93"),
    ("Exports rose 12 and 15 per cent in the two quarters.", "12"),
  ])
  func aNumberBeforeAndSharesThePercentAfterIt(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .percent)
    #expect(found.unit == "percent")
  }

  @Test func aCountBeforeAndKeepsItsOwnNoun() throws {
    let sentence = "Police arrested 12 men and 30 percent of them were charged."
    let found = try #require(figure("12", in: sentence), "\(texts(sentence))")
    #expect(found.kind == .count)
  }

  // MARK: - Units news writes

  @Test func rainfallPerHourIsARate() throws {
    let sentence = "Expect peak rates of 15 to 25 mm/h overnight."
    let found = try #require(figure("15 to 25 mm/h", in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.unit == "mm/h")
  }

  @Test func kgsIsKilograms() throws {
    let sentence = "Farmers delivered 1,500 bags of 90 kgs on Friday."
    let found = try #require(figure("90 kgs", in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.unit == "kg")
  }

  @Test(arguments: [
    ("Council approved a 25-cent transit fare hike.", "25-cent", "0.25"),
    ("It is a 2-cent increase on the litre.", "2-cent", "0.02"),
  ])
  func aCentWithAHyphenIsMoney(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "USD")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aCentWithAHyphenPricesTheNounAfterIt() throws {
    let sentence = "Council approved a 25-cent transit fare hike."
    let found = try #require(figure("25-cent", in: sentence), "\(texts(sentence))")
    #expect(found.subject == "transit fare hike")
  }

  @Test func theLevelAfterAChangeInMillionsSharesItsSubject() throws {
    let sentence = "The council budget will increase by almost €6.5 million to €86 million."
    let change = try #require(figure("almost €6.5 million", in: sentence), "\(texts(sentence))")
    let level = try #require(figure("€86 million", in: sentence), "\(texts(sentence))")
    #expect(level.subject == change.subject)
  }

  // MARK: - Dates and scores

  @Test(arguments: [
    ("Inflation was 12.13 per cent in January, 2020.", "January, 2020", "2020-01"),
    ("It stood at 11.98 per cent in December, 2019, the bureau said.", "December, 2019", "2019-12"),
  ])
  func aMonthCommaYearIsOneDate(_ sentence: String, _ text: String, _ date: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .date)
    #expect(found.date == date)
  }

  @Test(arguments: [
    ("The Waratahs thrashed the Highlanders in Sydney 41-12 after the break.", "41-12"),
    ("Blues 24-32 Crusaders", "24-32"),
    ("Lakers 112-108 Celtics", "112-108"),
  ])
  func aScoreBetweenTwoTeamsIsATally(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .tally)
  }

  @Test func aMotionThatFailedHasItsSplit() throws {
    let sentence = "A motion to cut the levy failed 9-4, while the next one passed."
    let found = try #require(figure("9-4", in: sentence), "\(texts(sentence))")
    #expect(found.kind == .tally)
  }

  @Test func noOneWithAHyphenCountsNothing() {
    let sentence = "The board aimed to have no-one waiting longer than a year."
    #expect(!texts(sentence).contains { $0.lowercased().contains("one") }, "\(texts(sentence))")
  }

  @Test(arguments: [
    "They built a big first-half lead at Eden Park.",
    "A second-half fightback fell short.",
    "The club's second-string playmaker kicked the goal.",
  ])
  func aHyphenatedHalfOfAMatchCountsNothing(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(texts(sentence))")
  }

  @Test func aModelVariantIsNoScore() {
    let sentence = "The Boeing 737-800 Max was grounded."
    #expect(!figures(sentence).contains { $0.kind == .tally }, "\(texts(sentence))")
  }
}
