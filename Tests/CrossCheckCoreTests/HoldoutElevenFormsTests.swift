import Foundation
import Testing

@testable import CrossCheckCore

/// Forms the eleventh hold-out set showed: labels that number a ship's parts, bills, acts and
/// notes; a wire's version slug; a company's half-year; an unnamed source introduced by "one";
/// a change in cents before a level in euros; sterling as "stg"; a change and its level after a
/// verb in the past; and a dateline's dash before a number in words. Each rule is shown both
/// ways: what it passes over, and the figure beside it that stays.
@Suite("Holdout eleven forms")
struct HoldoutElevenFormsTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - Numbers that name

  @Test(arguments: [
    ("The fire started on Deck 3 shortly after the ship left port.", "3"),
    ("The family had booked cabin 7114 for the crossing.", "7114"),
    ("Bill 23, passed in the spring sitting, lets the province override councils.", "23"),
    ("Traffic was held off junction 27 of the M62.", "27"),
    ("Under Law 4150/2013, ferries older than 35 years may not sail.", "4150"),
    ("Under Law 4150/2013, ferries older than 35 years may not sail.", "2013"),
    ("Under Delegated Regulation (EU) 2020/687, the zones stay in place.", "2020"),
    ("Under Delegated Regulation (EU) 2020/687, the zones stay in place.", "687"),
    ("Member states apply Directive 2009/128/EC on pesticides.", "2009"),
    ("RNS Number: 4821K", "4821K"),
    ("UPDATE 2-Fernbrook first-half profit jumps 16 pct", "2"),
    ("Some background: the Aegean Glory 2 is a ro-ro ferry built in Japan.", "2"),
    ("Rescuers reached the ferry Aegean Glory 2, which was listing.", "2"),
  ])
  func numbersThatNameAreNotFigures(_ sentence: String, _ text: String) {
    #expect(!texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("Under Law 4150/2013, ferries older than 35 years may not sail.", "older than 35 years"),
    ("The deck 20 metres above the water buckled.", "20 metres"),
    ("The bill 23 MPs opposed passed anyway.", "23"),
    ("UPDATE 2-Fernbrook first-half profit jumps 16 pct", "16 pct"),
    ("The Eagles 2 were beaten, and the club sold 3 players.", "3"),
    ("By dawn the Social Democrats 41, the count showed.", "41"),
    ("Labour won 411 seats, the Conservatives 121 and the SNP 9.", "9"),
    ("Final score: the Seattle Storm 76, the Chicago Sky 71.", "76"),
    ("Yes: 52.3%, No: 47.7%", "47.7%"),
    ("The big number: 71% of voters back it.", "71%"),
    ("Average Energy Bill 20% Higher This Winter", "20%"),
    ("The government introduced the Bill 18 months ago.", "18 months"),
    ("MPs backed the Rwanda Bill 320 to 276.", "320"),
    ("MARKET UPDATE 10-year yields hit 5%", "10-year"),
    ("The Premier League 20 clubs voted on the plan.", "20"),
  ])
  func figuresBesideThoseNamesStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  // MARK: - Forms of the twelfth set

  @Test(arguments: [
    ("Chart 2 shows headline inflation back above the band.", "2"),
    ("Further detail is in Tables 1 to 9 of the release.", "1 to 9"),
    ("Consumer Price Index, Australia (cat. no. 6401.0)", "6401.0"),
    ("Guests on Voyage 2417 will receive a refund.", "2417"),
    ("\"That won't even cover the bar bill,\" fumed one passenger.", "one"),
  ])
  func labelsAndSourcesOfTheTwelfthSetAreNotFigures(_ sentence: String, _ text: String) {
    #expect(!texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("Chart 2 shows that 40% of renters pay more.", "40%"),
    ("Voyage 2417 carried 3,000 guests.", "3,000"),
    ("There were no. 5 people there, said one passenger.", "5"),
    ("The move from 2.9% to 3.4% is the biggest quarterly step.", "3.4%"),
  ])
  func figuresBesideTheTwelfthSetsLabelsStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  // MARK: - Notes

  @Test func bracketedNoteMarkersAreNotFigures() {
    let text =
      "Rents rose 9 per cent.[2] Rates held.\n\nNotes\n[1] CMHC, Starts Survey, July 2027.\n"
    #expect(texts(text) == ["9 per cent", "July 2027"], "\(texts(text))")
  }

  @Test func aBracketedNumberInASentenceStays() {
    let sentence = "The count rose to [12] after a correction, the clerk said."
    #expect(texts(sentence).contains("12"), "\(texts(sentence))")
  }

  // MARK: - The half-year

  @Test(arguments: [
    "HALF-YEAR RESULTS FOR THE 26 WEEKS TO 3 JULY 2027",
    "Grocer's half-year profits rise as it wins shoppers.",
    "The group opened 11 stores in the half.",
    "This is our third consecutive half of market share gains.",
  ])
  func aHalfYearIsNoFraction(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.text.lowercased().contains("half") }, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Half of the stores are new.", "Half"),
    ("Sales fell by half in the period.", "half"),
    ("Prices rose 10% in the last half year.", "half year"),
    ("About half the staff left.", "About half"),
  ])
  func aHalfOfSomethingStaysAFraction(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  // MARK: - Unnamed sources

  @Test(arguments: [
    "One farmer in the area told us: \"By the time the vets came it was over.\"",
    "One woman, Nosipho Bam, who is seventy-two, told me she climbed onto her roof.",
    "One resident said the water rose in minutes.",
  ])
  func anUnnamedSourceIsNoCount(_ sentence: String) {
    #expect(!texts(sentence).contains("One"), "\(texts(sentence))")
  }

  @Test(arguments: [
    "One man was killed and another told police he saw the car.",
    "One woman died at the scene.",
    "One farmer lost 40,000 birds, and his neighbour said he lost more.",
    "One person suffered minor injuries, police said.",
    "One woman in four told the survey she had skipped meals.",
  ])
  func oneWhoseOwnVerbComesFirstIsACount(_ sentence: String) {
    #expect(texts(sentence).contains("One"), "\(texts(sentence))")
  }

  // MARK: - Idioms and page furniture

  @Test func forTheFirstTimeInYearsIsAnIdiom() {
    let sentence = "For the first time in five years, renters are seeing rents fall."
    #expect(texts(sentence) == ["five years"], "\(texts(sentence))")
  }

  @Test(arguments: ["| Updated 2 hours ago", "• Published 3 days ago"])
  func aStampAfterAnOpeningSeparatorIsPageFurniture(_ line: String) {
    #expect(texts(line).isEmpty, "\(texts(line))")
  }

  @Test func aStampAfterASeparatorIsPageFurniture() {
    let text = "Europe live | Updated 2 hours ago\n\nThe ministry confirmed 12 farms."
    #expect(texts(text) == ["12"], "\(texts(text))")
  }

  @Test func agoInASentenceStaysADuration() {
    let sentence = "The law was updated 2 years ago, officials said."
    #expect(texts(sentence).contains("2 years"), "\(texts(sentence))")
  }

  // MARK: - Money

  @Test func sterlingAbbreviatedIsPounds() throws {
    let sentence = "Pretax profit rose to 187 mln stg from 161 mln stg."
    let found = try #require(figure("187 mln stg", in: sentence), "\(texts(sentence))")
    #expect(found.unit == "GBP")
    #expect(found.value == 187_000_000)
  }

  @Test func aChangeInCentsBeforeAEuroLevelIsInEuros() throws {
    let sentence = "The Dutch egg quotation rose by 6 cents to €1.68 per kg on Friday."
    let change = try #require(figure("6 cents", in: sentence), "\(texts(sentence))")
    #expect(change.unit == "EUR")
    #expect(change.value == Decimal(string: "0.06"))
  }

  @Test func aChangeInCentsBeforeADollarLevelStaysInDollars() throws {
    let sentence = "The euro fell 0.3 cents to $1.08 in New York."
    let change = try #require(figure("0.3 cents", in: sentence), "\(texts(sentence))")
    #expect(change.unit == "USD")
  }

  // MARK: - Changes and levels

  @Test(arguments: [
    ("The vacancy rate rose 0.8 per cent to 2.1 per cent, the report says.", "2.1 per cent"),
    ("Its margin had risen 1.2% to 2.9% by June.", "2.9%"),
  ])
  func aPastChangeWithBothUnitsIsAChangeAndItsLevel(_ sentence: String, _ level: String) throws {
    let found = try #require(figure(level, in: sentence), "\(texts(sentence))")
    #expect(found.low == nil && found.high == nil)
  }

  @Test(arguments: [
    ("Inflation is expected to rise 2% to 3% next year.", "2% to 3%"),
    ("Shares rose 3 to 4 per cent.", "3 to 4 per cent"),
    ("European shares fell 1% to 2% in early trading.", "1% to 2%"),
    ("Energy stocks dropped 2% to 5% as oil slid.", "2% to 5%"),
    ("Rents increased 10% to 15%.", "10% to 15%"),
  ])
  func aForecastOrAUnitWrittenOnceIsARange(_ sentence: String, _ range: String) throws {
    let found = try #require(figure(range, in: sentence), "\(texts(sentence))")
    #expect(found.low != nil && found.high != nil)
  }

  // MARK: - Datelines

  @Test(arguments: [
    "ATHENS, September 18 – Two people died and five were missing.",
    "ATHENS, Sept. 18 — Two people died and five were missing.",
  ])
  func aDatelineDashBeforeANumberInWordsIsNoRange(_ sentence: String) {
    #expect(texts(sentence).contains("Two"), "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Lows of -5–2C are expected.", "-5–2C"), ("It will take ten-15 years.", "ten-15 years"),
  ])
  func aSignedOrUnspacedRangeStaysARange(_ sentence: String, _ range: String) throws {
    let found = try #require(figure(range, in: sentence), "\(texts(sentence))")
    #expect(found.low != nil && found.high != nil)
  }

  @Test func aDashBetweenDigitsStaysARange() throws {
    let sentence = "The festival runs September 18 – 20 in Athens."
    let found = try #require(figures(sentence).first, "\(texts(sentence))")
    #expect(found.text.contains("20"), "\(texts(sentence))")
  }
}
