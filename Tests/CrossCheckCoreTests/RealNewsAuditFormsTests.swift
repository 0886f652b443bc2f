import Foundation
import Testing

@testable import CrossCheckCore

/// Forms an audit of real news found misread: pronoun and idiom numbers taken as counts,
/// earthquake magnitudes read as counts, dates and split years read in pieces, scale words glued
/// on, and hedges read through an article or attribution read as a hedge.
@Suite("Real news audit forms")
struct RealNewsAuditFormsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - Numbers that count nothing

  @Test(arguments: [
    "How often does one find a bargain like that?",
    "Seldom did one see such crowds in the square.",
    "What can one say to the families now?",
    "One must ask why the warnings were ignored.",
    "The city could one day host the games.",
    "It is a problem, and it is one the new mayor has to solve.",
    "The final was one we will all remember.",
    "The island lived under one-man rule for decades.",
    "The party ran a one-party state until 1990.",
  ])
  func aPronounOrIdiomOneCountsNothing(_ sentence: String) {
    #expect(!texts(sentence).contains { $0.lowercased().contains("one") }, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("He did one interview before the vote.", "one"),
    ("They lost two games and won one the following week.", "one"),
  ])
  func aOneThatCountsStaysACount(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence)?.value == 1, "\(texts(sentence))")
  }

  @Test(arguments: [
    "Every second counts when a building collapses.",
    "Rescuers said each second of delay could cost lives.",
    "Every second could mean saving a life.",
  ])
  func everySecondAsAMomentIsNoOrdinal(_ sentence: String) {
    #expect(!texts(sentence).contains("second"), "\(texts(sentence))")
  }

  @Test func everySecondBeforeANounStaysAnOrdinal() {
    let sentence = "Bins are emptied every second week."
    #expect(figure("second", in: sentence)?.kind == .ordinal, "\(texts(sentence))")
  }

  @Test(arguments: [
    "He will wear the number 9 shirt next season.",
    "Fill it in with a number 2 pencil.",
    "The number 73 bus was diverted.",
  ])
  func digitsNamedByNumberCountNothing(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(texts(sentence))")
  }

  // MARK: - Ages

  @Test(arguments: [
    ("Children under the age of 13 need a parent.", "under the age of 13", Qualifier.lessThan),
    ("Anyone over the age of 70 may apply.", "over the age of 70", Qualifier.moreThan),
  ])
  func aBoundBeforeTheAgeOfBoundsAnAge(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.qualifier == qualifier)
  }

  @Test func aNumberAfterTheAgeOfIsAnAge() throws {
    let sentence = "The poet died at the age of 87 in Lisbon."
    let found = try #require(figure("87", in: sentence), "\(texts(sentence))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
  }

  // MARK: - Earthquake magnitudes

  @Test(arguments: [
    ("Tuesday night's 5.7 earthquake damaged homes.", "5.7", Decimal(string: "5.7")!),
    ("A 4.1 tremor rattled the valley.", "4.1", Decimal(string: "4.1")!),
    ("A 3.8M quake struck offshore.", "3.8M", Decimal(string: "3.8")!),
    ("It had a magnitude of 4.6, the agency said.", "magnitude of 4.6", Decimal(string: "4.6")!),
  ])
  func aDecimalBeforeAQuakeWordIsAMagnitude(_ sentence: String, _ text: String, _ value: Decimal)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.unit == "magnitude")
    #expect(found.value == value)
  }

  @Test func aCountOfQuakesStaysACount() {
    let sentence = "The region recorded 12 earthquakes last year."
    #expect(figure("12", in: sentence)?.kind == .count, "\(texts(sentence))")
  }

  // MARK: - Dates

  @Test(arguments: [
    ("Posted Mar 4 2019 | 08:15 AM", "Mar 4 2019", "2019-03-04"),
    ("The ruling came on June 9 2021 in Nairobi.", "June 9 2021", "2021-06-09"),
  ])
  func aYearAfterAMonthAndDayWithoutACommaIsTheDatesYear(
    _ sentence: String, _ text: String, _ iso: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.date == iso)
    #expect(figures(sentence).filter { $0.kind == .date }.count == 1)
  }

  @Test func digitsBeforeANounAreNoYearOfTheDate() throws {
    let sentence = "On March 5 2000 people marched."
    let found = try #require(figure("March 5", in: sentence), "\(texts(sentence))")
    #expect(found.date == "--03-05")
  }

  @Test(arguments: [
    ("The 2021/22 budget was cut.", "2021/22"),
    ("Growth slowed in the 2016/17 financial year.", "2016/17"),
  ])
  func aSlashedFiscalYearIsOneDate(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .date)
    #expect(figures(sentence).count == 1, "\(texts(sentence))")
  }

  @Test(arguments: [
    "Profits fell for the second quarter in a row.",
    "Sales rose for a fourth quarter running.",
  ])
  func aQuarterInAStreakIsNoDate(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .date }, "\(texts(sentence))")
  }

  // MARK: - Scales and changes

  @Test(arguments: [
    ("The club paid £45million for him.", "£45million", Decimal(45_000_000)),
    ("The plan costs $2.5billion over ten years.", "$2.5billion", Decimal(2_500_000_000)),
  ])
  func aGluedScaleWordScalesTheAmount(_ sentence: String, _ text: String, _ value: Decimal)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.value == value)
  }

  @Test func halfAMillionWithHyphensIsHalfAMillion() throws {
    let sentence = "Nearly half-a-million homes lost power."
    let found = try #require(figure("Nearly half-a-million", in: sentence), "\(texts(sentence))")
    #expect(found.value == 500_000)
  }

  @Test(arguments: [
    ("Silver faded $0.35 to $24.10 an ounce.", "$0.35", "$24.10"),
    ("Oil shed $1.10 to $80.25 a barrel.", "$1.10", "$80.25"),
    ("Copper sagged $45 to $8,950 a tonne.", "$45", "$8,950"),
  ])
  func aChangeVerbSplitsTheChangeFromTheLevel(_ sentence: String, _ change: String, _ level: String)
  {
    #expect(figure(change, in: sentence) != nil, "\(texts(sentence))")
    #expect(figure(level, in: sentence) != nil, "\(texts(sentence))")
  }

  // MARK: - Hedges

  @Test(arguments: [
    ("Walkers had up to a 25% lower risk of stroke.", "up to a 25%", Qualifier.atMost),
    ("It predicts about a 4% rise in prices.", "about a 4%", Qualifier.approx),
  ])
  func aHedgeBeforeAnArticleBoundsThePercentage(
    _ sentence: String, _ text: String, _ qualifier: Qualifier
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.qualifier == qualifier)
  }

  @Test func aTopicPrepositionBeforeAnArticleIsNoHedge() {
    let sentence = "Unions raised concerns over a 5% pay offer."
    #expect(figures(sentence).allSatisfy { $0.qualifier == nil }, "\(texts(sentence))")
  }

  @Test func aReportedAmountIsNoApproximation() throws {
    let sentence = "He joined for a reported €40 million last summer."
    let found = try #require(
      figures(sentence).first { $0.kind == .money }, "\(texts(sentence))")
    #expect(found.qualifier == nil)
  }
}
