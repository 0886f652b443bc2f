import Foundation
import Testing

@testable import CrossCheckCore

/// Emergency numbers after a past-tense calling verb, bare hours in local time, and "a quarter"
/// as the period of a count, in forms news writes every day.
@Suite("Dialled numbers, bare hours and counted rates")
struct DialledNumbersAndBareHoursTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    "Neighbours called 911.",
    "A neighbour called 911 shortly after the crash.",
    "Witnesses phoned 999 within minutes.",
    "She rang 112 from the platform.",
  ])
  func numbersDialledAreNotFigures(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("Prosecutors called 150 witnesses.", "150"),
    ("He called 2024 the hardest year of his career.", "2024"),
  ])
  func countsAndYearsAfterCalledStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The blast happened at 9 local time on Tuesday.", "9"),
    ("Polls close at 20 local time.", "20"),
  ])
  func bareHoursInLocalTimeAreClockTimes(_ sentence: String, _ text: String) {
    let found = figures(sentence).first { $0.text.hasPrefix(text) }
    #expect(found?.kind == .time, "\(sentence) gave \(described(sentence))")
  }

  @Test func countBeforeLocalWithoutTimeStays() {
    let found = figure("9", in: "The 9 local councils voted.")
    #expect(found?.kind == .count, "gave \(described("The 9 local councils voted."))")
  }

  @Test(arguments: [
    "The company adds 3,000 customers a quarter, its chief said.",
    "It ships 12 satellites a quarter.",
  ])
  func aQuarterAfterACountedNounIsItsPeriod(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.unit == "fraction" }, "gave \(described(sentence))")
  }

  @Test(arguments: [
    "He won 3 titles a quarter century ago.",
    "Of the 40 seats a quarter went to independents.",
  ])
  func aQuarterStaysWhereANounOrAClauseFollows(_ sentence: String) {
    // "a quarter century" is a span and "40 seats a quarter went" a share: no rate's period.
    let found = figures(sentence)
    #expect(found.contains { $0.text.contains("quarter") }, "gave \(described(sentence))")
  }
}

/// Currency signs and abbreviations in lists and conversions, and "as high as" as a bound.
@Suite("Signs in lists, cased abbreviations and peaks")
struct SignsInListsTests {
  @Test func aSignGluedToTheNextNumberIsThatNumbers() {
    let sentence = "Record fees: Di Maria 2014 £50m Torres 2011 £42.4m Ozil."
    let fifty = figure("£50m", in: sentence)
    #expect(fifty?.kind == .money, "gave \(described(sentence))")
    #expect(fifty?.value == 50_000_000)
    #expect(figure("£42.4m", in: sentence)?.value == 42_400_000)
    #expect(!figures(sentence).contains { $0.text == "2014 £" }, "gave \(described(sentence))")
  }

  @Test func aSpacedSignAfterANumberStaysItsOwn() {
    #expect(figure("10 €", in: "The ticket costs 10 € at the door.")?.unit == "EUR")
  }

  @Test(arguments: [
    ("The fee was £59.7m (Dh363.4m).", "Dh363.4m", Decimal(363_400_000)),
    ("The record was £50million (Dh304m).", "Dh304m", Decimal(304_000_000)),
  ])
  func casedAbbreviationsTakeAGluedMillion(_ sentence: String, _ text: String, _ value: Decimal) {
    let found = figure(text, in: sentence)
    #expect(found?.value == value, "gave \(described(sentence))")
    #expect(found?.unit == "AED")
  }

  @Test func asHighAsIsAnUpperBound() {
    let sentence = "The death toll could be as high as 6,000, officials said."
    let found = figures(sentence).first { $0.text.hasSuffix("6,000") }
    #expect(found?.qualifier == .atMost, "gave \(described(sentence))")
    #expect(found?.text == "as high as 6,000")
  }
}
