import Foundation
import Testing

@testable import CrossCheckCore

/// Forms still missed after Figures II: multiples in one word, measures in two units, a year
/// range opening a clause, age groups and half-year codes, a verb after a count, a year before
/// people, subjects past a place phrase or a change in cents, and a game's half points.
@Suite("Figure forms III")
struct FigureFormsIIITests {
  // MARK: - Multiples in one word

  @Test(arguments: [
    ("Sales rose fivefold in two years.", "fivefold", "5"),
    ("Costs grew tenfold after the merger.", "tenfold", "10"),
    ("It was a threefold increase on last year.", "threefold", "3"),
    ("Demand jumped twentyfold.", "twentyfold", "20"),
  ])
  func aMultipleInOneWordIsACountOfTimes(_ sentence: String, _ text: String, _ value: String) {
    check(
      ExpectedFigure(text: text, kind: .count, value: value, unit: "times"),
      in: figures(sentence), source: sentence)
  }

  // MARK: - Measures in two units

  @Test(arguments: [
    ("The suspect is 6ft 2in tall.", "6ft 2in", "foot", 6, 2, 12),
    ("She stands 5ft 11in in her socks.", "5ft 11in", "foot", 5, 11, 12),
    ("The 6ft 4 striker scored in the final.", "6ft 4", "foot", 6, 4, 12),
    ("He is 6 feet 2 inches tall.", "6 feet 2 inches", "foot", 6, 2, 12),
    ("The baby weighed 3 lb 4 oz at birth.", "3 lb 4 oz", "lb", 3, 4, 16),
    ("The flight took 1h 45m.", "1h 45m", "hour", 1, 45, 60),
    ("The drive took 2hr 30min on a good day.", "2hr 30min", "hour", 2, 30, 60),
  ])
  func aMeasureInTwoUnitsIsOneFigureInTheLarger(
    _ sentence: String, _ text: String, _ unit: String, _ whole: Int, _ part: Int, _ per: Int
  ) throws {
    let found = figures(sentence)
    let measure = try #require(found.first { $0.text == text }, "\(found.map(\.text))")
    #expect(measure.unit == unit)
    #expect(measure.kind == (unit == "hour" ? .duration : .quantity))
    let expected = Double(whole) + Double(part) / Double(per)
    let value = try #require(measure.value)
    #expect(abs(NSDecimalNumber(decimal: value).doubleValue - expected) < 1e-9, "\(value)")
    #expect(found.count == 1, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("A 30min drive separates them.", "30min", "minute"),
    ("Workers began a 24hr strike.", "24hr", "hour"),
    ("A 10ms delay hit the trades.", "10ms", "millisecond"),
  ])
  func aDurationWithItsUnitGluedOnKeepsIt(_ sentence: String, _ text: String, _ unit: String) {
    check(
      ExpectedFigure(text: text, kind: .duration, unit: unit), in: figures(sentence),
      source: sentence)
  }

  // MARK: - Periods

  @Test(arguments: [
    ("From 2019 to 2022 prices rose by a third.", "2019", "2022"),
    ("Between 2010 and 2020, exports doubled.", "2010", "2020"),
    ("The firm, from 2014 to 2024, raised list prices.", "2014", "2024"),
  ])
  func aYearRangeOpeningAClauseIsTwoDates(_ sentence: String, _ start: String, _ end: String) {
    let found = figures(sentence)
    #expect(found.filter { $0.kind == .date }.map(\.text) == [start, end], "\(found.map(\.text))")
    #expect(!found.contains { $0.kind == .count && $0.text.contains(end) })
  }

  @Test func aRangeOfCountsBeforePeopleStaysACount() {
    let sentence = "From 1500 to 2000 people attended the rally."
    check(
      ExpectedFigure(text: "From 1500 to 2000", kind: .count, low: "1500", high: "2000"),
      in: figures(sentence), source: sentence)
  }

  @Test(
    arguments: [
      ("Revenue rose 4% in 1H25.", "1H25", "2025-H1"),
      ("Margins fell in 2H2024.", "2H2024", "2024-H2"),
      ("Q3", "Q3", nil),
      ("Revenue jumped in Q3.", "Q3", nil),
    ] as [(String, String, String?)])
  func aReportingPeriodIsADate(_ sentence: String, _ text: String, _ date: String?) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    if let date { #expect(found.date == date) }
    #expect(!figures(sentence).contains { $0.kind == .count }, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    "Investment in the H2 economy reached $4 billion.",
    "The H2 economy needs cheap power, the minister said on Monday at 10.",
  ])
  func hydrogenIsNoHalfYear(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.text == "H2" }, "\(figures(sentence).map(\.text))")
  }

  // MARK: - Ages

  @Test(arguments: [
    ("Tickets for the over-60s are free.", "over-60s", Qualifier.moreThan, "60"),
    ("Entry for the under-18s costs less.", "under-18s", Qualifier.lessThan, "18"),
  ])
  func anAgeGroupNamedByItsBoundIsAnAgeBound(
    _ sentence: String, _ text: String, _ qualifier: Qualifier, _ value: String
  ) {
    check(
      ExpectedFigure(text: text, kind: .duration, value: value, unit: "year", qualifier: qualifier),
      in: figures(sentence), source: sentence)
  }

  @Test(arguments: [
    ("Support among those under 50 fell to 31%.", "under 50", Qualifier.lessThan),
    ("Voters under 35 backed him by 20 points.", "under 35", Qualifier.lessThan),
    ("Anyone over 65 qualifies for the scheme.", "over 65", Qualifier.moreThan),
  ])
  func aBoundAfterPeopleIsAnAgeBeforeTheirVerb(
    _ sentence: String, _ text: String, _ qualifier: Qualifier
  ) {
    check(
      ExpectedFigure(text: text, kind: .duration, unit: "year", qualifier: qualifier),
      in: figures(sentence), source: sentence)
  }

  @Test func aBoundBeforeAPluralNounStillCounts() throws {
    let sentence = "The plant hired over 60 workers last year."
    let found = try #require(figure("over 60", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == "workers")
  }

  // MARK: - What a count counts

  @Test(arguments: [
    ("He broke the record of 34 set in 1994-95.", "34"),
    ("Officials said 12 hit by the blast were treated.", "12"),
  ])
  func aSingularVerbAfterACountIsNoCountedNoun(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == nil, "\(found.unit ?? "nil")")
  }

  @Test(arguments: [
    ("The airline grounded 12 aircraft in March.", "12", "aircraft"),
    ("The union said 300 staff at the plant walked out.", "300", "staff"),
  ])
  func aNounWhosePluralIsItsSingularStillCounts(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == unit)
  }

  @Test(arguments: [
    ("The firm cut 300 of its 1900 employees.", "1900", "employees"),
    ("The rally drew 2000 people.", "2000", "people"),
    ("The 1800 residents of the village were evacuated.", "1800", "residents"),
  ])
  func aYearLikeNumberBeforePeopleCountsThem(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == unit)
  }

  @Test func aYearBeforeAnEventStaysADate() throws {
    let sentence = "The 2019 protests drew 2000 people."
    let found = try #require(figure("2019", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
  }

  // MARK: - Subjects

  @Test func aPlacePhraseInAHeadlineSubjectKeepsItsNoun() throws {
    let sentence = "Chemical plant near Lyon kills 12"
    let found = try #require(figure("12", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains("plant") == true, "\(found.subject ?? "nil")")
  }

  @Test(arguments: [
    "Tolls rose 25 cents to $6.10 a trip.",
    "The fare rose 30 pence to £2.80 on Monday.",
  ])
  func aLevelAfterAChangeInCentsMeasuresWhatTheChangeDoes(_ sentence: String) throws {
    let found = figures(sentence)
    let level = try #require(found.last, "\(found.map(\.text))")
    #expect(level.subject == found.first?.subject, "\(level.subject ?? "nil")")
    #expect(level.subject?.contains("cent") == false && level.subject?.contains("pence") == false)
  }

  // MARK: - Points

  @Test func halfAPointInAGameIsTheGamesPoints() throws {
    let sentence = "She finished half a point behind the leader in the chess tournament."
    let found = try #require(figure("half a point", in: sentence))
    #expect(found.kind == .count)
    #expect(found.unit == "points")
  }

  @Test func halfAPointOfARateStaysPercentagePoints() throws {
    let sentence = "The central bank cut rates by half a point."
    let found = try #require(figure("half a point", in: sentence))
    #expect(found.kind == .percent)
    #expect(found.unit == "percentage_point")
  }
}
