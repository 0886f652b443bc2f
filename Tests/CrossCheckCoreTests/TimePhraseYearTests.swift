import Foundation
import Testing

@testable import CrossCheckCore

/// A year that opens a clause after a preposition of time ("In 2022 prices rose"), or follows a
/// part of a period ("the end of 2021"), is the phrase's year, not a count of the noun after it
/// (``FigureRecognizer/isTimePhraseYear(_:)``).
@Suite("Years of time phrases that open a clause")
struct TimePhraseYearTests {
  @Test(arguments: [
    ("In 2022 prices rose 5%.", "2022"),
    ("By 2030 emissions must fall by half.", "2030"),
    ("Rents fell; in 2021 landlords cut prices.", "2021"),
    ("At the start of 2021 sales fell.", "2021"),
    ("In the first half of 2023 exports grew.", "2023"),
  ])
  func aYearOpeningAClauseIsADate(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date, "\(found.kind) \(found.unit ?? "")")
  }

  /// Inside a clause, or after a share of a whole, four digits before a plural still count.
  @Test(arguments: [
    ("Storms cut power in 2000 homes.", "2000", "homes"),
    ("More than half of 2000 respondents agreed.", "2000", "respondents"),
    ("The club signed 2022 players.", "2022", "players"),
    ("After 2000 votes were counted, the incumbent led.", "2000", "votes"),
    ("The flood marked the end of 2000 jobs.", "2000", "jobs"),
  ])
  func aNumberInsideAClauseStillCounts(_ sentence: String, _ text: String, _ unit: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == unit)
  }
}
