import Foundation
import Testing

@testable import CrossCheckCore

/// An amount restated in another currency in one article ("£95m (110m euros)") is converted
/// at a rate the reporter chose: the pair ranks as a pair of two articles' figures, while a
/// unit restated by its fixed factor ("60 km (37 miles)") ranks as one article's figures.
@Suite("An amount restated in another currency")
struct ScanCurrencyRestatementTests: ScanArticleFixtures {
  /// The score of the suggestion holding both figures, in one scan of `text` as one article.
  func score(of first: String, _ second: String, in text: String) throws -> Double {
    let article = source("a", date: "2026-05-04", text)
    let suggestions = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan([article])
    let found = try #require(
      suggestions.first { suggestion in
        let texts = suggestion.figures.map(\.figure.text)
        return texts.contains(first) && texts.contains(second)
      }, "\(suggestions.map { $0.figures.map(\.figure.text) })")
    return found.score
  }

  @Test(arguments: [
    (
      "The club said the striker cost £95m (110m euros) in fees.",
      "The club said the striker ran 60 km (37 miles) in training.",
      ("£95m", "110m euros"), ("60 km", "37 miles")
    ),
    (
      "The agency put the cost of the clean-up at 9.2 billion yen, or about $59 million.",
      "The agency put the length of the slick at 52 miles, or about 84 km.",
      ("9.2 billion yen", "about $59 million"), ("52 miles", "about 84 km")
    ),
  ])
  func aCurrencyRestatementRanksAboveAUnitRestatement(
    _ case: (String, String, (String, String), (String, String))
  ) throws {
    let (money, distance, amounts, lengths) = `case`
    let text = "Update\n\n\(money) Volunteers gathered at dawn.\n\n\(distance)\n"
    let currency = try score(of: amounts.0, amounts.1, in: text)
    let unit = try score(of: lengths.0, lengths.1, in: text)
    // Two articles' figures count almost three times one article's (1 against 0.35).
    #expect(currency > 2 * unit, "currency \(currency), unit \(unit)")
  }
}
