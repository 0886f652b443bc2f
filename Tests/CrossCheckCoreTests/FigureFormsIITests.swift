import Foundation
import Testing

@testable import CrossCheckCore

/// Basis points, signed numbers, amounts with sub-units, currency forms, decades: one example
/// per form, and near misses the rules must leave alone.
@Suite("Basis points, signs, sub-units, currency forms and decades")
struct FigureFormsIITests {
  static let examples: [(String, ExpectedFigure)] = [
    (
      "The central bank raised rates by 25 basis points on Tuesday.",
      .init(text: "25 basis points", kind: .percent, value: "25", unit: "basis_point")
    ),
    (
      "It cut its rate by 50bp in March.",
      .init(text: "50bp", kind: .percent, value: "50", unit: "basis_point")
    ),
    (
      "Spreads widened 75 bps overnight.",
      .init(text: "75 bps", kind: .percent, value: "75", unit: "basis_point")
    ),
    (
      "The Fed delivered a 25-basis-point cut.",
      .init(text: "25-basis-point", kind: .percent, value: "25", unit: "basis_point")
    ),
    (
      "Markets expect 25 to 50 basis points of easing.",
      .init(
        text: "25 to 50 basis points", kind: .percent, low: "25", high: "50", unit: "basis_point")
    ),
    (
      "Unemployment fell 2 to 3 percentage points.",
      .init(
        text: "2 to 3 percentage points", kind: .percent, low: "2", high: "3",
        unit: "percentage_point")
    ),
    (
      "Inflation was -1.2% in March.",
      .init(text: "-1.2%", kind: .percent, value: "-1.2", unit: "percent")
    ),
    (
      "Temperatures dropped to -15C overnight.",
      .init(text: "-15C", kind: .quantity, value: "-15", unit: "degC")
    ),
    (
      "He paid 20 dollars 43 cents for the book.",
      .init(text: "20 dollars 43 cents", kind: .money, value: "20.43", unit: "USD")
    ),
    (
      "A pint cost £3 and 50 pence.",
      .init(text: "£3 and 50 pence", kind: .money, value: "3.5", unit: "GBP")
    ),
    (
      "The ticket was 5 euros 20 cents.",
      .init(text: "5 euros 20 cents", kind: .money, value: "5.2", unit: "EUR")
    ),
    ("Lunch cost 20€ there.", .init(text: "20€", kind: .money, value: "20", unit: "EUR")),
    ("Tea cost Rs20 at the stall.", .init(text: "Rs20", kind: .money, value: "20", unit: "INR")),
    ("Tea cost Rs 20 at the stall.", .init(text: "Rs 20", kind: .money, value: "20", unit: "INR")),
    ("Tea cost ₹20 at the stall.", .init(text: "₹20", kind: .money, value: "20", unit: "INR")),
    (
      "The club paid 30MCHF for him.",
      .init(text: "30MCHF", kind: .money, value: "30000000", unit: "CHF")
    ),
    ("Fees rose to 50 gbp a month.", .init(text: "50 gbp", kind: .money, value: "50", unit: "GBP")),
    ("Fees rose to gbp 50 a month.", .init(text: "gbp 50", kind: .money, value: "50", unit: "GBP")),
    ("Prices were lower in the 1990s.", .init(text: "1990s", kind: .date, date: "199")),
    ("It grew fast in the mid-1980s.", .init(text: "1980s", kind: .date, date: "198")),
  ]

  @Test(arguments: examples)
  func extracts(_ sentence: String, _ expected: ExpectedFigure) {
    check(
      expected, in: FigureExtractor.extract(from: sentence, source: SourceID("f")),
      source: sentence)
  }

  @Test func centsAloneAreAPartOfTheDollar() throws {
    let cents = try #require(figure("43 cents", in: "A stamp costs 43 cents now."))
    #expect(cents.value == Decimal(string: "0.43"))
    #expect(cents.unit == "USD")
    // Too many cents to be a part of the dollar before: two amounts.
    let texts = FigureExtractor.extract(
      from: "It cost 20 dollars 143 cents.", source: SourceID("f")
    )
    .map(\.text)
    #expect(texts.contains("20 dollars"))
  }

  @Test func pointsWithoutBasisAreNotBasisPoints() throws {
    let points = try #require(figure("3", in: "The index was down 3 points on Friday."))
    #expect(points.kind != .percent)
  }

  @Test func aDecadeNeedsFourDigitsEndingInZero() {
    let texts = FigureExtractor.extract(
      from: "Men in their 20s and 1995s models.", source: SourceID("f"))
    #expect(!texts.contains { $0.kind == .date && $0.text == "20s" })
    #expect(!texts.contains { $0.kind == .date && $0.text == "1995s" })
  }
}
