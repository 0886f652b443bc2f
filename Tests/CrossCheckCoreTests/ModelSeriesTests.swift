import Foundation
import Testing

@testable import CrossCheckCore

/// Model numbers listed together ("the 737 MAX and 767 and 777"): each is a name, not a count,
/// while counts listed together stay counts.
@Suite("Model series")
struct ModelSeriesTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    "The strike halted production of the best-selling 737 MAX and 767 and 777 wide-body programs.",
    "Workers assemble the 737 MAX and 777.",
    "The airline flies the A380, the 787 Dreamliner and 777.",
  ])
  func numbersListedWithAModelAreModels(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(described(sentence))")
  }

  @Test(arguments: [
    ("Between 20 and 30 people attended, and 4 and 6 women spoke.", "6"),
    ("The 326 Conservative and 202 Labour MPs voted.", "202"),
    ("Officials counted 120 and 135 votes in two wards.", "135"),
  ])
  func countsListedTogetherStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(described(sentence))")
  }
}
