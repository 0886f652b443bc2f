import Foundation
import Testing

@testable import CrossCheckCore

/// Mends to the readings of names and ranks: an ordinal with a capital before an event of a
/// series still ranks it, a name written in capitals is no stressed number, and "one who" after
/// a word that opens a part of a group counts one of it.
@Suite("Figure names and ranks")
struct FigureNamesAndRanksTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - An ordinal with a capital before an event of a series

  @Test(arguments: [
    ("India will play the Second Test in Chennai next week.", "Second", 2),
    ("England lost the Fourth Test at Old Trafford.", "Fourth", 4),
    ("He scored a century in the Second Test.", "Second", 2),
    ("Australia won the Third Test by an innings.", "Third", 3),
    ("New Zealand took the Fifth T20 on Sunday.", "Fifth", 5),
    ("Messi won his Eighth Ballon d'Or in Paris.", "Eighth", 8),
    ("The senator began her Third Term in January.", "Third", 3),
  ])
  func aCapitalizedOrdinalBeforeAnEventOfASeriesRanksIt(
    _ sentence: String, _ text: String, _ value: Int
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .ordinal)
    #expect(found.value == Decimal(value))
  }

  // MARK: - A name in capitals

  @Test(arguments: [
    ("The SIX NATIONS championship starts on Saturday.", "SIX"),
    ("The FIVE EYES alliance met in Ottawa.", "FIVE"),
    ("The final was aired on Network TEN.", "TEN"),
    ("The THREE Degrees sang at the gala.", "THREE"),
  ])
  func aNumberWordInCapitalsInsideANameCountsNothing(_ sentence: String, _ text: String) {
    #expect(!figures(sentence).contains { $0.text.hasPrefix(text) }, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Storm leaves Texas TWO-day blackout behind", "TWO", 2),
    ("Late goal gives Chelsea THIRD Premier League crown", "THIRD", 3),
  ])
  func aStressedNumberWordStillCounts(_ sentence: String, _ text: String, _ value: Int) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasPrefix(text) }, "\(texts(sentence))")
    #expect(found.value == Decimal(value))
  }

  // MARK: - "one who" as a part of a group

  @Test(arguments: [
    "Four people died, including one who was a child.",
    "Six workers were hurt, among them one who lost a hand.",
    "Nine candidates applied, of whom one who had no degree was hired.",
    "The three finalists, excluding one who withdrew, will meet on Friday.",
  ])
  func oneWhoAfterAPartOfAGroupCounts(_ sentence: String) throws {
    let found = try #require(figure("one", in: sentence), "\(texts(sentence))")
    #expect(found.value == 1)
  }
}
