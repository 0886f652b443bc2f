import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of prices and economy stories: pence glued to the number, changes in words, subjects
/// cut off by a relative clause.
@Suite("Prices news forms")
struct PricesNewsFormsTests {
  @Test(arguments: [
    // In pounds, as all money is in its main unit ("138.6p" is 1.386 GBP).
    ("A litre of petrol was 138.6p, down 4.1p on a month earlier.", "138.6p", "1.386"),
    ("A litre of petrol was 138.6p, down 4.1p on a month earlier.", "4.1p", "0.041"),
    ("The stamp costs 85p.", "85p", "0.85"),
  ])
  func aGluedPIsPence(_ sentence: String, _ text: String, _ value: String) throws {
    let price = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(price.kind == .money)
    #expect(price.unit == "GBP")
    #expect(price.value == Decimal(string: value))
  }

  @Test func aScreensResolutionIsNoThousands() {
    #expect(figures("It streams in 1080p and 4K.").isEmpty)
    #expect(figure("$4K", in: "The price is $4K.")?.value == 4000)
    #expect(figure("12k", in: "She has 12k followers.")?.value == 12000)
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

  @Test func aChangeAfterAnAmountMeasuresWhatTheAmountDoes() throws {
    let sentence = "Nvidia reported revenue of $35.1 billion on Wednesday, up 94% from a year ago."
    let change = try #require(figure("94%", in: sentence))
    #expect(change.subject?.hasSuffix("revenue") == true, "\(String(describing: change.subject))")
  }

  @Test func aHedgedVerbAloneLeavesTheSubjectToTheClause() throws {
    let sentence = "Net income more than doubled to $19.3 billion."
    #expect(figure("$19.3 billion", in: sentence)?.subject == "Net income")
  }

  @Test func aFigureAfterAnAsideIsSaidOfTheNounBeforeIt() throws {
    let sentence = "Inflation, as measured by the CPI, was 2.2% in May."
    let level = try #require(figure("2.2%", in: sentence))
    #expect(level.subject == "Inflation")
  }

  @Test func aPastTenseWithItsObjectIsNoCountedNoun() throws {
    let sentence = "In the trial, 1,204 received the drug."
    let count = try #require(figure("1,204", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(count.unit == nil)
    // A participle alone still names who is counted.
    #expect(figure("About 86", in: "About 86 injured were taken to hospital.")?.unit == "injured")
  }

  // MARK: - Which dollar a bare "$" is

  @Test func aBareDollarIsTheOneDollarTheArticleNames() throws {
    let text = "The state will spend A$1.2 billion on roads. That is up from $850m."
    let earlier = try #require(figure("$850m", in: text), "\(figures(text).map(\.text))")
    #expect(earlier.unit == "AUD")
    #expect(earlier.unitIsAmbiguous)
  }

  @Test func aBracketedDollarAfterAnAmountIsTheUSConversion() throws {
    let text = "The miner earned A$1.2 billion ($780 million). Costs were $850m."
    let conversion = try #require(figure("$780 million", in: text), "\(figures(text).map(\.text))")
    #expect(conversion.unit == "USD")
    #expect(!conversion.unitIsAmbiguous)
    // The article names two dollars: a bare one stays the US dollar, flagged.
    #expect(figure("$850m", in: text)?.unit == "USD")
  }

  @Test func aNamedDollarConvertingABareOneInBracketsIsNotTheArticlesDollar() throws {
    // A US outlet gives its own dollars and the local ones in brackets.
    let text =
      "The state values its offer at about $3 billion (4.2 billion Australian dollars). "
      + "A nurse earns about $70,000 a year."
    let offer = try #require(figure("about $3 billion", in: text), "\(figures(text).map(\.text))")
    #expect(offer.unit == "USD")
    #expect(figure("about $70,000", in: text)?.unit == "USD")
    #expect(figure("4.2 billion Australian dollars", in: text)?.unit == "AUD")
  }

  @Test func aBareDollarInAnArticleOfTwoDollarsStaysUSDollars() throws {
    let text = "Canberra pledged A$50 million and Wellington NZ$20 million. Donors gave $5m."
    let bare = try #require(figure("$5m", in: text), "\(figures(text).map(\.text))")
    #expect(bare.unit == "USD")
    #expect(bare.unitIsAmbiguous)
  }
}
