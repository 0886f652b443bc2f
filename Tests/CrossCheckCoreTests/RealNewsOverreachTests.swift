import Foundation
import Testing

@testable import CrossCheckCore

/// Ordinary sentences the real-news rules must leave alone: a change in a sub-unit before the
/// level in the main unit, result words near a range of people or years, capitals that are
/// dates or a headline's, and a decade that is a rating, a price or an age, not a temperature.
@Suite("Real news overreach")
struct RealNewsOverreachTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - A change in a sub-unit, then the level in the main unit

  @Test(arguments: [
    ("The rupee rose 11 paise to 83.20 against the US dollar.", "11 paise", "0.11", "83.20", "INR"),
    ("The naira fell 50 kobo to 1,450.50 per dollar.", "50 kobo", "0.5", "1,450.50", "NGN"),
    ("The shares rose 25 cents to 6.10 on Friday.", "25 cents", "0.25", "6.10", "USD"),
  ])
  func aChangeInASubunitThenTheLevelInTheMainUnit(
    _ sentence: String, _ change: String, _ value: String, _ level: String, _ currency: String
  ) throws {
    let found = figures(sentence)
    #expect(!found.contains { $0.low != nil || $0.high != nil }, "\(texts(sentence))")
    let changeFigure = try #require(figure(change, in: sentence), "\(texts(sentence))")
    #expect(changeFigure.kind == .money)
    #expect(changeFigure.unit == currency)
    #expect(changeFigure.value == Decimal(string: value))
    let levelFigure = try #require(figure(level, in: sentence), "\(texts(sentence))")
    #expect(levelFigure.value == Decimal(string: level.replacingOccurrences(of: ",", with: "")))
    #expect(levelFigure.kind == .money)
    #expect(levelFigure.unit == currency)
  }

  /// A whole level after a change in pence may be in pence itself: never 480 pounds.
  @Test func aWholeLevelAfterASubunitIsNotTakenAsTheMainUnit() {
    let sentence = "Shares in BP rose 4p to 480."
    let found = figures(sentence)
    #expect(!found.contains { $0.value == 480 && $0.unit == "GBP" }, "\(texts(sentence))")
  }

  @Test func aChangeFromASubunitToABareNumberStaysInTheSubunit() throws {
    let sentence = "The fare rose from 50 cents to 75."
    let level = try #require(figure("75", in: sentence), "\(texts(sentence))")
    #expect(level.value == Decimal(string: "0.75"))
  }

  // MARK: - Result words near a range that is no tally

  @Test(arguments: [
    ("The rally drew 3,000-4,000 people to the square.", "3000", "4000"),
    ("Pay is tied to a 5-7 year contract.", "5", "7"),
    ("The talks failed after 2-3 days of meetings.", "2", "3"),
    ("Since the defeat, turnout among 18-24 year olds fell.", "18", "24"),
  ])
  func aRangeWithItsOwnNounIsNoTally(_ sentence: String, _ low: String, _ high: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.kind == .tally }, "\(texts(sentence))")
    #expect(
      found.contains { $0.low == Decimal(string: low) && $0.high == Decimal(string: high) },
      "\(texts(sentence))")
  }

  @Test(arguments: [
    ("The Blues drew 1-1 with the visitors.", "1-1"),
    ("The two sides tied 2-2 after extra time.", "2-2"),
    ("England beat Spain 2-1 days after the draw in Madrid.", "2-1"),
  ])
  func aResultVerbRightBeforeTheNumbersStillMakesATally(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .tally)
  }

  // MARK: - Capitals that are no teams

  @Test(arguments: [
    "Parliament will sit on Monday 12-14 March.",
    "Doors open Saturday 10-12 July.",
    "Voters 18-29 Back Harris In New Poll",
  ])
  func aDateOrATitleCasedHeadlineIsNoScore(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .tally }, "\(texts(sentence))")
  }

  @Test func aTitleCasedHeadlineKeepsItsRangeOfAges() {
    let sentence = "Voters 18-29 Back Harris In New Poll"
    #expect(
      figures(sentence).contains { $0.low == 18 && $0.high == 29 }, "\(texts(sentence))")
  }

  @Test func aWeekdayAndAMonthAroundDaysMakeADateRange() {
    let sentence = "Parliament will sit on Monday 12-14 March."
    #expect(figures(sentence).contains { $0.kind == .date }, "\(texts(sentence))")
  }

  // MARK: - Decades that are no temperatures

  @Test(arguments: [
    "His approval rating sat in the low 40s, near the lows of his first term.",
    "Mortgage rates hit highs not seen since the 80s.",
    "The Dow hit record highs, with the VIX in the low 20s.",
    "Temperatures were far lower back in the '90s.",
    "Average temperatures have climbed since the 70s.",
    "The heatwave killed a woman, mid-20s, who was walking home.",
  ])
  func aDecadeAwayFromATemperatureIsNoTemperature(_ sentence: String) {
    let temperatures = figures(sentence).filter {
      $0.unit.flatMap { UnitTable.units[$0]?.dimension } == "temperature"
    }
    #expect(temperatures.isEmpty, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Temperatures in the mid-20s are expected.", "mid-20s"),
    ("Highs in the high 30s Celsius are forecast.", "high 30s Celsius"),
    ("Temperatures will be in the 90s this week.", "90s"),
    ("The mercury hit the high 90s in Phoenix.", "high 90s"),
  ])
  func aDecadeInAClauseAboutTemperaturesStaysATemperature(_ sentence: String, _ text: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.unit.flatMap { UnitTable.units[$0]?.dimension } == "temperature")
  }
}
