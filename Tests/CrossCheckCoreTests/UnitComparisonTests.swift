import Foundation
import Testing

@testable import CrossCheckCore

/// `compare` brings quantities into the first figure's unit at the unit table's exact factors,
/// says how, and never converts across dimensions.
@Suite("Comparing quantities in different units")
struct UnitComparisonTests {
  let comparator = Comparator()

  func item(_ text: String, _ sentence: String) throws -> (figure: Figure, sourceDate: String?) {
    try ComparisonCorpus.item(text, in: sentence)
  }

  @Test func milesAndKilometresAgreeAtTheExactFactor() throws {
    let comparison = comparator.compare([
      try item("10 km", "The storm was 10 km from the coast."),
      try item("6.21371192 miles", "The storm was 6.21371192 miles from it."),
    ])
    let converted = try #require(comparison.entries[1].unitConversion)
    #expect(converted.description == "1 mile = 1.609344 km")
    #expect(comparison.entries[1].unit == "km")
    #expect(comparison.entries[1].interval == .point(Decimal(string: "9.99999999618")!))
  }

  @Test func poundsAndKilogramsConvert() throws {
    let comparison = comparator.compare([
      try item("100 kg", "The bag weighed 100 kg."),
      try item("220 lb", "The bag weighed 220 lb."),
    ])
    #expect(comparison.entries[1].unit == "kg")
    #expect(comparison.entries[1].interval == .point(Decimal(string: "99.7903214")!))
    #expect(comparison.assessment == .differ)
  }

  @Test func temperaturesConvertByTheFormula() throws {
    let comparison = comparator.compare([
      try item("40C", "Highs reached 40C on Monday."),
      try item("104F", "Highs reached 104F on Monday."),
    ])
    #expect(comparison.entries[1].interval == .point(40))
    #expect(comparison.assessment == .agree)
    #expect(comparison.entries[1].unitConversion?.description == "°F → °C: (°F − 32) × 5/9")
  }

  @Test func basisPointsArePercentagePoints() throws {
    let comparison = comparator.compare([
      try item("3.2 percentage points", "The margin fell 3.2 percentage points."),
      try item("320 basis points", "The margin fell 320 basis points."),
    ])
    #expect(comparison.assessment == .agree)
    #expect(comparison.entries[1].interval == .point(Decimal(string: "3.2")!))
  }

  @Test func percentAndPercentagePointsDoNotConvert() throws {
    let comparison = comparator.compare([
      try item("3 percent", "Prices rose 3 percent."),
      try item("300 basis points", "Prices rose 300 basis points."),
    ])
    #expect(comparison.entries[1].unitConversion == nil)
    #expect(comparison.explanations.contains(.differentUnits(["percent", "basis_point"])))
  }

  @Test func differentDimensionsAreNotCompared() throws {
    let comparison = comparator.compare([
      try item("10 km", "The storm was 10 km from the coast."),
      try item("10 tonnes", "The storm dropped 10 tonnes of hail."),
    ])
    #expect(comparison.assessment == .incomparable)
    #expect(comparison.explanations.contains(.differentUnits(["km", "tonne"])))
  }
}
