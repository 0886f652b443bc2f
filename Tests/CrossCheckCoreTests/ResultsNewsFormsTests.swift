import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of results stories (elections, polls, league tables): parts of a whole, earlier
/// levels, shares set off by commas, and numbers written side by side.
@Suite("Results news forms")
struct ResultsNewsFormsTests {
  // MARK: - A part counts what its whole counts

  @Test(arguments: [
    ("The party won 141 of the 300 seats.", "141", "seats"),
    (
      "About 4.1 million of the country's 7.05 million voters cast a ballot.", "About 4.1 million",
      "voters"
    ),
    ("Rebels hold 12 of its 40 districts.", "12", "districts"),
  ])
  func aPartCountsWhatItsWholeCounts(_ sentence: String, _ text: String, _ unit: String) throws {
    let part = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(part.unit == unit)
  }

  @Test func aPartWithANounOfItsOwnKeepsIt() throws {
    let sentence = "Three members of the 15 committees resigned."
    let part = try #require(figure("Three", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(part.unit == "members")
  }

  // MARK: - Numbers side by side

  @Test func aNumberWordAfterACountStartsAnotherFigure() throws {
    let sentence = "The party won 141 seats, down from 167 five years ago."
    let earlier = try #require(figure("167", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(earlier.unit != "years")
    #expect(figure("five years", in: sentence)?.kind == .duration)
  }

  // MARK: - Earlier levels and shares set off by commas

  @Test func aLevelWithADecimalPointIsNoYearInAScope() throws {
    let sentence = "Turnout stood at 57.9%, down from 64.5% in the previous election."
    let earlier = try #require(figure("64.5%", in: sentence))
    #expect(earlier.scope.isEmpty, "\(earlier.scope)")
  }

  @Test func aShareSetOffByCommasIsSaidOfTheNounBeforeIt() throws {
    let sentence = "Its share of the vote, about 36%, was down about six points on 2021."
    let share = try #require(figure("about 36%", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(share.subject == "vote")
  }

  @Test(arguments: [
    "Its share of the vote, about 36%, was down about six points on 2021.",
    "Support for the party was 31%, down three points.",
  ])
  func pointsAShareMovedByArePercentagePoints(_ sentence: String) throws {
    let move = try #require(
      figures(sentence).first { $0.text.hasSuffix("points") }, "\(figures(sentence).map(\.text))")
    #expect(move.kind == .percent)
    #expect(move.unit == "percentage_point")
  }

  @Test func pointsOfAnIndexAfterACommaStayACount() throws {
    let sentence = "The index closed at 7,650, down 120 points."
    let move = try #require(figure("120", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(move.kind == .count)
  }
}
