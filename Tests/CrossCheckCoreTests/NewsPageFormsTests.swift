import Foundation
import Testing

@testable import CrossCheckCore

/// Forms that real news pages and the thirteenth hold-out set showed: street blocks and
/// numbered streets of US police reports, a time of day written before "hours", another
/// story's teaser with its amounts, page counters on a stamp line, products and indexes named
/// with a number, course codes, ranks after "No.", ranges that open with "one", quarters of a
/// year counted, hedges after "for" and "at or below". Each rule is shown both ways: what it
/// passes over, and the figure beside it that stays. (The sentences are written for the tests,
/// not copied from the pages.)
@Suite("News page forms")
struct NewsPageFormsTests {
  func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  @Test(arguments: [
    ("Police were called to the 3400 block of Elm Street about 9 p.m.", "3400"),
    ("Officers found him in the 2600 block of North Freeway.", "2600"),
    ("The crash closed the intersection of W. 12th and Oak Streets.", "12th"),
    ("The train left the station at 1430 hours.", "1430 hours"),
    ("It reached the junction at 16.53 hours on Monday.", "16.53 hours"),
    ("Troops moved out at 0630 hours.", "0630 hours"),
    ("Read more: Man who stole £40,000 from charity jailed", "£40,000"),
    ("Also Read | Carmaker Recalls 12,000 Vehicles Over Brake Fault", "12,000"),
    ("Estimated read time: 4-5 minutes", "4-5 minutes"),
    ("By Ana Ruiz · 4 min read · 312 shares", "312"),
    ("Friday 19 May 2028 · Comments (87)", "87"),
    ("The pan-European FTSEurofirst 300 index lost 0.4%.", "300"),
    ("He was driving a white Mercedes Benz 230 car.", "230"),
    ("Power flowed to Estonia through the Estlink 2 cable.", "2"),
    ("Students filed out of an ECON 101 lecture.", "101"),
    ("Patients were told to call NHS 111 instead.", "111"),
    ("The rocket lifted off from Pad 2 at dawn.", "2"),
    ("A settlement now feels a million miles away.", "a million miles"),
    ("The second-stage engine shut down early.", "second"),
    ("Retention of first-year students rose.", "first"),
    ("She told North Star 6 News on Monday that she could not pay.", "6"),
    ("Forecasters raised tropical cyclone signal No. 4 over the islands.", "4"),
    ("The suspects are: one Musa Bello, 34, and two others.", "one"),
  ])
  func furnitureNamesAndCodesAreNotFigures(_ sentence: String, _ text: String) {
    #expect(!texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    ("A block of 40 flats and 3400 homes nearby lost power.", "3400"),
    ("The second crash was reported near 12th Street at 10 p.m.", "second"),
    ("Volunteers put in about 1000 hours of work.", "about 1000 hours"),
    ("The pilot has flown for 1430 hours in all.", "1430 hours"),
    ("The carmaker sold 230 cars on Monday and 300 car owners complained.", "300"),
    ("Read more about the 12,000 vehicles recalled in March.", "12,000"),
    ("The firm has 4 min of footage and 312 shares in issue.", "312"),
    ("NATO sent 300 troops, and the EU 27 states agreed.", "300"),
    ("Towns in QLD 150 km inland were flooded.", "150 km"),
    ("PRSU ranks No. 14 in the Midwest and No. 88 nationally.", "88"),
    ("Only one Labour MP, who sat for Leeds, voted against.", "one"),
    ("Police said one Red Cross worker was hurt.", "one"),
    ("The university ranks No. 14 among public universities, up from No. 17.", "14"),
    ("The university ranks No. 14 among public universities, up from No. 17.", "17"),
    ("Symptoms usually last one to three days.", "one to three days"),
    ("Inflation rose 0.5% in one quarter.", "one quarter"),
    ("Growth slowed over the past two quarters.", "two quarters"),
    ("Three-quarters of voters agreed.", "Three-quarters"),
    ("The strike disrupted travel for some 230,000 people.", "some 230,000"),
    ("Patients will pay at or below $99 a month.", "at or below $99"),
    ("The engine ran for the first 150 seconds, the second time it flew.", "150 seconds"),
  ])
  func figuresBesideThemStay(_ sentence: String, _ text: String) {
    #expect(texts(sentence).contains(text), "\(sentence) gave \(texts(sentence))")
  }

  @Test func countedQuartersAreDurationsAndPartsAreFractions() throws {
    let counted = try #require(figures("Inflation rose 0.5% in one quarter.").last)
    #expect(counted.kind == .duration && counted.unit == "quarter", "\(counted)")
    let part = try #require(figures("Nearly three quarters of the vote went to him.").first)
    #expect(part.kind == .count && part.unit == "fraction", "\(part)")
  }

  @Test func hedgesAfterAPrepositionAndAtOrBelowAreRead() throws {
    let some = try #require(figures("The strike disrupted travel for some 230,000 people.").first)
    #expect(some.qualifier == .approx, "\(some)")
    let ceiling = try #require(figures("Patients will pay at or below $99 a month.").first)
    #expect(ceiling.qualifier == .atMost, "\(ceiling)")
  }

  @Test func poundsWeighWhenTheirClauseSaysSoAndAreSterlingOtherwise() throws {
    let weighed = try #require(figures("The payload weighed about 2,700 pounds.").first)
    #expect(weighed.kind == .quantity && weighed.unit == "lb", "\(weighed)")
    let converted = try #require(
      figures("It can carry about 1,500 kilograms (3,300 pounds) to orbit.").last)
    #expect(converted.kind == .quantity && converted.unit == "lb", "\(converted)")
    let seized = try #require(figures("Police seized 20 pounds of cocaine.").first)
    #expect(seized.kind == .quantity && seized.unit == "lb", "\(seized)")
    let fine = try #require(figures("The fine was 3,300 pounds.").first)
    #expect(fine.kind == .money && fine.unit == "GBP", "\(fine)")
    let note = try #require(figures("She found a 20-pound note and 5 pounds in change.").last)
    #expect(note.kind == .money, "\(note)")
  }

  @Test func energyWrittenInTwoWordsIsAQuantity() throws {
    let energy = try #require(figures("Demand hit about 1.94 terawatt hours.").first)
    #expect(energy.kind == .quantity && energy.unit == "TWh", "\(energy)")
  }

  @Test func aDollarMarkedUSAfterItIsTheUSDollar() throws {
    let amount = try #require(figures("It earned $1.85 U.S., above the $1.77 U.S. expected.").first)
    #expect(amount.unit == "USD" && !amount.unitIsAmbiguous, "\(amount)")
    #expect(amount.subject != "U.S", "\(amount)")
    let aid = try #require(figures("Ottawa pledged $5 billion U.S. aid would follow.").first)
    #expect(aid.unitIsAmbiguous, "\(aid)")
  }

  @Test func aMagnitudeAfterAtOrAsIsAMagnitude() throws {
    let measured = try #require(figures("The survey measured the magnitude at 6.1.").first)
    #expect(measured.kind == .quantity && measured.unit == "magnitude", "\(measured)")
    let rate = try #require(figures("The magnitude of the loss stood at 6.1 per cent.").first)
    #expect(rate.kind == .percent, "\(rate)")
  }

  @Test func scoresOnBulletedLinesAndFiguresInBracketsAreTallies() throws {
    let result = try #require(figures("- Man City 3-1 Everton").first)
    #expect(result.kind == .tally, "\(result)")
    let bowling = try #require(figures("Bumrah (3-61) shared six wickets.").first)
    #expect(bowling.kind == .tally, "\(bowling)")
    let headline = try #require(figures("Voters 18-29 Back Harris").first)
    #expect(headline.kind != .tally, "\(headline)")
    let years = try #require(figures("The poet Ann Smith (1950-2020) wrote it.").first)
    #expect(years.kind == .date, "\(years)")
  }
}
