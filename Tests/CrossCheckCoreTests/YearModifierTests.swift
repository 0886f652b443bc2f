import Foundation
import Testing

@testable import CrossCheckCore

/// A year before the noun it dates ("the 2008 financial crisis") is a date, not a count of
/// crises; and a number after a road or network place name ("Junction 10") is part of the name.
@Suite("Years that modify a noun, and places on a network")
struct YearModifierTests {
  @Test(arguments: [
    ("It recalled the 2008 Beijing Games.", "2008"),
    ("Costs rose after the 2008 financial crisis.", "2008"),
    ("The 2019 Hong Kong protests spread.", "2019"),
    ("The 2021 Texas freeze cut power.", "2021"),
    ("Its 2023 accounts showed a loss.", "2023"),
    ("Labour's 2024 manifesto promised homes.", "2024"),
    ("Ahead of the 2026 Commonwealth Games, prices rose.", "2026"),
  ])
  func aYearAfterADeterminerDatesTheNounAfterIt(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date, "\(found.kind) \(found.unit ?? "")")
    #expect(found.date == text)
  }

  @Test(arguments: [
    ("He won 2024 votes in the first round.", "2024", "votes"),
    ("Police counted 1500 marchers.", "1500", "marchers"),
    ("The 2,000 Britons who stayed were evacuated.", "2,000", "britons"),
  ])
  func aCountWithoutADeterminerOrWithASeparatorStaysACount(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == unit)
  }

  @Test(arguments: [
    "They left the M6 at Junction 10 after the crash.",
    "Take Exit 42 off the highway.",
    "Trains on Line 2 were suspended.",
    "The ferry docked at Berth 7.",
  ])
  func aNumberAfterAPlaceOnANetworkIsPartOfItsName(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }

  @Test func aLowerCaseNetworkWordStillCounts() throws {
    let sentence = "The railway has 12 lines and 40 exits."
    #expect(figure("12", in: sentence)?.unit == "lines")
    #expect(figure("40", in: sentence)?.unit == "exits")
  }
}

/// "in his 60s": a decade of someone's life, a range of ages in years.
@Suite("Decades of life")
struct AgeDecadeTests {
  @Test(arguments: [
    ("The driver, a man in his 60s, was taken to hospital.", "60s", 60, 69),
    ("She is in her mid-40s and lives nearby.", "mid-40s", 44, 46),
    ("Both suspects are in their early 20s.", "early 20s", 20, 23),
    ("He was in his late 30s when he left.", "late 30s", 37, 39),
  ])
  func aDecadeAfterAPossessiveIsARangeOfAges(
    _ sentence: String, _ text: String, _ low: Int, _ high: Int
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.low == Decimal(low))
    #expect(found.high == Decimal(high))
    #expect(found.value == nil)
  }

  @Test func theSecondOfTwoDecadesSharesTheOpener() throws {
    let sentence = "Most of the victims were in their 20s and 30s, police said."
    let second = try #require(figure("30s", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(second.kind == .duration)
    #expect(second.low == 30)
    #expect(second.high == 39)
  }

  @Test func aDecadeWithoutAPossessiveIsNotAnAge() throws {
    let sentence = "Temperatures were in the 90s and 60s fans sang."
    #expect(figures(sentence).allSatisfy { $0.unit != "year" }, "\(figures(sentence).map(\.text))")
  }
}

/// "a 10-fold rise": a multiple in times, as "ten times" is.
@Suite("Multiples written with -fold")
struct FoldMultipleTests {
  @Test(arguments: [
    ("Sales rose 10-fold in a year.", "10-fold", 10),
    ("It was a 20-fold increase on 2019.", "20-fold", 20),
  ])
  func aHyphenedFoldIsAMultipleInTimes(_ sentence: String, _ text: String, _ value: Int) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == "times")
    #expect(found.value == Decimal(value))
    #expect(found.subject?.contains("fold") != true, "\(String(describing: found.subject))")
  }
}

/// Mends after reading the session's rules: each sentence was read wrongly by a rule as first
/// written.
@Suite("Rules that must not fire in ordinary news")
struct RuleBoundaryTests {
  @Test(arguments: [
    "Revenue failed to match forecasts in the third quarter.",
    "Sales of its games rose 12% in the fourth quarter.",
  ])
  func aBusinessQuarterNearAGameWordStaysADate(_ sentence: String) throws {
    let found = try #require(
      figure("third quarter", in: sentence) ?? figure("fourth quarter", in: sentence),
      "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
  }

  @Test func msInCapitalsIsNoTime() throws {
    let sentence = "The charity supports 130,000 MS patients."
    let found = try #require(figure("130,000", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
  }

  @Test func aUSDatelineWithAStateAbbreviationKeepsUSDollars() throws {
    let text = "SPOKANE, WA — The county will spend $12 million on roads."
    #expect(figure("$12 million", in: text)?.unit == "USD")
  }

  @Test func aYearAfterAStateIsNoPostcode() throws {
    let sentence = "Before the NSW 2023 election, costs rose."
    #expect(figure("2023", in: sentence)?.kind == .date, "\(figures(sentence).map(\.text))")
  }

  @Test func onePointInAScoreIsACount() {
    let sentence = "One point separated the two sides."
    #expect(figures(sentence).contains { $0.text == "One" }, "\(figures(sentence).map(\.text))")
  }

  @Test func anAgoThatDatesTheStoryIsAFigure() {
    let line = "Published 20 years ago, the report found 3 million cases."
    #expect(figures(line).contains { $0.text == "20 years" }, "\(figures(line).map(\.text))")
  }
}
