import Foundation
import Testing

@testable import CrossCheckCore

/// A fraction restated as a percent, a code section's lettered subsection, "over" bounding a
/// partitive object, and "over" spreading a change across a period: forms of wire and business
/// copy.
@Suite("Restated shares, lettered sections and spread periods")
struct SharesSectionsAndSpreadPeriodsTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    "Almost two-thirds – 64% – of the members voted against.",
    "Nearly half - 48% - of voters backed him.",
  ])
  func aFractionAndItsPercentAreTwoFigures(_ sentence: String) {
    let found = figures(sentence)
    #expect(found.contains { $0.kind == .percent && $0.low == nil }, "gave \(described(sentence))")
    #expect(found.count == 2, "gave \(described(sentence))")
  }

  @Test func aRangeOfTwoFractionsStays() {
    let sentence = "Between a half and two-thirds of the crop was lost."
    #expect(figures(sentence).count == 1, "gave \(described(sentence))")
  }

  @Test(arguments: [
    "The deal raised the company's 401(k) match.",
    "The charity is a 501(c)(3) organisation.",
    "Platforms are shielded by Section 230(c) of the law.",
  ])
  func letteredSubsectionsAreNames(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test func aNumberBeforeABracketedWordStays() {
    let sentence = "Officials counted 401 (about half) of the votes."
    #expect(texts(sentence).contains("401"), "gave \(described(sentence))")
  }

  @Test(arguments: [
    ("The tech giant fired over 15% of its workforce.", "over 15%"),
    ("Police arrested over 200 of the protesters.", "over 200"),
  ])
  func overAfterAPeopleVerbBoundsItsPartitiveObject(_ sentence: String, _ text: String) {
    let found = figures(sentence).first { $0.text == text }
    #expect(found?.qualifier == .moreThan, "gave \(described(sentence))")
  }

  @Test(arguments: [
    "He was jailed over £2.3m fraud.", "The minister was sacked over 3 tweets.",
  ])
  func overAfterAPeopleVerbWithoutOfStaysACause(_ sentence: String) {
    #expect(figures(sentence).allSatisfy { $0.qualifier == nil }, "gave \(described(sentence))")
  }

  @Test(arguments: [
    ("The contract included a 35% wage increase over four years.", "four years"),
    ("It pledged a $7bn aid package over five years.", "five years"),
  ])
  func overAfterAChangeNounSpreadsItOverAPeriod(_ sentence: String, _ text: String) {
    let found = figures(sentence).first { $0.text == text }
    #expect(found != nil && found?.qualifier == nil, "gave \(described(sentence))")
  }

  @Test func overAfterAnyOtherWordStaysABound() {
    let sentence = "A 20% rise in patients waiting over 18 weeks was reported."
    let found = figures(sentence).first { $0.text.contains("18 weeks") }
    #expect(found?.qualifier == .moreThan, "gave \(described(sentence))")
  }
}
