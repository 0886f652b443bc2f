import Foundation
import Testing

@testable import CrossCheckCore

/// A change told "from" one level "to" another whatever its verb's form, the cent's "c" glued
/// after an amount, and "mil." for millions.
@Suite("Figure levels, glued cents and scale abbreviations")
struct FigureLevelsCentsAndScalesTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - From one level to another

  @Test(arguments: [
    ("The bus fare goes up from $3.10 to $3.45 in July.", "$3.10", "$3.45"),
    ("The levy will go up from 120 to 150 next year.", "120", "150"),
    ("The index will climb from 212.4 to 219.8 by March.", "212.4", "219.8"),
    ("Pensions are rising from $301 to $315 a week.", "$301", "$315"),
    ("The toll will increase by 40 cents, from $9.80 to $10.20, in May.", "$9.80", "$10.20"),
    ("Tuition fees came down from £9,250 to £8,500.", "£9,250", "£8,500"),
  ])
  func aChangeFromOneLevelToAnotherIsTwoFigures(
    _ sentence: String, _ old: String, _ new: String
  ) throws {
    let before = try #require(figure(old, in: sentence), "\(texts(sentence))")
    let after = try #require(figure(new, in: sentence), "\(texts(sentence))")
    #expect(before.low == nil && before.high == nil && before.value != nil)
    #expect(after.low == nil && after.high == nil && after.value != nil)
  }

  @Test(arguments: [
    ("Estimates put the crowd at between 20 and 30 thousand.", "between 20 and 30 thousand"),
    ("Each bus carries from 40 to 60 pupils.", "from 40 to 60"),
    ("The camp holds from 400 to 600 people.", "from 400 to 600"),
  ])
  func withoutAVerbOfChangeFromAToBStaysARange(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.value == nil)
    #expect(found.low != nil && found.high != nil)
  }

  // MARK: - Glued cents

  @Test(arguments: [
    ("Milk now costs 65c more than last year.", "65c", "0.65"),
    ("Petrol is selling at 189.9c a litre.", "189.9c", "1.899"),
    ("The fare will rise 50c to $4.20 next month.", "50c", "0.5"),
    ("A 20c coin was found in the drain.", "20c", "0.2"),
  ])
  func aGluedCIsCentsOfTheDollar(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "USD")
    #expect(found.value == Decimal(string: value))
  }

  @Test func gluedCentsFollowTheHomeDollar() throws {
    let text = "WELLINGTON: The minimum wage will rise 70c to $25.10 an hour in April."
    let found = figures(text)
    let cents = try #require(found.first { $0.text == "70c" }, "\(found.map(\.text))")
    #expect(cents.unit == "NZD")
    let level = try #require(found.first { $0.text == "$25.10" }, "\(found.map(\.text))")
    #expect(level.unit == "NZD")
  }

  @Test(arguments: [
    "She was diagnosed with Type 2c diabetes.",
    "He lives in Flat 4c on the top floor.",
    "It was a hot 31c day at the beach.",
    "Temperatures hit 28c in the south.",
  ])
  func aLabelOrATemperatureIsNoCents(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .money }, "\(texts(sentence))")
  }

  @Test func aCapitalCIsStillCelsius() throws {
    let found = try #require(figure("5C", in: "It was 5C at dawn."))
    #expect(found.unit == "degC")
  }

  // MARK: - "mil." for millions

  @Test(arguments: [
    ("The carmaker will recall 2.3 mil. vehicles worldwide.", "2.3 mil", "2300000"),
    ("The app has 4 mil users in Europe.", "4 mil", "4000000"),
  ])
  func milIsMillions(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - "approx." as a hedge

  @Test(arguments: [
    ("The bridge will cost approx. $100 million to build.", "approx. $100 million"),
    ("The hall seats approx. 2,500 people.", "approx. 2,500"),
  ])
  func approxWithItsStopIsAHedge(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.qualifier == .approx)
  }
}
