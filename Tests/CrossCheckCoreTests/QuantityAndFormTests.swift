import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Quantities, durations, fractions and money forms")
struct QuantityAndFormTests {
  static let examples: [(String, ExpectedFigure)] = [
    (
      "The quake struck 19km off the coast.",
      .init(text: "19km", kind: .quantity, value: "19", unit: "km")
    ),
    (
      "It ruptured about 10km below the surface.",
      .init(
        text: "about 10km", kind: .quantity, value: "10", unit: "km", qualifier: .approx,
        hedge: "about")
    ),
    (
      "A trench more than 1,300km long.",
      .init(
        text: "more than 1,300km", kind: .quantity, low: "1300", unit: "km", qualifier: .moreThan)
    ),
    (
      "The plane flew at 5,000ft over the bay.",
      .init(text: "5,000ft", kind: .quantity, value: "5000", unit: "foot")
    ),
    ("Highs of 40C are forecast.", .init(text: "40C", kind: .quantity, value: "40", unit: "degC")),
    (
      "Spain recorded 47.9°C on Sunday.",
      .init(text: "47.9°C", kind: .quantity, value: "47.9", unit: "degC")
    ),
    (
      "The river rose more than 20 feet in a day.",
      .init(text: "more than 20 feet", kind: .quantity, low: "20", unit: "foot")
    ),
    (
      "Demand peaked at 41,800 megawatts on Monday.",
      .init(text: "41,800 megawatts", kind: .quantity, value: "41800", unit: "MW")
    ),
    (
      "A speed limit of 40 km per hour applies.",
      .init(text: "40 km per hour", kind: .quantity, value: "40", unit: "km/h")
    ),
    (
      "Fire destroyed 5,000 hectares of forest.",
      .init(text: "5,000 hectares", kind: .quantity, value: "5000", unit: "hectare")
    ),
    (
      "The city recorded 178mm in a single day.",
      .init(text: "178mm", kind: .quantity, value: "178", unit: "mm")
    ),
    (
      "Phivolcs put the quake at magnitude 6.7 on Monday.",
      .init(text: "magnitude 6.7", kind: .quantity, value: "6.7", unit: "magnitude")
    ),
    (
      "There is a chance of a magnitude 7 or larger quake.",
      .init(
        text: "magnitude 7 or larger", kind: .quantity, low: "7", unit: "magnitude",
        qualifier: .atLeast)
    ),
    (
      "The total was 1,234.5 tonnes.",
      .init(text: "1,234.5 tonnes", kind: .quantity, value: "1234.5", unit: "tonne")
    ),
    (
      "More than 2.2m people have been affected.",
      .init(text: "More than 2.2m", kind: .count, low: "2200000", qualifier: .moreThan)
    ),
    (
      "The site came back online after an hour and a half.",
      .init(text: "an hour and a half", kind: .duration, value: "1.5", unit: "hour")
    ),
    (
      "Marchers were held for half an hour.",
      .init(text: "half an hour", kind: .duration, value: "0.5", unit: "hour")
    ),
    (
      // A share written "one in six" takes no time unit after it: "a decade ago" dates it.
      "Smokers fell to one in six a decade ago.",
      .init(text: "one in six", kind: .count, unit: "fraction")
    ),
    (
      "The review took 2 years and 3 months.",
      .init(text: "2 years and 3 months", kind: .duration, value: "2.25", unit: "year")
    ),
    (
      "A proposal used to take about a year.",
      .init(text: "about a year", kind: .duration, value: "1", unit: "year", qualifier: .approx)
    ),
    (
      "This one took less than a month.",
      .init(
        text: "less than a month", kind: .duration, value: "1", high: "1", unit: "month",
        qualifier: .lessThan)
    ),
    (
      "Shirts were sold within 24 hours of the announcement.",
      .init(text: "within 24 hours", kind: .duration, value: "24", unit: "hour", qualifier: .atMost)
    ),
    (
      "The toll has passed 24,000.",
      .init(text: "passed 24,000", kind: .count, low: "24000", qualifier: .moreThan)
    ),
    (
      "It is fast-tracking a ₹450-crore scheme.",
      .init(text: "₹450-crore", kind: .money, value: "4500000000", unit: "INR")
    ),
    (
      "The deal is worth about Rs 591 crore.",
      .init(text: "about Rs 591 crore", kind: .money, value: "5910000000", unit: "INR")
    ),
    (
      "Tickets cost Rs. 499 each.",
      .init(text: "Rs. 499", kind: .money, value: "499", unit: "INR")
    ),
    (
      "Damage has reached P2.4 billion.",
      .init(text: "P2.4 billion", kind: .money, value: "2400000000", unit: "PHP")
    ),
    (
      "It traded at USD3.14 a share.",
      .init(text: "USD3.14", kind: .money, value: "3.14", unit: "USD")
    ),
    (
      "It traded at GBP3.01 a share.",
      .init(text: "GBP3.01", kind: .money, value: "3.01", unit: "GBP")
    ),
    (
      "A loan of EUR 40m was agreed.",
      .init(text: "EUR 40m", kind: .money, value: "40000000", unit: "EUR")
    ),
    (
      "It costs five lakhs rupees.",
      .init(text: "five lakhs rupees", kind: .money, value: "500000", unit: "INR")
    ),
    ("He paid three billions.", .init(text: "three billions", kind: .count, value: "3000000000")),
    (
      "The package runs from 2026 to 2028.",
      .init(text: "2026", kind: .date, date: "2026")
    ),
    (
      "The package runs from 2026 to 2028.",
      .init(text: "2028", kind: .date, date: "2028")
    ),
    (
      "Phivolcs upgraded the quake from magnitude 6.7 to 6.9 on Tuesday.",
      .init(text: "6.9", kind: .quantity, value: "6.9", unit: "magnitude")
    ),
    (
      "It ran for a third consecutive day.",
      .init(text: "third", kind: .ordinal, value: "3")
    ),
    (
      "A poll had him winning a runoff 53-47.",
      .init(text: "53-47", kind: .tally)
    ),
    (
      "One in four substations failed.",
      .init(text: "One in four", kind: .count, value: "0.25")
    ),
  ]

  @Test(arguments: examples)
  func extracts(_ sentence: String, _ expected: ExpectedFigure) {
    check(
      expected, in: FigureExtractor.extract(from: sentence, source: SourceID("q")),
      source: sentence)
  }

  @Test func anArticleDurationTakesTheHalfItEndsWith() {
    // "a half" is part of the duration, not a share of its own that could pair with others.
    let figures = FigureExtractor.extract(
      from: "The site came back online after an hour and a half.", source: SourceID("q"))
    #expect(figures.map(\.text) == ["an hour and a half"])
  }

  @Test func unitsConvertWithinADimensionOnly() throws {
    #expect(UnitTable.convert(1, from: "mile", to: "km") == Decimal(string: "1.609344"))
    #expect(UnitTable.convert(100, from: "degC", to: "degF") == 212)
    #expect(UnitTable.convert(1, from: "km", to: "tonne") == nil)
    #expect(UnitTable.convert(1, from: "degree", to: "degC") == nil)
  }

  @Test func degreesTakeTheArticlesScale() throws {
    let text = "It reached 47.9C on Sunday. \"We are used to 44 degrees,\" he said."
    let figures = FigureExtractor.extract(from: text, source: SourceID("q"))
    let degrees = try #require(figures.first { $0.text == "44 degrees" })
    #expect(degrees.unit == "degC")
    #expect(!degrees.unitIsAmbiguous)
    let alone = try #require(figure("44 degrees", in: "We are used to 44 degrees here."))
    #expect(alone.unit == "degree")
    #expect(alone.unitIsAmbiguous)
  }
}
