import Foundation
import Testing

@testable import CrossCheckCore

/// Which dollar a bare "$" is: the article's home dollar when its dateline or the places it
/// names are in a country with its own dollar; the US dollar from a US dateline, in a country
/// without a dollar, written "US$", or converted from a named dollar in brackets.
@Suite("The article's own dollar")
struct ArticleDollarTests {
  @Test(arguments: [
    ("HALIFAX, N.S. — The province will spend $310 million on new ferries.", "$310 million", "CAD"),
    (
      "BRISBANE (Reuters) - The state set aside $2.6 billion for flood repairs on Tuesday.",
      "$2.6 billion", "AUD"
    ),
    (
      "AUCKLAND, New Zealand (March 3) — Port fees will rise to $45 a container.", "$45",
      "NZD"
    ),
    ("KAMLOOPS, B.C. — Repairs to the bridge will cost $18 million.", "$18 million", "CAD"),
  ])
  func aDatelineInADollarCountryMakesItsDollar(
    _ text: String, _ amount: String, _ currency: String
  ) throws {
    let found = try #require(figure(amount, in: text), "\(figures(text).map(\.text))")
    #expect(found.unit == currency)
    // Still only inferred: the note that it might be another dollar stays.
    #expect(found.unitIsAmbiguous)
  }

  @Test func placesNamedMostOftenGiveTheHomeWithoutADateline() throws {
    let text =
      "Toronto's transit agency has asked Ontario for $45 million more.\n\n"
      + "The Toronto council backed the request on Monday."
    let found = try #require(figure("$45 million", in: text), "\(figures(text).map(\.text))")
    #expect(found.unit == "CAD")
  }

  @Test func onlyTheOpeningSaysWhereTheStoryIsFrom() throws {
    // Places named only after the opening paragraphs do not make a home: the tally reads the
    // opening alone, so a long text costs no more than a short one.
    let filler = String(repeating: "The committee met again and heard more evidence.\n", count: 70)
    let late =
      filler + "Toronto's transit agency has asked Ontario for $45 million more.\n"
      + "The Toronto council backed the request on Monday."
    let found = try #require(figure("$45 million", in: late))
    #expect(found.unit == "USD")
  }

  @Test func aUSDatelineKeepsUSDollarsWhateverPlacesItNames() throws {
    let text =
      "DETROIT — Trucks crossing from Windsor into Michigan paid $12 million in tolls last "
      + "year, Ontario officials said. Ontario wants a share."
    let found = try #require(figure("$12 million", in: text), "\(figures(text).map(\.text))")
    #expect(found.unit == "USD")
  }

  @Test func aDatelineInACountryWithoutADollarKeepsUSDollars() throws {
    let text = "CHENNAI, India — The start-up raised $40 million from investors in Singapore."
    #expect(figure("$40 million", in: text)?.unit == "USD")
  }

  @Test func usDollarsWrittenSoStayUSDollarsInAHomeDollarArticle() throws {
    let text = "OTTAWA — The government will buy the aircraft for $1.9 billion, or US$1.4 billion."
    #expect(figure("$1.9 billion", in: text)?.unit == "CAD")
    let american = try #require(
      figure("US$1.4 billion", in: text), "\(figures(text).map(\.text))")
    #expect(american.unit == "USD")
    #expect(!american.unitIsAmbiguous)
  }

  @Test func aDollarCountryNamedOnceIsNoHome() throws {
    let text = "Investors from Sydney put $3 million into the Berlin start-up."
    #expect(figure("$3 million", in: text)?.unit == "USD")
  }

  // MARK: - A named dollar converted in brackets

  @Test(arguments: [
    ("The port cost 2.5 billion Canadian dollars ($1.8 billion) to build.", "$1.8 billion"),
    ("The deal is worth 900 million New Zealand dollars ($540 million).", "$540 million"),
    ("Fines reached 40 million euros ($43 million) last year.", "$43 million"),
  ])
  func aBareDollarInBracketsAfterANamedCurrencyIsTheUSConversion(
    _ text: String, _ conversion: String
  ) throws {
    let found = try #require(figure(conversion, in: text), "\(figures(text).map(\.text))")
    #expect(found.unit == "USD")
    #expect(!found.unitIsAmbiguous)
  }

  @Test func anArticleThatConvertsItsHomeDollarIsAForeignOutlets() throws {
    // A US wire filed from Perth gives the local dollars and its own in brackets.
    let text =
      "PERTH, Australia — The mine will cost 3.1 billion Australian dollars ($2 billion).\n\n"
      + "Its owner has spent $400 million so far."
    #expect(figure("3.1 billion Australian dollars", in: text)?.unit == "AUD")
    #expect(figure("$2 billion", in: text)?.unit == "USD")
    #expect(figure("$400 million", in: text)?.unit == "USD")
  }
}
