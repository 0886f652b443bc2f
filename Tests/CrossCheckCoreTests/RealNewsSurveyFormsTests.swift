import Foundation
import Testing

@testable import CrossCheckCore

/// Forms a second survey of real news found misread: a market's move told in points and percent
/// before the level it reached, a change "by" an amount.
@Suite("Real news survey forms")
struct RealNewsSurveyFormsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - A change and the level it reached

  @Test(arguments: [
    ("The index advanced 40.5 points or 0.3 per cent to 12,055.75.", "0.3 per cent", "12,055.75"),
    ("The Dow fell 310 points, or 0.9%, to 33,120.", "0.9%", "33,120"),
    (
      "The budget will increase by almost €4.5 million to €71 million.", "€4.5 million",
      "€71 million"
    ),
    ("A season ticket from Leeds now costs more (up £96 to £2,470).", "£96", "£2,470"),
  ])
  func aChangeOutOfReachOfItsVerbStillLeadsToItsLevel(
    _ sentence: String, _ change: String, _ level: String
  ) {
    let found = figures(sentence)
    #expect(found.contains { $0.text.hasSuffix(change) }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == level }, "\(found.map(\.text))")
    #expect(!found.contains { $0.low != nil && $0.high != nil }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Sales are forecast to grow by 2% to 3% next year.", "2% to 3%"),
    ("Revenue grew by about 2% to 3% in the year.", "about 2% to 3%"),
  ])
  func aRangeOfChangeAfterByOrOrStaysARange(_ sentence: String, _ text: String) throws {
    let range = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(range.low != nil && range.high != nil)
  }

  @Test func theLevelAfterAChangeInMillionsSharesItsSubject() throws {
    let sentence = "The council budget will increase by almost €6.5 million to €86 million."
    let change = try #require(figure("almost €6.5 million", in: sentence), "\(texts(sentence))")
    let level = try #require(figure("€86 million", in: sentence), "\(texts(sentence))")
    #expect(level.subject == change.subject)
  }
}
