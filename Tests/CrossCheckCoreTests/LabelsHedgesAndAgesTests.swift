import Foundation
import Testing

@testable import CrossCheckCore

/// Forms unseen news showed wrong (issue #13): numbers that label premises, phones, documents,
/// another story's teaser or a ticker; "one of" opening a clause; hedges after a counted noun;
/// ages bounded by "younger than"; and a US city's story read in its own dollar.
@Suite("Labels, hedges after nouns and comparative ages")
struct LabelsHedgesAndAgesTests {
  private func texts(_ text: String) -> [String] {
    figures(text).map(\.text)
  }

  // MARK: - Numbers that label, not count

  @Test(arguments: [
    "For details, visit Building 4, Camp Aguinaldo, on weekdays.",
    "The firm's office is at Suite 310, Harbour Plaza, Boston.",
    "Patients were moved to Tower 2 of the hospital overnight.",
  ])
  func aPremisesNumberIsALabel(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test func aGerundOpeningASentenceStillCounts() {
    let sentence = "Building 300 homes a year will take the council a decade."
    #expect(texts(sentence).contains("300"), "\(texts(sentence))")
  }

  @Test(arguments: [
    "Power cuts will be reduced to stage 1 on Wednesday.",
    "The drug is now in a phase 3 trial in Europe.",
  ])
  func aLowerCaseStageNumberIsALabel(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test(arguments: [
    "Have a tip? Call the desk at (503) 555-0199.",
    "Reach the clinic on (212) 555 0142 after noon.",
  ])
  func aPhoneAreaCodeInBracketsIsNoCount(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test func aNumberInBracketsBeforeWordsStillCounts() {
    let sentence = "The vote passed with a majority (212) of the members present."
    #expect(texts(sentence).contains("212"), "\(texts(sentence))")
  }

  @Test(arguments: [
    "The fine was set under the agency's 2016 Guidelines on penalties.",
    "The ban rests on the 1998 Act and nothing else.",
  ])
  func aYearNamingADocumentIsNoDate(_ sentence: String) {
    #expect(texts(sentence).isEmpty, "\(sentence) gave \(texts(sentence))")
  }

  @Test func aYearBeforeOtherCapitalsStaysADate() {
    let sentence = "The 2016 Olympics were held in Rio."
    #expect(texts(sentence).contains("2016"), "\(texts(sentence))")
  }

  @Test func anotherStorysTeaserLineHoldsNoFigures() {
    let text =
      "The mine reopened on Tuesday.\n\nIn other news: Lions 31 Bears 17 – Detroit end a long run\n"
    #expect(texts(text) == [], "\(texts(text))")
  }

  @Test(arguments: ["ACME.L  £2.41  ▲1.2%", "TSLA  $181.20  ▼3.1%"])
  func aTickerLineIsPageFurniture(_ line: String) {
    let text = "Shares moved on Monday.\n\n\(line)\n\nThe company said little."
    #expect(texts(text).isEmpty, "\(texts(text))")
  }

  @Test func aPriceInProseAfterATickerNameStillCounts() {
    let text = "TSLA shares fell 3.1% to $181.20 on Monday."
    #expect(texts(text).contains("3.1%"), "\(texts(text))")
  }

  // MARK: - "one of" after a clause's "and"

  @Test func oneOfOpeningACoordinateClauseIsAPronoun() {
    let sentence =
      "The school has 300 pupils in a building meant for 200, and one of its classrooms is a tent."
    #expect(!texts(sentence).contains("one"), "\(texts(sentence))")
  }

  @Test func oneOfJoinedToAnotherCountStillCounts() {
    let sentence = "Two of the guards and one of the drivers were hurt."
    #expect(texts(sentence).contains("one"), "\(texts(sentence))")
  }

  @Test func oneInsideWhatItWasCalledIsAnUnnamedSource() {
    let sentence = "The storm hit what one farmer called a wall of hail."
    #expect(!texts(sentence).contains("one"), "\(texts(sentence))")
  }

  @Test func oneAfterWhatBeforeAnotherVerbStillCounts() {
    let sentence = "It is unclear what one dose costs."
    #expect(texts(sentence).contains("one"), "\(texts(sentence))")
  }

  // MARK: - Hedges after the counted noun

  @Test(arguments: [
    (
      "Passengers can claim for a delay of six hours or more.", "six hours or more",
      Qualifier.atLeast
    ),
    ("The rally drew 40 people or more, police said.", "40 people or more", .atLeast),
    ("Most calls last ten minutes or less.", "ten minutes or less", .atMost),
  ])
  func aHedgeAfterTheNounBoundsTheFigure(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.qualifier == qualifier)
  }

  @Test func aComparisonOnwardIsNoHedge() {
    let sentence = "The fund paid 40 people or more than half the staff."
    #expect(figure("40", in: sentence)?.qualifier == nil, "\(texts(sentence))")
  }

  // MARK: - Ages bounded by a comparative

  @Test(arguments: [
    ("Nearly half of the patients are younger than 5.", "younger than 5", Qualifier.lessThan),
    ("Voters older than 65 backed the measure.", "older than 65", .moreThan),
  ])
  func aComparativeAgeIsABoundInYears(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.qualifier == qualifier)
  }

  @Test func aComparativeBeforeCountedThingsIsNoAge() {
    let sentence = "The bridge is older than 40 other bridges in the state."
    #expect(figure("40", in: sentence)?.unit != "year", "\(texts(sentence))")
  }

  // MARK: - A hyphen left hanging, and a percent sign's points

  @Test(arguments: [
    ("Loans run for two- to three-year terms.", "two- to three-year", "year", "2", "3"),
    ("It is a 10- to 15-minute walk to the station.", "10- to 15-minute", "minute", "10", "15"),
  ])
  func aHangingHyphenJoinsTheRangeItsUnitIsWrittenOnceFor(
    _ sentence: String, _ text: String, _ unit: String, _ low: String, _ high: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.unit == unit)
    #expect(found.low == Decimal(string: low))
    #expect(found.high == Decimal(string: high))
  }

  @Test func aBareCountBeforeAnotherFigureStaysAlone() {
    let sentence = "He served two- and later 12-month terms."
    #expect(texts(sentence).contains("12-month"), "\(texts(sentence))")
  }

  @Test func aPercentSignAndPointIsAPercentagePoint() throws {
    let sentence = "The new rate is a 0.25% point rise on last month."
    let found = try #require(figure("0.25% point", in: sentence), "\(texts(sentence))")
    #expect(found.unit == "percentage_point")
  }

  @Test func aReadingOpeningTheSentenceMakesTheBandTemperatures() throws {
    let sentence = "Lows will dip into the 40s overnight, forecasters said."
    let found = try #require(figure("40s", in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.low == 40)
    #expect(found.high == 49)
  }

  @Test func aBandWithoutAReadingStaysACount() {
    let sentence = "Shares will dip into the 40s, traders said."
    #expect(figure("40s", in: sentence)?.kind != .quantity, "\(texts(sentence))")
  }

  // MARK: - Regressions the review found: the rules above must not reach past their forms

  @Test(arguments: [
    (
      "In other news: Qantas said it would cut 300 jobs. The airline said 40 flights a week "
        + "would go, and fares would rise 5%.", ["300", "40", "5%"]
    ),
    ("In other news: the Met Office said 25mm of rain fell in an hour.", ["25mm"]),
  ])
  func sentencesAfterInOtherNewsAreTheStorys(_ text: String, _ expected: [String]) {
    for figureText in expected {
      #expect(texts(text).contains(figureText), "\(texts(text))")
    }
  }

  @Test(arguments: [
    ("Rail workers will stage 24-hour strikes next month.", "24-hour"),
    ("Teachers voted to stage 10 days of industrial action.", "10 days"),
    ("Unions plan to stage three more walkouts.", "three"),
    ("The band will stage 20 concerts this year.", "20"),
    ("The utility will phase 3 coal plants out by 2030.", "3"),
  ])
  func stageAndPhaseAsVerbsLabelNothing(_ sentence: String, _ expected: String) {
    #expect(texts(sentence).contains { $0.hasPrefix(expected) }, "\(texts(sentence))")
  }

  @Test(arguments: [
    "The stage 2 restrictions end today.",
    "The city moved to stage 4 overnight.",
    "The drop to stage 1 will occur at dawn.",
  ])
  func aLowerCaseStageAfterADeterminerOrPrepositionIsALabel(_ sentence: String) {
    #expect(
      !texts(sentence).contains { $0.hasPrefix("2") || $0 == "4" || $0 == "1" },
      "\(texts(sentence))")
  }

  @Test(arguments: [
    "Plans for Building 300 Homes Approved by Council",
    "Next up: Building 300 homes on the site, the mayor said.",
  ])
  func aNumberBeforeThePluralItCountsIsNoPremises(_ sentence: String) {
    #expect(texts(sentence).contains { $0.hasPrefix("300") }, "\(texts(sentence))")
  }

  @Test(arguments: [
    "Staff left Building 2 as smoke spread.",
    "The firm moved to Suite 12, 400 Market Street.",
  ])
  func aPremisesNumberBeforeAVerbOrCommaStaysALabel(_ sentence: String) {
    #expect(!texts(sentence).contains { $0 == "2" || $0 == "12" }, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("The plant will create 500 jobs or more importantly keep the plant open.", "500"),
    ("Police held 15 protesters or so-called activists.", "15"),
    ("The loan runs 10 years or longer-term bonds are issued.", "10 years"),
  ])
  func aHedgeThatBelongsToTheNextWordIsNoHedge(_ sentence: String, _ text: String) {
    let found = figure(text, in: sentence)
    #expect(found != nil && found?.qualifier == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Officials said 20 people or more were killed.", "20 people or more", Qualifier.atLeast),
    ("The wait was nine hours or more.", "nine hours or more", .atLeast),
    ("The march drew 15 people or so", "15 people or so", .approx),
  ])
  func aHedgeEndingItsPhraseStillBounds(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.qualifier == qualifier)
  }

  @Test func aComparativeBeforeAPartitiveIsNoAge() {
    let sentence = "He is older than 2 of his brothers."
    #expect(figure("2", in: sentence)?.unit != "year", "\(texts(sentence))")
    #expect(figure("older than 2", in: sentence) == nil, "\(texts(sentence))")
  }

  @Test func aYearNamingAConventionIsAnEventsDate() {
    let sentence = "The 2019 Convention drew 3,000 delegates to Glasgow."
    #expect(texts(sentence).contains("2019"), "\(texts(sentence))")
  }

  // MARK: - A US city's dollar

  @Test func aStoryPlacedInAUSCityReadsItsBareDollarAsUSDollars() throws {
    let text =
      "Sacramento families sue Singapore-based lender\n\n"
      + "Sacramento County officials said 40 families had signed up. The lender, which answers "
      + "to Singapore's regulators, will pay each family about $6,200, a Sacramento lawyer said.\n"
    let found = try #require(figure("about $6,200", in: text), "\(texts(text))")
    #expect(found.unit == "USD")
  }
}
