import Foundation
import Testing

@testable import CrossCheckCore

/// Forms the fifth blind hold-out set found missing (issue #13): a currency named after its
/// amount, shared names ("shillings", "rupees", "pesos") read in the article's home currency,
/// counts of sized containers, guesses as hedges, the year in a law's name, other articles'
/// headlines under a "Related stories" heading, and whole ticker lines.
@Suite("Hold-out forms V")
struct HoldoutFiveFormsTests {
  // MARK: - Currencies named after the amount

  @Test(arguments: [
    (
      "A bag costs about 165,000 Ugandan shillings in Kampala.", "about 165,000 Ugandan shillings",
      "165000", "UGX"
    ),
    ("($1 = 129.00 Kenyan shillings)", "129.00 Kenyan shillings", "129", "KES"),
    ("Fuel rose to 280 Pakistani rupees a litre.", "280 Pakistani rupees", "280", "PKR"),
    ("The fee is 1,200 Tanzanian shillings.", "1,200 Tanzanian shillings", "1200", "TZS"),
    (
      "The bonds raised 2 billion Hong Kong dollars.", "2 billion Hong Kong dollars", "2000000000",
      "HKD"
    ),
    ("He was fined 5,000 Egyptian pounds on Monday.", "5,000 Egyptian pounds", "5000", "EGP"),
    ("Tickets cost 45,000 Chilean pesos each.", "45,000 Chilean pesos", "45000", "CLP"),
    (
      "The plant cost 3 billion South African rand.", "3 billion South African rand", "3000000000",
      "ZAR"
    ),
    ("She paid 900 Danish kroner for the fine.", "900 Danish kroner", "900", "DKK"),
  ])
  func aCurrencyNamedByItsCountryIsMoneyInIt(
    _ sentence: String, _ text: String, _ value: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .money)
    #expect(found.value == Decimal(string: value))
    #expect(found.unit == unit)
    #expect(!found.unitIsAmbiguous)
  }

  @Test(arguments: [
    (
      "NAIROBI, July 9 (Reuters) - Maize hit a record 6,000 shillings ($46.50) per bag.",
      "6,000 shillings", "KES"
    ),
    (
      "KAMPALA, Uganda (AP) — A bag now sells for 150,000 shillings in the capital.",
      "150,000 shillings", "UGX"
    ),
    ("DAR ES SALAAM, March 3 (Reuters) - Fares rose to 1,500 shillings.", "1,500 shillings", "TZS"),
    ("KARACHI, Pakistan (AP) — Petrol now costs 280 rupees a litre.", "280 rupees", "PKR"),
    ("NEW DELHI, May 2 (Reuters) - The fee is 500 rupees a month.", "500 rupees", "INR"),
    (
      "MANILA, Philippines (AP) — The drive will cost 312 million pesos ($5.4 million).",
      "312 million pesos", "PHP"
    ),
  ])
  func aSharedCurrencyNameIsTheHomeCountrys(_ sentence: String, _ text: String, _ unit: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == unit)
    #expect(found.unitIsAmbiguous)
  }

  @Test func aSharedNameWithNoHomeTakesTheOneTheArticleNamesByCountry() throws {
    let text =
      "Traders said a bag fetched 150,000 Ugandan shillings at the border. "
      + "A week earlier it sold for 120,000 shillings."
    let found = try #require(figure("120,000 shillings", in: text), "\(described(text))")
    #expect(found.unit == "UGX")
  }

  /// One mention of a place is too little to make an article's home, but among the countries
  /// that share a currency's name it is the only one named (a review found Tanzanian and
  /// Ugandan shillings read as Kenyan).
  @Test(arguments: [
    ("Shoppers in Dar es Salaam said rice costs 3,000 shillings a kilo.", "3,000 shillings", "TZS"),
    ("Traders in Kampala said a kilo of beans costs 6,000 shillings.", "6,000 shillings", "UGX"),
    ("Shoppers in Lahore said a kilo of sugar costs 150 rupees.", "150 rupees", "PKR"),
    ("Diners in Buenos Aires said a steak costs 9,000 pesos.", "9,000 pesos", "ARS"),
  ])
  func aSharedNameTakesTheOneSuchCountryTheArticleNames(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == unit)
  }

  @Test func aBareShillingWithNoHomeIsTheKenyanFlaggedAmbiguous() throws {
    let text = "A bag sold for 3,750 shillings in January."
    let found = try #require(figure("3,750 shillings", in: text), "\(described(text))")
    #expect(found.kind == .money)
    #expect(found.unit == "KES")
    #expect(found.unitIsAmbiguous)
  }

  // MARK: - Counts of sized containers

  @Test(arguments: [
    (
      "Farmers expect about 28 million 90kg bags this year.", "about 28 million", "28000000", "90kg"
    ),
    ("The board imported 10 million 50-kg sacks of maize.", "10 million", "10000000", "50-kg"),
    ("The port handled 2 million 20ft containers last year.", "2 million", "2000000", "20ft"),
    ("Donors sent 1.5 million 25-litre jerrycans.", "1.5 million", "1500000", "25-litre"),
  ])
  func aCountBeforeASizedNounCountsItsNoun(
    _ sentence: String, _ count: String, _ value: String, _ size: String
  ) throws {
    let found = try #require(figure(count, in: sentence), "\(described(sentence))")
    #expect(found.kind == .count)
    #expect(found.value == Decimal(string: value))
    #expect(figure(size, in: sentence)?.kind == .quantity, "\(described(sentence))")
  }

  @Test func aScaleStillTakesTheDigitsAfterIt() throws {
    let sentence = "The city has 4 thousand 300 registered taxis."
    #expect(figures(sentence).first?.value == 4300, "\(described(sentence))")
  }

  // MARK: - Guesses are hedges

  @Test(arguments: [
    ("This year he expects maybe 60 bags.", "maybe 60", "maybe"),
    ("Perhaps 200 people waited at the gate.", "Perhaps 200", "Perhaps"),
    ("The storm destroyed possibly 3,000 homes.", "possibly 3,000", "possibly"),
    ("The fund lost probably $40 million.", "probably $40 million", "probably"),
    ("They paid something like 500 euros.", "something like 500 euros", "something like"),
    (
      "Costs are in the neighbourhood of £2 billion.", "in the neighbourhood of £2 billion",
      "in the neighbourhood of"
    ),
    ("The trip takes 40 minutes or thereabouts.", "40 minutes or thereabouts", "or thereabouts"),
  ])
  func aGuessIsAnApproximation(_ sentence: String, _ text: String, _ hedge: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.qualifier == .approx)
    #expect(found.hedge == hedge)
  }

  @Test func northOfIsALowerBound() throws {
    let sentence = "Oil is trading north of $90 a barrel."
    let found = try #require(figure("north of $90", in: sentence), "\(described(sentence))")
    #expect(found.qualifier == .moreThan)
  }

  // MARK: - The year in a law's name

  @Test(arguments: [
    "Liability is capped under the Maritime Transport Act 1994 for now.",
    "Directors must follow the Companies Act 2006 when they report.",
    "The claim was brought under the Human Rights Act 1998 in the High Court.",
    "The Building Regulations 2010 set the standard for fire doors.",
  ])
  func aYearEndingALawsNameIsNoDate(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.text.contains("19") || $0.text.contains("20") },
      "\(described(sentence))")
  }

  @Test(arguments: [
    "Under the Climate Change Act 2,000 firms must report by 1994.",
    "The law was passed as an act in 1994 by the assembly.",
  ])
  func aYearNotEndingALawsNameStays(_ sentence: String) {
    #expect(figures(sentence).contains { $0.text == "1994" }, "\(described(sentence))")
    #expect(!figures(sentence).contains { $0.text == "2,000" } == !sentence.contains("2,000"))
  }

  // MARK: - Other articles' headlines

  @Test(arguments: [
    "Related stories", "Related", "Read more:", "More on this story", "You may also like",
    "Most read",
  ])
  func headlinesUnderARelatedHeadingAreNoFigures(_ heading: String) {
    let text =
      "The council spent $4 million on the road.\n\n\(heading)\n"
      + "Little blue penguin numbers fall 20% in a decade\nPort posts record 2026 profit\n"
    let found = figures(text).map(\.text)
    #expect(found == ["$4 million"], "\(found)")
  }

  /// Every heading is told whatever its case, with or without a colon (a line is passed over by
  /// its first letter before it is lower-cased), and a short line that opens otherwise is none.
  @Test func everyRelatedHeadingIsToldInAnyCase() {
    func isHeading(_ line: String) -> Bool {
      Array(line.utf8).withUnsafeBufferPointer { RelatedStoryLists.isHeading($0, 0..<$0.count) }
    }
    for heading in Vocabulary.relatedStoryHeadings {
      for line in [
        heading, heading.uppercased(), heading.capitalized, heading + ":", " \(heading)",
      ] {
        #expect(isHeading(line), "\(line)")
      }
    }
    for line in ["Port posts record profit", "Recommended reading", "10 stories", "“Related”"] {
      #expect(!isHeading(line), "\(line)")
    }
  }

  @Test func aParagraphAfterTheHeadlinesKeepsItsFigures() {
    let text =
      "Related stories\nPenguin numbers fall 20% in a decade\n\n"
      + "The clean-up has cost NZ$5.3m so far, officials said.\n"
    #expect(figures(text).map(\.text) == ["NZ$5.3m"], "\(figures(text).map(\.text))")
  }

  @Test func proseRightUnderAHeadingKeepsItsFigures() {
    let text =
      "READ MORE\nFor the last two years the council has set the rate at 10 per cent below the "
      + "baseline, which cost it about 4.2 million euros in income over that time.\n"
    #expect(figures(text).map(\.text).contains("10 per cent"), "\(figures(text).map(\.text))")
  }

  @Test func aKeyFiguresListKeepsItsFigures() {
    let text = "Key figures\nOil leaked: 410 tonnes\nCoastline affected: 45km\n"
    #expect(figures(text).map(\.text) == ["410 tonnes", "45km"], "\(figures(text).map(\.text))")
  }

  // MARK: - Ticker lines

  @Test(arguments: [
    "NIKKEI 225  41,206.35  ▲0.4%",
    "USD/JPY  156.20",
    "FTSE 100  7,512.30  +0.4%",
    "TYO:4712  ¥1,342  ▼17.7%",
    "EUR/USD 1.0842 -0.2%",
  ])
  func aTickerLineIsFurnitureAsAWhole(_ line: String) {
    #expect(figures(line).isEmpty, "\(described(line))")
  }

  @Test(arguments: [
    ("The Nikkei 225 rose 0.4% to 41,206.35 on Monday.", "0.4%"),
    ("NIKKEI RISES 0.4% AS EXPORTERS GAIN", "0.4%"),
    ("The yen weakened to 156.20 per dollar.", "156.20"),
  ])
  func proseAboutAnIndexKeepsItsFigures(_ sentence: String, _ text: String) {
    #expect(figures(sentence).contains { $0.text.contains(text) }, "\(described(sentence))")
  }

  // MARK: - "a mile": one of a unit where it measures

  @Test(arguments: [
    (
      "The boat overturned about a mile from shore.", "about a mile", "1", "mile",
      Qualifier?.some(.approx)
    ),
    ("The slick is nearly a kilometre wide.", "nearly a kilometre", "1", "km", .approx),
    ("The queue was more than a mile long.", "more than a mile", "1", "mile", .moreThan),
    ("The wreck lies half a mile offshore.", "half a mile", "0.5", "mile", nil),
    ("Crews cleared a mile and a half of beach.", "a mile and a half", "1.5", "mile", nil),
    ("The camp is a kilometre from the river.", "a kilometre", "1", "km", nil),
  ])
  func anArticleBeforeAUnitOfLengthMeasuresOne(
    _ sentence: String, _ text: String, _ value: String, _ unit: String, _ qualifier: Qualifier?
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.value == Decimal(string: value))
    #expect(found.unit == unit)
    #expect(found.qualifier == qualifier)
    #expect(figures(sentence).count == 1, "\(described(sentence))")
  }

  @Test(arguments: [
    "She went the extra mile for her clients.",
    "Families walked miles to reach the camp.",
    "He would walk a mile for a good coffee.",
    "Fans waited in a mile-long queue outside.",
    "A meter reading showed the leak.",
  ])
  func anIdiomaticMileIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(described(sentence))")
  }
}
