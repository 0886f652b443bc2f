import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of prices and economy stories: pence glued to the number, changes in words, subjects
/// cut off by a relative clause.
@Suite("Prices news forms")
struct PricesNewsFormsTests {
  @Test(arguments: [
    ("A litre of petrol was 138.6p, down 4.1p on a month earlier.", "138.6p", "138.6"),
    ("A litre of petrol was 138.6p, down 4.1p on a month earlier.", "4.1p", "4.1"),
    ("The stamp costs 85p.", "85p", "85"),
  ])
  func aGluedPIsPence(_ sentence: String, _ text: String, _ value: String) throws {
    let price = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(price.kind == .money)
    #expect(price.unit == "GBX")
    #expect(price.value == Decimal(string: value))
  }

  @Test func aVideoResolutionIsNoPence() {
    let found = figures("The camera records in 1080p.")
    #expect(!found.contains { $0.kind == .money }, "\(found.map(\.text))")
  }

  @Test func theLevelAfterAChangeInWordsSharesItsSubject() throws {
    let sentence = "The bank cut its key rate by a quarter point to 4.75%."
    let level = try #require(figure("4.75%", in: sentence))
    #expect(level.subject == "key rate")
  }

  @Test func aVerbAfterARelativeClauseIsSaidOfTheNounBeforeIt() throws {
    let sentence = "Core inflation, which strips out food and energy, slowed to 3.1% from 3.4%."
    let level = try #require(figure("3.1%", in: sentence))
    #expect(level.subject == "Core inflation")
  }
}
