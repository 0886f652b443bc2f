import Foundation
import Testing

@testable import CrossCheckCore

/// The engine moves a line's drafts and figures instead of copying them, skips the passes over a
/// line's figures when it has none, notes a figure's need for the article's home as it is made,
/// and tells an idiom's parts once: each of these keeps the figures as they were.
@Suite("Engine moves, not copies")
struct EngineMovesTests {
  private func texts(_ text: String) -> [String] {
    FigureExtractor.extract(from: text, source: SourceID("m")).map(\.text)
  }

  /// An idiom's parts of each kind: a glued hyphen ("one-off"), a comma ("One day, …") and words
  /// ("one another"); without the hyphen or the comma, the number counts again.
  @Test(arguments: [
    ("It was a one-off payment to the 40 staff.", ["40"]),
    ("It was a one off payment to the 40 staff.", ["one", "40"]),
    ("One day, the river rose 3 metres.", ["3 metres"]),
    ("One day the river rose 3 metres.", ["One day", "3 metres"]),
    ("They met one another at 9 schools.", ["9"]),
  ])
  func idiomPartsOfEachKind(_ sentence: String, _ expected: [String]) {
    #expect(texts(sentence) == expected, "\(sentence) gave \(texts(sentence))")
  }

  /// The drafts of a line are taken out of its list in order: the figures keep the order, the
  /// numbering and the offsets of the text.
  @Test func aLinesFiguresKeepTheirOrder() {
    let line = "Sales rose 5% to $3 million in 2024, from 2 million, the 12 firms said."
    let figures = FigureExtractor.extract(from: line, source: SourceID("m"))
    #expect(figures.map(\.text) == ["5%", "$3 million", "2024", "2 million", "12"])
    #expect(figures.map(\.id.number) == [1, 2, 3, 4, 5])
    #expect(figures.map(\.start) == [11, 17, 31, 42, 57])
  }

  /// A line whose only figure is a period code ("Q3", "H1") has no draft until the reporting
  /// periods are read, which is not among the passes a line without drafts skips.
  @Test(arguments: [
    ("Results for Q3 were weak.", ["Q3"]),
    ("Sales rose in H1, the firm said.", ["H1"]),
  ])
  func aPeriodCodeAloneIsStillRead(_ sentence: String, _ expected: [String]) {
    #expect(texts(sentence) == expected, "\(sentence) gave \(texts(sentence))")
  }

  /// A bare "$" amount asks where the article is from, noted as its figure is made: an
  /// Australian dateline makes it Australian dollars; without one it stays the US dollar.
  @Test func aBareDollarStillAsksForTheHome() {
    let australian = FigureExtractor.extract(
      from:
        "SYDNEY (Reuters) - The Australian government will spend $5 million on the plan, in Canberra.",
      source: SourceID("m"))
    #expect(australian.map(\.unit) == ["AUD"])
    let plain = FigureExtractor.extract(
      from: "The plan will cost $5 million.", source: SourceID("m"))
    #expect(plain.map(\.unit) == ["USD"])
  }
}
