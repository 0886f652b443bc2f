import Foundation
import Testing

@testable import CrossCheckCore

/// A number in a model or product name is not a figure; a number before a plural, capitalized
/// or not, still counts.
@Suite("Model names are not counts")
struct ModelNameRuleTests {
  func texts(_ sentence: String) -> [String] {
    FigureExtractor.extract(from: sentence, source: SourceID("m")).map(\.text)
  }

  @Test(arguments: [
    "Regulators grounded the 737 Max after the crash.",
    "The 737 Max was grounded after the crash.",
    "Airlines ordered Boeing 737 Max jets last year.",
    "The 5 Star Movement won the most seats.",
    "She drove a 911 Carrera to the race.",
  ])
  func modelNamesAreNotFigures(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The 27 EU member states agreed on Monday.", "27"),
    ("It has won its 20 Premier League titles at home.", "20"),
    ("Police detained 12 Britons at the border.", "12"),
    ("The 3 Korean soldiers were released.", "3"),
    ("Quake Kills 12 Near Mati", "12"),
  ])
  func countsOfCapitalizedThingsStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }
}
