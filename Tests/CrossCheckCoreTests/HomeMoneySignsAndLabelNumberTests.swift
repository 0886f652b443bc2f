import Foundation
import Testing

@testable import CrossCheckCore

/// Money signs whose country the article decides ("Rs", "Sh"), the Mexican peso's "MX$", and
/// numbers that only label: stock codes in brackets, recall numbers, telephone numbers in
/// groups, model years before a model's name.
@Suite("Home money signs and label numbers")
struct HomeMoneySignsAndLabelNumberTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - Shared abbreviations follow the article's home

  @Test(arguments: [
    ("KARACHI: The price of petrol rose by Rs 12.50 a litre on Friday.", "Rs 12.50", "PKR"),
    ("LAHORE, Pakistan (AP) — A kilo of flour now costs Rs. 160 in the city.", "Rs. 160", "PKR"),
    ("Traders in Islamabad and Rawalpindi said sugar sold at Rs 150 a kilo.", "Rs 150", "PKR"),
    ("NEW DELHI, May 2 (Reuters) - The fee is Rs 500 a month.", "Rs 500", "INR"),
    ("The company set aside Rs 450 crore for the plant.", "Rs 450 crore", "INR"),
    ("KAMPALA, Uganda (AP) — Fares went up to Sh 5,000 on Monday.", "Sh 5,000", "UGX"),
  ])
  func aSharedAbbreviationIsTheHomeCountrysCurrency(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == unit)
  }

  @Test func rsBesidePKRIsThePakistaniRupee() throws {
    let text =
      "The central bank kept its rate unchanged. Fuel now costs Rs 272 a litre, "
      + "and the PKR 1.2 trillion budget was passed."
    let found = try #require(figure("Rs 272", in: text), "\(texts(text))")
    #expect(found.unit == "PKR")
  }

  @Test(arguments: [
    ("Sales reached MX$4.5 billion in the quarter.", "MX$4.5 billion", "4500000000"),
    ("The base model starts at MX$389,500 in showrooms.", "MX$389,500", "389500"),
  ])
  func mxDollarIsTheMexicanPeso(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "MXN")
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - Time zones of one country

  @Test(arguments: [
    ("Budget live\n\n4.52pm NZST\n\nThe fee rises to $31.50.\n\n3.10pm NZST\n\nMore soon.", "NZD"),
    ("Election live\n\n10.05am AEST\n\nThe levy is $12.\n\n9.40am AEST\n\nPolls open.", "AUD"),
    ("Markets live\n\n9.30am EST\n\nShares cost $12.\n\n9.05am EST\n\nFutures rose.", "USD"),
  ])
  func aTimeZoneOfOneCountryMakesItsDollarTheArticles(_ text: String, _ unit: String) throws {
    let found = try #require(figures(text).first { $0.kind == .money }, "\(texts(text))")
    #expect(found.unit == unit)
  }

  // MARK: - Stock codes

  @Test(arguments: [
    ("Shares of Hanami Electric (6752) fell 3% in Tokyo.", "6752"),
    ("Kintaro Holdings (9984.T) rose after the results.", "9984"),
    ("Investors sold Pearl River Games (HKEX: 3690) on Monday.", "3690"),
    ("The carmaker (TSE: 7211) recalled the vans.", "7211"),
    ("Daegu Steel (104700) posted a loss.", "104700"),
  ])
  func aStockCodeInBracketsIsNoFigure(_ sentence: String, _ code: String) {
    #expect(figure(code, in: sentence) == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Germany (1,200) and France (950) sent the most troops.", "1,200"),
    ("The film Parasite (2019) won four awards.", "2019"),
    ("Labour won 412 seats and the Conservatives (121) lost ground.", "121"),
  ])
  func aCountOrYearInBracketsStays(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) != nil, "\(texts(sentence))")
  }

  // MARK: - Recall numbers

  @Test(arguments: [
    "The regulator listed the recall as campaign 23V-118 on its website.",
    "Owners can look up recall 19E-044 by their vehicle number.",
  ])
  func aRecallNumberIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  @Test func theVehiclesARecallCoversStayFigures() throws {
    let sentence = "Recall 22V-907 covers 41,000 vehicles."
    #expect(texts(sentence) == ["41,000"])
  }

  // MARK: - Telephone numbers in groups

  @Test(arguments: [
    "Owners can call the company at 800 461 2210 for a free repair.",
    "The consumer office takes complaints at 55 5123 4567 on weekdays.",
    "Call 33 3641 7720 to book an appointment.",
  ])
  func aTelephoneNumberInGroupsIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  // MARK: - Model years

  @Test(arguments: [
    "He was driving a 2017 Skoda Octavia when it stalled.",
    "The 2018 Camry had been serviced a week earlier.",
    "Thieves took a 2020 Jaguar from the driveway.",
  ])
  func aModelYearBeforeAModelIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  // MARK: - Aircraft models

  @Test(arguments: [
    ("The ATR 72 carried 64 passengers and four crew.", "72", "64"),
    ("An Embraer 190 landed safely with 98 people on board.", "190", "98"),
    ("The Antonov 124 flew 120 tonnes of aid to the city.", "124", "120 tonnes"),
  ])
  func anAircraftMakersNumberNamesTheModel(_ sentence: String, _ model: String, _ kept: String) {
    #expect(figure(model, in: sentence) == nil, "\(texts(sentence))")
    #expect(figure(kept, in: sentence) != nil, "\(texts(sentence))")
  }
}
