import Foundation
import Testing

@testable import CrossCheckCore

/// Small forms, each a class: quarters of a year counted, verbs of crossing a mark, postcodes
/// after a state, business registration numbers, and a sentence's opening "One" before a noun
/// for the writer's own point.
@Suite("Small number forms")
struct SmallNumberFormsTests {
  @Test(arguments: [
    ("Exports have shrunk for five quarters in a row.", "five quarters", "5"),
    ("The bank has lost money in 7 quarters since 2019.", "7 quarters", "7"),
  ])
  func quartersCountedAreADuration(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "quarter")
    #expect(found.value == Decimal(string: value))
  }

  @Test func threeQuartersOfAWholeStaysAFraction() throws {
    let sentence = "Three quarters of the members voted for the plan."
    let found = try #require(
      figures(sentence).first { $0.text.lowercased().hasPrefix("three quarters") },
      "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: "0.75"))
  }

  @Test(arguments: [
    ("Visitor numbers are topping 9,000 a day.", "topping 9,000", "9000"),
    ("Bookings kept surpassing 450 a week.", "surpassing 450", "450"),
    ("The fund now surpasses $2 billion.", "surpasses $2 billion", "2000000000"),
  ])
  func verbsOfCrossingAMarkAreLowerBounds(_ sentence: String, _ text: String, _ low: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.qualifier == .moreThan)
    #expect(found.low == Decimal(string: low))
  }

  @Test(arguments: [
    "Send forms to 8 Collins Lane, Geelong VIC 3220 by Friday.",
    "The office moved to 5 Harbour Road, Newcastle NSW 2300.",
    "Write to the clinic at 200 Elm Street, Austin, TX 78701.",
  ])
  func aPostcodeAfterAStateIsNoFigure(_ sentence: String) {
    let texts = figures(sentence).map(\.text)
    #expect(!texts.contains { ["3220", "2300", "78701"].contains($0) }, "\(texts)")
  }

  @Test func digitsAfterAStateThatAreNoPostcodeStayFigures() {
    // Three digits and a unit are no Australian postcode.
    let sentence = "Towns in QLD 150 km inland were flooded."
    #expect(figure("150 km", in: sentence) != nil, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    "The retailer (ABN 55 123 987 654) was fined.",
    "Payments went to Harbour Freight Pty Ltd, ACN 004 321 765.",
  ])
  func aBusinessRegistrationNumberIsNoFigure(_ sentence: String) {
    let found = figures(sentence)
    #expect(!found.contains { $0.kind == .count }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    "One thing to keep in mind is that the vote is not binding.",
    "Voters were split. One question is who pays for it.",
  ])
  func anOpeningOneBeforeAWritersPointIsNoCount(_ sentence: String) {
    #expect(figure("One", in: sentence) == nil, "\(figures(sentence).map(\.text))")
  }

  @Test func anOpeningOneBeforeAnyOtherNounStaysACount() {
    #expect(figure("One", in: "One man was arrested at the scene.") != nil)
  }
}
