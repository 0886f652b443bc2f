import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of real news in house styles the reader missed: the dollar's letters written after its
/// sign ("$US13.4 billion"), cent signs, rates out of every so many, magnitude letters after
/// money and percent glued on.
@Suite("House style forms")
struct HouseStyleFormsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - The dollar's letters after its sign

  @Test(arguments: [
    ("The miner reported a profit of $US13.4 billion.", "$US13.4 billion", "13400000000", "USD"),
    ("It will pay a dividend of $US1.70 a share.", "$US1.70", "1.7", "USD"),
    ("The dairy deal is worth $NZ300 million.", "$NZ300 million", "300000000", "NZD"),
    ("Sales in Canada reached $C45 million.", "$C45 million", "45000000", "CAD"),
    ("The fund raised $A12 million last year.", "$A12 million", "12000000", "AUD"),
  ])
  func lettersAfterTheDollarSignNameTheDollar(
    _ sentence: String, _ text: String, _ value: String, _ currency: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == currency)
    #expect(found.value == Decimal(string: value))
    #expect(!found.unitIsAmbiguous)
  }

  @Test func aBareDollarBesideThemIsTheHomeDollar() throws {
    let text = "SYDNEY (Reuters) - BHP earned $US13.4 billion, while its arm made $5.2 billion."
    let found = figures(text)
    let local = try #require(found.first { $0.text == "$5.2 billion" }, "\(found.map(\.text))")
    #expect(local.unit == "AUD")
    let american = try #require(found.first { $0.text == "$US13.4 billion" })
    #expect(american.unit == "USD")
  }

  @Test func withNoOtherHomeTheHouseStyleMakesTheBareDollarAustralian() throws {
    let text = "BHP earned $US13.4 billion, while its local arm made $5.2 billion."
    let found = figures(text)
    let local = try #require(found.first { $0.text == "$5.2 billion" }, "\(found.map(\.text))")
    #expect(local.unit == "AUD")
  }

  @Test func aUSDatelineKeepsTheBareDollarAmerican() throws {
    let text = "NEW YORK (Reuters) - The fund sold $US2 billion of bonds and $3 billion of stock."
    let found = figures(text)
    let bare = try #require(found.first { $0.text == "$3 billion" }, "\(found.map(\.text))")
    #expect(bare.unit == "USD")
  }

  // MARK: - Cent signs

  @Test(arguments: [
    ("A bus fare of 80¢ will rise next month.", "80¢", "0.8"),
    ("The shares closed at 175¢ on Friday.", "175¢", "1.75"),
    ("Commuters now pay a 25¢ fare.", "25¢", "0.25"),
    ("A stamp now costs US80¢ to post.", "US80¢", "0.8"),
  ])
  func anAmountWithACentSignIsCentsOfTheDollar(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "USD")
    #expect(found.value == Decimal(string: value))
  }

  @Test func centsFollowTheHomeDollar() throws {
    let text = "TORONTO — The city raised the fare by 25¢ to $3.35 on Monday."
    let found = figures(text)
    let cents = try #require(found.first { $0.text == "25¢" }, "\(found.map(\.text))")
    #expect(cents.unit == "CAD")
  }

  // MARK: - Rates out of every so many

  @Test(arguments: [
    ("Three out of every 10 voters backed the plan.", "Three out of every 10", "0.3"),
    ("One in every five children lives in poverty.", "One in every five", "0.2"),
    ("Seven out of every ten homes were damaged.", "Seven out of every ten", "0.7"),
    ("Nine out of 10 dentists recommend it.", "Nine out of 10", "0.9"),
    ("Three out of every 10 NHS patients waited.", "Three out of every 10", "0.3"),
    ("Two out of five voters backed the plan.", "Two out of five", "0.4"),
    ("Three out of four BAME staff reported bias.", "Three out of four", "0.75"),
    ("Four out of five NHS trusts missed the target.", "Four out of five", "0.8"),
  ])
  func aRateOutOfEverySoManyIsAFraction(_ sentence: String, _ text: String, _ value: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.unit == "fraction")
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - Magnitude letters after money

  @Test(arguments: [
    ("Safaricom posted revenue of Ksh 157 B for the year.", "Ksh 157 B", "157000000000", "KES"),
    ("Profit rose to Ksh 18.2 B.", "Ksh 18.2 B", "18200000000", "KES"),
    ("The startup raised $3 B from investors.", "$3 B", "3000000000", "USD"),
    ("The club spent £40 m on players.", "£40 m", "40000000", "GBP"),
  ])
  func aMagnitudeLetterAfterMoneyScalesIt(
    _ sentence: String, _ text: String, _ value: String, _ currency: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == currency)
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    "The pupils won 3 B grades and two As.",
    "Plan B was rejected and 12 B-class flats were sold.",
    "Shares of 40 B stock changed hands.",
  ])
  func aLetterAfterANumberThatIsNoMoneyIsNoMagnitude(_ sentence: String) {
    #expect(!figures(sentence).contains { ($0.value ?? 0) >= 1_000_000 }, "\(texts(sentence))")
  }

  // MARK: - Percent glued on

  @Test(arguments: [
    ("Inflation rose to 11.98per cent in January.", "11.98per cent", "11.98"),
    ("Rates went up 5percent in a year.", "5percent", "5"),
    ("Turnout fell to 48.2percent.", "48.2percent", "48.2"),
  ])
  func aPercentGluedToItsNumberIsAPercent(_ sentence: String, _ text: String, _ value: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .percent)
    #expect(found.value == Decimal(string: value))
  }
}
