import Foundation
import Testing

@testable import CrossCheckCore

/// Forms that wire and business news use every day: the world's currencies by name, code and
/// letter, percent ranges written with both signs, "up" as a verb's particle before "to", and
/// indices named by a number.
@Suite("World news forms")
struct WorldNewsFormsTests {
  static let currencies: [(String, ExpectedFigure)] = [
    (
      "The deficit hit 250 billion reais.",
      .init(text: "250 billion reais", kind: .money, value: "250000000000", unit: "BRL")
    ),
    (
      "The budget is 27.5 trillion naira.",
      .init(text: "27.5 trillion naira", kind: .money, value: "27500000000000", unit: "NGN")
    ),
    (
      "Poland will borrow 200 billion zlotys.",
      .init(text: "200 billion zlotys", kind: .money, value: "200000000000", unit: "PLN")
    ),
    (
      "Indonesia allocated Rp 3,325 trillion.",
      .init(text: "Rp 3,325 trillion", kind: .money, value: "3325000000000000", unit: "IDR")
    ),
    (
      "Eskom needs R254 billion.",
      .init(text: "R254 billion", kind: .money, value: "254000000000", unit: "ZAR")
    ),
    (
      "The plan costs 4.5 billion ringgit.",
      .init(text: "4.5 billion ringgit", kind: .money, value: "4500000000", unit: "MYR")
    ),
    (
      "Exports earned THB 120 billion.",
      .init(text: "THB 120 billion", kind: .money, value: "120000000000", unit: "THB")
    ),
    (
      "The county will spend Sh2.5 billion on roads.",
      .init(text: "Sh2.5 billion", kind: .money, value: "2500000000", unit: "KES")
    ),
    (
      "It set aside KSh 300 million for water.",
      .init(text: "KSh 300 million", kind: .money, value: "300000000", unit: "KES")
    ),
    (
      "The budget rose from N1.7 trillion.",
      .init(text: "N1.7 trillion", kind: .money, value: "1700000000000", unit: "NGN")
    ),
    (
      "Accra borrowed GH₵12 billion.",
      .init(text: "GH₵12 billion", kind: .money, value: "12000000000", unit: "GHS")
    ),
  ]

  @Test(arguments: currencies)
  func currenciesOfTheWorldAreMoney(_ sentence: String, _ expected: ExpectedFigure) {
    check(
      expected, in: FigureExtractor.extract(from: sentence, source: SourceID("w")), source: sentence
    )
  }

  /// A letter is a currency sign only glued to an amount with a scale.
  @Test(arguments: ["The R2 road was closed.", "Fans of R2-D2 queued."])
  func aLetterBeforeANumberWithoutAScaleIsNoCurrency(_ sentence: String) {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("w"))
    #expect(!figures.contains { $0.kind == .money }, "\(figures.map(\.text))")
  }

  @Test func aCodeThatIsAlsoAWordInCapitalsIsNoCurrency() {
    let figures = FigureExtractor.extract(
      from: "Delegates at COP 28 agreed on a fund.", source: SourceID("w"))
    #expect(!figures.contains { $0.kind == .money }, "\(figures.map(\.text))")
  }

  @Test(arguments: [
    ("The band is 5.25%-5.5%.", "5.25%-5.5%"), ("Growth of 2%-3% is seen.", "2%-3%"),
  ])
  func aPercentRangeWithBothSignsIsOneRange(_ sentence: String, _ text: String) throws {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("w"))
    let range = try #require(figures.first { $0.text == text }, "\(figures.map(\.text))")
    #expect(range.kind == .percent)
    #expect(range.low.map { $0 > 0 } == true, "no minus sign read into the range")
    #expect(figures.count == 1, "\(figures.map(\.text))")
  }

  @Test(arguments: [
    ("Unemployment ticked up to 4.0%.", "4.0%"),
    ("Jobless claims went up to 250,000.", "250,000"),
    ("Growth was revised up to 3.1%.", "3.1%"),
  ])
  func upAsAVerbsParticleIsNoCeiling(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence))
    #expect(found.qualifier == nil, "\(sentence): \(String(describing: found.qualifier))")
    #expect(
      found.subject.map { !$0.isEmpty } == true,
      "the subject reaches back over up to: \(found.subject ?? "none")")
  }

  @Test func upToAfterANounIsStillACeiling() throws {
    let found = try #require(figure("up to 300", in: "A capacity of up to 300 people."))
    #expect(found.qualifier == .atMost)
  }

  @Test(arguments: [
    "The S&P 500 rose on Friday.", "The FTSE 100 fell.", "The Nikkei 225 gained.",
    "The Russell 2000 slipped.", "It joined the Fortune 500 list.",
  ])
  func anIndexNamedByANumberIsNoFigure(_ sentence: String) {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("w"))
    #expect(figures.isEmpty, "\(sentence) gave \(figures.map(\.text))")
  }

  @Test func anIndexsMoveIsStillAFigure() {
    let texts = FigureExtractor.extract(
      from: "The FTSE 100 fell 50 points, or 0.6%.", source: SourceID("w")
    ).map(\.text)
    #expect(texts.count == 2 && texts.first?.hasPrefix("50") == true, "\(texts)")
  }

  @Test func aMobileGenerationIsNoBillions() {
    let figures = FigureExtractor.extract(
      from: "The 5G rollout reached 70% of homes.", source: SourceID("w"))
    #expect(figures.map(\.text) == ["70%"], "\(figures.map(\.text))")
  }

  @Test(arguments: ["Support runs 24/7 now.", "After 9/11 security tightened."])
  func aNameAroundASlashIsNoFigure(_ sentence: String) {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("w"))
    #expect(figures.isEmpty, "\(sentence) gave \(figures.map(\.text))")
  }

  @Test func aFractionWithASlashStays() {
    let figures = FigureExtractor.extract(
      from: "About 3/4 of voters agreed.", source: SourceID("w"))
    #expect(figures.contains { $0.text.contains("3/4") }, "\(figures.map(\.text))")
  }

  @Test func plusOrMinusIsAMarginNotANegative() throws {
    let figures = FigureExtractor.extract(
      from: "Revenue will be $37.5bn, plus or minus 2%.", source: SourceID("w"))
    let margin = try #require(figures.first { $0.kind == .percent }, "\(figures.map(\.text))")
    #expect(margin.value == 2)
  }

  @Test(arguments: [
    ("The Supreme Court ruled 6-3 in the case.", "6-3"), ("It was a 3-2 decision.", "3-2"),
  ])
  func aCourtsSplitIsATally(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence))
    #expect(found.kind == .tally)
  }

  @Test func theHalfOfAMatchIsNoFraction() {
    let figures = FigureExtractor.extract(
      from: "He scored twice in the 2nd half.", source: SourceID("w"))
    #expect(!figures.contains { $0.text == "half" }, "\(figures.map(\.text))")
    #expect(figure("half", in: "They lost half of the budget.") != nil)
  }

  @Test(arguments: ["Three-quarters of the county was flooded.", "It was three-quarters full."])
  func aHyphenatedQuarterIsAFraction(_ sentence: String) throws {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("w"))
    let fraction = try #require(
      figures.first { $0.text.lowercased() == "three-quarters" }, "\(figures.map(\.text))")
    #expect(fraction.value == Decimal(string: "0.75"))
  }

  @Test func aGluedSpeedIsASpeed() throws {
    let speed = try #require(figure("203km/h", in: "Gusts reached 203km/h on the coast."))
    #expect(speed.unit == "km/h")
    #expect(speed.value == 203)
  }
}
