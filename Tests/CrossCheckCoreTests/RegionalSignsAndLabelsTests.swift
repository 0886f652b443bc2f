import Foundation
import Testing

@testable import CrossCheckCore

/// Regional money signs ("Dh4.2 billion", "N1,050 per litre", "P57.50"), units house styles glue
/// or hyphenate ("12in", "650,000 barrel-per-day"), and numbers that only label: school years,
/// numbered areas, short codes, subsections, a law's year after a comma, a model year.
@Suite("Regional signs and labels")
struct RegionalSignsAndLabelsTests {
  private func texts(_ sentence: String) -> [String] { figures(sentence).map(\.text) }

  // MARK: - The Gulf dirham

  @Test(arguments: [
    ("DUBAI — Emaar said revenue rose to Dh4.2 billion.", "Dh4.2 billion", "4200000000"),
    ("A ticket to the show costs Dh500 this year.", "Dh500", "500"),
    ("Rents in the area average Dhs 1,200 a month.", "Dhs 1,200", "1200"),
    ("Fees were raised to Dhs250 for each visa.", "Dhs250", "250"),
  ])
  func dhIsTheDirham(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "AED")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aCapitalDHIsNoDirhamOfTheGulf() {
    // "DH" and "MAD" are how Moroccan papers write their own dirham.
    #expect(figures("Prices rose to DH500 in Rabat.").allSatisfy { $0.unit != "AED" })
  }

  // MARK: - Naira and peso letter signs without a scale

  @Test(arguments: [
    ("LAGOS — Petrol now sells at N1,050 per litre in the city.", "N1,050", "1050"),
    ("ABUJA — Diesel rose to N617 a litre, traders said.", "N617", "617"),
    ("Marketers sold fuel at N617/litre, up from 500 naira a year ago.", "N617", "617"),
  ])
  func nIsTheNairaInANigerianArticle(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "NGN")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    ("MANILA — Diesel prices rose to P57.50 per liter on Tuesday.", "P57.50", "57.5"),
    ("CEBU, Philippines — A kilo of rice now costs P45 in the market.", "P45", "45"),
  ])
  func pIsThePesoInAPhilippineArticle(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .money)
    #expect(found.unit == "PHP")
    #expect(found.value == Decimal(string: value))
  }

  @Test func theFederalBudgetInTrnIsTrillionsOfNaira() throws {
    let sentence = "ABUJA — The Senate passed the N4.39trn budget."
    let found = try #require(figure("N4.39trn", in: sentence), "\(texts(sentence))")
    #expect(found.unit == "NGN")
    #expect(found.value == Decimal(string: "4390000000000"))
  }

  @Test(arguments: [
    "LAGOS — Pupils in class N2 sat the test, and Grade N1 students went home.",
    "The P5 model sold well in London, the firm said.",
    "A new N1,050 bus ticket was shown in Berlin.",
  ])
  func elsewhereTheLetterIsALabel(_ sentence: String) {
    #expect(figures(sentence).allSatisfy { $0.unit != "NGN" && $0.unit != "PHP" })
  }

  @Test(arguments: [
    "LAGOS — Hospitals ran short of N95 masks as 40 staff fell ill; petrol sold at N617 a litre.",
    "MANILA — Clinics handed out P100 filters; a litre of diesel cost P57.50 in Quezon City.",
  ])
  func aRespiratorGradeIsNoAmount(_ sentence: String) throws {
    #expect(figures(sentence).allSatisfy { !$0.text.contains("95") && !$0.text.contains("100") })
    let money = figures(sentence).filter { $0.unit == "NGN" || $0.unit == "PHP" }
    #expect(!money.isEmpty, "\(texts(sentence))")
  }

  @Test func aGradeLikeAmountBeforeEachIsMoney() throws {
    let sentence = "LAGOS — Vendors sold sachets of water at N95 each, up from N617 a carton."
    let found = try #require(figure("N95", in: sentence), "\(texts(sentence))")
    #expect(found.unit == "NGN")
  }

  // MARK: - A glued inch

  @Test(arguments: [
    ("The storm dropped 12in of rain overnight.", "12in", "12"),
    ("Hail stones (2in) fell on the town.", "2in", "2"),
    ("Workers laid a 6in pipe under the road.", "6in", "6"),
  ])
  func aGluedInIsInches(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.unit == "inch")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aSpacedInIsThePreposition() throws {
    let sentence = "He scored 12 in total for the side."
    let found = try #require(figure("12", in: sentence), "\(texts(sentence))")
    #expect(found.unit != "inch")
  }

  // MARK: - Barrels a day joined by hyphens

  @Test(arguments: [
    ("The field pumps 650,000 barrel-per-day of crude.", "650,000 barrel-per-day", "650000"),
    ("They opened a 100,000 barrel-a-day refinery.", "100,000 barrel-a-day", "100000"),
    (
      "Output rose to 1.2 million barrels-per-day in May.", "1.2 million barrels-per-day", "1200000"
    ),
  ])
  func hyphenatedBarrelsADayAreAFlow(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(texts(sentence))")
    #expect(found.kind == .quantity)
    #expect(found.unit == "bpd")
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - Numbers that label

  @Test(arguments: [
    "Pupils in Primary 6 sit the exam next week.",
    "Students in Form 4 will return on Monday.",
    "The Year 9 pupils were sent home early.",
    "Residents of Mile 2 complained about the flooding.",
    "Floods hit Purok 5 in the village overnight.",
    "Watch the debate live on channel 404 tonight.",
    "Send SMS 34584 for the results.",
    "Text HELP to 34584 for updates.",
    "Voters can text their name to 4040 to register.",
  ])
  func aNumberThatLabelsIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  @Test func aVerbChannelStillCounts() throws {
    let sentence = "The plan will channel 20 million dollars into schools."
    #expect(figure("20 million dollars", in: sentence) != nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("Under section 3(4) of the law, the board may act.", "4"),
    ("It breaches Article 12(1)(2) of the charter.", "2"),
  ])
  func aBracketedSubsectionIsNoFigure(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    "He was charged under the Arbitration and Conciliation Act, 1996, the court said.",
    "The Companies Act, 2013 governs such deals.",
  ])
  func aLawsYearAfterACommaIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  /// American statutes are cited with "of": the year names the law, no date the story reports.
  /// A year after "of" that names no law is still a date.
  @Test(arguments: [
    "The Securities Litigation Reform Act of 1995 applies to the statements.",
    "Congress passed the Inflation Reduction Act of 2022 after a long fight.",
  ])
  func aLawsYearAfterOfIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  /// "the 737 MAX 9": the number after a model number and its variant's name in capitals names
  /// the variant; after a unit in capitals ("500 MW") or in a line in capitals, it still
  /// counts.
  @Test(arguments: [
    ("The Boeing 737 MAX 9 was grounded after a door plug blew out.", "9"),
    ("Alaska Airlines grounded its 737 MAX 9 jets on Saturday.", "9"),
  ])
  func aModelVariantsNumberIsNoFigure(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) == nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    ("The plant has 500 MW 2 units.", "2"),
    ("DEATH TOLL RISES TO 150 FROM 120", "120"),
  ])
  func aNumberAfterAUnitOrAShortNumberInCapitalsCounts(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) != nil, "\(texts(sentence))")
  }

  /// Numbered places listed after a plural noun ("between junctions 10 and 11", "platforms 9
  /// and 10") name the places, as "sections 37 and 38" name sections.
  @Test(arguments: [
    "The motorway was closed between junctions 10 and 11 overnight.",
    "Trains will leave from platforms 9 and 10 this weekend.",
  ])
  func numberedPlacesAfterAPluralNounAreNoFigures(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  /// Out of a list, a number after such a noun measures or counts.
  @Test(arguments: [
    ("The airport will get two runways 3,000 metres long.", "3,000 metres"),
    ("At the gates 300 protesters gathered before dawn.", "300"),
  ])
  func aNumberAfterAPlacesNounOutOfAListCounts(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) != nil, "\(texts(sentence))")
  }

  @Test func aYearAfterOfThatNamesNoLawIsADate() {
    let sentence = "The floods of 2019 destroyed the bridge."
    #expect(figure("2019", in: sentence)?.kind == .date, "\(texts(sentence))")
  }

  @Test(arguments: [
    "She drove a 2012 Toyota Sienna to work.",
    "Police found a stolen 2019 Honda Civic.",
    "The 2008 Ford F-150 was towed away.",
  ])
  func aModelYearIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  @Test func aYearBeforeOtherNamesStaysADate() throws {
    let sentence = "Protests after the 2019 Hong Kong election grew."
    #expect(figure("2019", in: sentence) != nil, "\(texts(sentence))")
  }

  @Test(arguments: [
    "Vendors rely on third-party sellers.",
    "The firm blamed a third-party supplier for the leak.",
  ])
  func thirdPartyIsNoOrdinal(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(texts(sentence))")
  }

  @Test(arguments: ["5 hours ago", "Updated 3h ago", "2 mins ago"])
  func aStampLineIsNoFigure(_ line: String) {
    let text = "Flood waters rise\n\(line)\nThe river burst its banks on Monday."
    #expect(figures(text).isEmpty, "\(figures(text).map(\.text))")
  }

  @Test(arguments: [
    "He watched the 9 o'clock news.", "They met at six o'clock.", "The 10 o’clock bulletin ran.",
  ])
  func anHourBeforeOClockIsNoCount(_ sentence: String) {
    #expect(figures(sentence).allSatisfy { $0.kind != .count }, "\(texts(sentence))")
  }

  @Test func agoInProseStaysADuration() throws {
    let sentence = "The network was built 50 years ago."
    #expect(figure("50 years", in: sentence) != nil, "\(texts(sentence))")
  }
}
