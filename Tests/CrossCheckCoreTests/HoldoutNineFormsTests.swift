import Foundation
import Testing

@testable import CrossCheckCore

/// Number-like strings that are names, ratings, codes or idioms rather than figures, and marks
/// crossed in the present tense, from the forms the ninth hold-out set and a blind real-news set
/// showed.
@Suite("Holdout nine forms")
struct HoldoutNineFormsTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    ("The death toll passes 100 after the storm", "100"),
    ("Storm death toll passes 2,000 in the region", "2,000"),
    ("Membership now passes 40,000, the union says.", "40,000"),
  ])
  func passesIsMoreThan(_ sentence: String, _ text: String) {
    // The verb is part of the figure's text ("passes 100"), as "passed 200" is.
    let figure = figures(sentence).first { $0.text.hasSuffix(text) }
    #expect(figure?.qualifier == .moreThan, "\(sentence) gave \(String(describing: figure))")
  }

  @Test(arguments: [
    ("Sales of the Pixel 8 and 8 Pro rose.", "8 Pro"),
    ("Demand for the Moto 4 and 4 Plus grew.", "4 Plus"),
    ("Buyers preferred the 6 Plus to the smaller phone.", "6 Plus"),
    ("The record was held by the iPhone 5s and 5c last year.", "5c"),
    ("Demand beat that for the Lumia 920 and 925 in the spring.", "925"),
  ])
  func coordinatedModelNamesAreNotFigures(_ sentence: String, _ text: String) {
    let found = texts(sentence)
    let number = String(text.prefix { $0.isNumber })
    #expect(!found.contains(text) && !found.contains(number), "\(sentence) gave \(found)")
  }

  @Test(arguments: [
    ("Sales rose 5% and 6% in the two quarters.", "6%"),
    ("Police arrested 4 men and 6 women.", "6"),
  ])
  func coordinatedCountsStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "For details call 250 555-0143 on weekdays.",
    "Media relations: 416 555-0199",
    "Reach the office at 604 555-0188.",
  ])
  func unbracketedAreaCodesAreNotFigures(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "A night in a four-star hotel cost more this year.",
    "The resort has a five-star rating.",
    "She is a retired three-star general.",
    "Tourists prefer 4-star hotels.",
  ])
  func starRatingsAreNotFigures(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "Passengers moved to one side as the ferry docked.",
    "He set the report to one side and left.",
  ])
  func toOneSideIsAnIdiom(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "The carrier adds a daily flight, LX 242, from June.",
    "New routes such as United's UA 52 from Newark opened.",
    "Passengers on flight BA 117 were delayed.",
    "Emirates flight EK 7 landed safely.",
  ])
  func flightNumbersAreNotFigures(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The count, as of seven this morning, is unchanged.", "seven"),
    ("The minister will be here at eleven.", "eleven"),
    ("Polls close at eight tonight.", "eight"),
    ("Talks resume at ten tomorrow morning.", "ten"),
    ("Voting starts at nine.", "nine"),
  ])
  func spokenClockHoursAreNotFigures(_ sentence: String, _ text: String) {
    #expect(!texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("The team finished at eleven points.", "eleven"),
    ("Deaths stood at seven on Monday.", "seven"),
    ("The toll rose to eleven.", "eleven"),
    ("The mayor had put the death toll at six.", "six"),
  ])
  func countsAfterAtStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }
}
