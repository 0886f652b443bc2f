import Foundation
import Testing

@testable import CrossCheckCore

/// Forms read wrongly in blind sets of real and written news: a percent joined on by a hyphen,
/// the titles of repeat winners, a number word in capitals, and numbers that name or stand in
/// (a flag at half-mast, a shirt's number, the pronoun "one" before "who").
@Suite("Figure forms IV")
struct FigureFormsIVTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - A percent joined on by a hyphen

  @Test(arguments: [
    ("It beat the 6.1-percent growth rate of the previous quarter.", "6.1-percent", "percent"),
    ("Officials expect a 4-pct rise in exports.", "4-pct", "percent"),
    ("Shares fell after a 3.5-per-cent drop in sales.", "3.5-per-cent", "percent"),
    (
      "The party opened a 2-percentage-point lead over its rival.", "2-percentage-point",
      "percentage_point"
    ),
  ])
  func aPercentJoinedOnByAHyphenIsAPercent(_ sentence: String, _ text: String, _ unit: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .percent)
    #expect(found.unit == unit)
  }
}
