import Foundation
import Testing

@testable import CrossCheckCore

/// Forms from the newest hold-out's misses, each a rule for English news in general: seconds
/// written as the SI symbol apart from the number, codes that list courses, a broadcaster's
/// numbered name, a court's docket number, and an address with a compass point. Each is tested
/// with the near misses that must stay figures.
@Suite("Codes and symbols")
struct CodesAndSymbolsTests {
  // MARK: - Seconds as "s"

  @Test(arguments: [
    ("T+148 s – first-stage separation", "148 s", "148"),
    ("The sprint took 9.6 s in all.", "9.6 s", "9.6"),
    ("The valve closed after 30 s, as planned.", "30 s", "30"),
  ])
  func aLoneSAfterANumberIsSeconds(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "second")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    "Prices peaked in the 1990s, then fell.",
    "She is in her 20s and lives in Leeds.",
  ])
  func aDecadeGluedToSIsNoSpan(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.unit == "second" })
  }

  // MARK: - Course codes listed

  @Test func aCodeListedAfterACodeIsACode() {
    let found = figures("It added courses such as ECON 101 and BIOS 150 this term.")
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  @Test func aPartysTallyInAListStaysAFigure() {
    let found = figures("The count stood at APC 312, PDP 145 on Sunday.")
    #expect(found.contains { $0.text.contains("312") }, "\(found.map(\.text))")
    #expect(found.contains { $0.text.contains("145") }, "\(found.map(\.text))")
  }

  // MARK: - Broadcasters

  @Test(arguments: [
    "By Jenna Marquez, KNSM North Star 6 News",
    "Channel 4 News first reported the leak.",
    "She told Fox 5 TV that she would stay.",
  ])
  func aNumberInABroadcastersNameIsNoFigure(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.kind == .count }, "\(found.map(\.text))")
  }

  @Test func aCountBeforeANewsWordInLowerCaseStaysACount() throws {
    let sentence = "Rivals ran 6 news bulletins a day."
    let found = try #require(figure("6", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
  }

  // MARK: - Dockets

  @Test func aDocketNumberIsNoTime() {
    let sentence = "In re Caldera Pricing Litigation, No. 0:27-cv-03158 (D. Minn.), was approved."
    let found = figures(sentence)
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  @Test func aTimeBeforeAHyphenedWordStaysATime() throws {
    let sentence = "The 10:30 ferry left on time."
    let found = try #require(figure("10:30", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .time)
  }

  // MARK: - Addresses with a compass point

  @Test(arguments: [
    "Its campus at 1200 W. Platte Ave., Grand Island, is busy.",
    "The office at 350 NE Main St is closed.",
  ])
  func aNumberBeforeACompassPointAndAStreetIsAnAddress(_ sentence: String) {
    let found = figures(sentence)
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  @Test func aCountBeforeACapitalizedWordStaysACount() throws {
    let sentence = "About 1200 W. African migrants landed."
    #expect(!figures(sentence).isEmpty)
  }

  // MARK: - Plans named by a year

  @Test(arguments: [
    "Saudi Arabia's Vision 2030 guides the spending.",
    "The first stage of Plan Melbourne 2017-2050 opens in May.",
    "Its Platte 2031 strategic plan sets a course for the university.",
  ])
  func aYearInAPlansNameIsNoDate(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.kind == .date }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("By 2030 the plan will cost more.", "2030"),
    ("The 2030 plan was approved.", "2030"),
    ("Work starts in June 2030 under the plan.", "June 2030"),
    ("The Paris 2024 budget rose.", "2024"),
  ])
  func aYearThatDatesAPlanStaysADate(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
  }

  // MARK: - Bonds named by their maturity, and numbers after a lower-case designator

  @Test(arguments: [
    "The yield on the benchmark 2035 government bond fell.",
    "Investors sold its 2049 notes on Monday.",
    "Kiprotich, wearing bib 1042, went through halfway.",
    "See page 1042 of the report.",
  ])
  func aYearLikeNumberThatNamesIsNoDate(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.kind == .date }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("The bank issued 2000 bonds last year.", "2000", FigureKind.count),
    ("In 2035 bonds will be repaid.", "2035", FigureKind.date),
  ])
  func aYearBeforeBondsWithNoDeterminerKeepsItsReading(
    _ sentence: String, _ text: String, _ kind: FigureKind
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == kind)
  }

  // MARK: - What a change changed

  @Test(arguments: [
    ("The Regents approved a 4.9% increase in resident tuition.", "4.9%", "tuition"),
    ("The 3% cut in interest rates helped.", "3%", "interest rates"),
    ("Fees saw a $225 rise in parking charges.", "$225", "parking charges"),
  ])
  func aChangesSubjectSaysWhatChanged(_ sentence: String, _ text: String, _ changed: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(changed) == true, "\(found.subject ?? "nil")")
  }

  @Test func aChangeInAMonthIsNoChangedThing() throws {
    let sentence = "Prices saw a 5% rise in March."
    let found = try #require(figure("5%", in: sentence))
    #expect(found.subject?.contains("March") != true, "\(found.subject ?? "nil")")
  }

  // MARK: - Acronyms that spell a stop word, and counts after an amount

  @Test(arguments: [
    ("They visited 44 US states.", "44", "states"),
    ("The firm hired 2,000 IT workers.", "2,000", "workers"),
    ("The group will pay $410mn to 44 US states.", "44", "states"),
    ("They gave $10m to 20 charities.", "20", "charities"),
  ])
  func aNumberBeforeWhatItCountsIsACount(_ sentence: String, _ text: String, _ unit: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == unit)
  }

  @Test func theSecondAmountOfAChangeKeepsTheCurrency() throws {
    let sentence = "It cut the fee from £20 to 15 pounds, and the toll from £9 to 8."
    let found = try #require(figure("8", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .money)
    #expect(found.unit == "GBP")
  }
}
