import Foundation
import Testing

@testable import CrossCheckCore

/// A round figure and a precise one written in different currencies or units are compared in
/// one, and the rounding is worded so: the precise figure is also given in the round one's unit,
/// so a checker sees "C$300 million" beside "302 million CAD", not beside "$220 million".
@Suite("Rounding worded in one unit")
struct RoundingInOneUnitTests {
  let comparator = Comparator()

  private func rounding(_ comparison: Comparison) -> String? {
    comparison.explanations.first {
      if case .rounding = $0 { return true }
      return false
    }?.description
  }

  @Test func aRoundAmountIsSetBesideTheOtherAmountInItsCurrency() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item(
        "$220 million", in: "The bridge cost $220 million.", date: "2025-06-02"),
      try ComparisonCorpus.item(
        "about C$300 million", in: "The bridge cost about C$300 million.", date: "2025-06-02"),
    ])
    let text = try #require(rounding(comparison), "\(comparison.explanations)")
    #expect(
      text.hasPrefix("rounding: about C$300 million may be a round figure for $220 million ("),
      "\(text)")
    #expect(text.hasSuffix(" million CAD)"), "\(text)")
  }

  @Test func aRoundLengthIsSetBesideTheOtherLengthInItsUnit() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("17.6 km", in: "The new line is 17.6 km long."),
      try ComparisonCorpus.item("11 miles", in: "The new line is 11 miles long."),
    ])
    let text = try #require(rounding(comparison), "\(comparison.explanations)")
    #expect(text == "rounding: 11 miles may be a round figure for 17.6 km (10.9 mile)")
  }

  @Test func figuresInOneUnitAreWordedAsBefore() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("€210 billion", in: "Aid reached €210 billion."),
      try ComparisonCorpus.item("€200 billion", in: "Aid reached €200 billion."),
    ])
    #expect(rounding(comparison) == "rounding: €200 billion may be a round figure for €210 billion")
  }
}
