import Foundation
import Testing

@testable import CrossCheckCore

/// A figure's subject is the noun phrase it is about: the thing an amount after "for" is the
/// price of, never a place, a month or a condition that only scopes the figure.
@Suite("Subject heads")
struct SubjectHeadsTests {
  @Test(arguments: [
    (
      "The club's signing of the Dutch striker for roughly £42m was a gamble.", "roughly £42m",
      "club's signing"
    ),
    (
      "It followed the takeover by Acme Corp of Widget Ltd for 3.2 billion pounds.",
      "3.2 billion pounds", "takeover"
    ),
    ("The deal was struck for €20m.", "€20m", "deal"),
    (
      "The retail division, known for its discount stores, was sold for $950 million.",
      "$950 million", "retail division"
    ),
  ])
  func anAmountAfterForIsThePriceOfTheNounBeforeIt(
    _ sentence: String, _ text: String, _ subject: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject == subject, "\(found.subject ?? "nil")")
  }

  @Test(arguments: [
    ("She won the stage by 12 seconds in wet and windy conditions.", "12 seconds", "wet"),
    ("Wales recorded 30.2C in Cardiff.", "30.2C", "Cardiff"),
    ("The party took 36 percent of the vote in March.", "36 percent", "March"),
  ])
  func aPlaceMonthOrConditionAfterAFigureIsNoSubject(
    _ sentence: String, _ text: String, _ wrong: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(wrong) != true, "\(found.subject ?? "nil")")
  }
}
