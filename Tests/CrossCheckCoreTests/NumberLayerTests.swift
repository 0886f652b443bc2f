import Foundation
import Testing

@testable import CrossCheckCore

/// The number layer's own API, and what it keeps out of figures.
@Suite("Number layer")
struct NumberLayerTests {
  @Test func readsFractionsRatiosAndNotations() {
    let values = NumberRecognizer.numbers(
      in: "two and a half, one hundred thirty-fifths, 1 in 5, -4/5, 1 234 567, 1.3e6, ½"
    ).map(\.value)
    #expect(
      values == [
        Decimal(string: "2.5"), Decimal(100) / Decimal(35), Decimal(string: "0.2"),
        Decimal(string: "-0.8"), 1_234_567, 1_300_000, Decimal(string: "0.5"),
      ])
  }

  @Test func relativeOrdinalsHaveNoValueAndAreNotFigures() {
    let numbers = NumberRecognizer.numbers(in: "Show me the second to last one next year.")
    #expect(numbers.map(\.kind) == [.relativeOrdinal, .relativeOrdinal])
    #expect(numbers.first?.text == "the second to last")
    #expect(numbers.allSatisfy { $0.value == nil })
    let figures = FigureExtractor.extract(from: "Last year it fell.", source: SourceID("t"))
    #expect(figures.isEmpty)
  }

  @Test func barePercentsAndComparisonsStayOutOfFigures() {
    let text = "A small percent of x>10 is equal to 20."
    #expect(NumberRecognizer.percentages(in: text).map(\.text) == ["percent"])
    #expect(NumberRecognizer.ranges(in: text).map(\.text) == [">10", "equal to 20"])
    let figures = FigureExtractor.extract(from: text, source: SourceID("t"))
    #expect(figures.allSatisfy { $0.low == nil && $0.high == nil })
  }

  @Test func joinsBoundsIntoOneRangeFigure() throws {
    let range = try #require(
      figure("above 1000 and below 1500", in: "Prices were above 1000 and below 1500."))
    #expect(range.low == 1000 && range.high == 1500)
    #expect(range.lowInclusive == false && range.highInclusive == false)
    let percent = try #require(figure("per cent of 210", in: "It was per cent of 210."))
    #expect(percent.kind == .percent && percent.value == 210)
  }
}
