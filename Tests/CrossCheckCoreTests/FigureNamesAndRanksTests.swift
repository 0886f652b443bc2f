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
}
