import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of real news the devset is not written in: British and European dates with their year,
/// statistics bounded by mathematical signs, and telephone numbers in appeals.
@Suite("Real news forms")
struct RealNewsFormsTests {
  // MARK: - Dates

  @Test(arguments: [
    ("Updated 14:32 GMT, 20 November 2024", "20 November 2024", "2024-11-20"),
    ("The scheme opens on 3 March 2025 in Bristol.", "3 March 2025", "2025-03-03"),
    ("He was born on 1 Jan 1990.", "1 Jan 1990", "1990-01-01"),
  ])
  func aDayBeforeItsMonthTakesTheYearAfterIt(
    _ sentence: String, _ text: String, _ iso: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    #expect(found.date == iso)
    #expect(figures(sentence).filter { $0.kind == .date }.count == 1)
  }

  @Test func aDayAndMonthWithoutAYearStayADayAndMonth() throws {
    let sentence = "On 9 March 2,000 people were moved."
    let found = try #require(figure("9 March", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.date == "--03-09")
  }

  // MARK: - Signs

  @Test(arguments: [
    ("The effect was significant (p<0.001).", "p<0.001", "<", Qualifier.lessThan),
    ("Rates fell (p≤0.05) in the trial.", "≤0.05", "≤", Qualifier.atMost),
    ("Of those asked, ≥90% agreed.", "≥90%", "≥", Qualifier.atLeast),
  ])
  func aSignBeforeANumberBoundsIt(
    _ sentence: String, _ text: String, _ hedge: String, _ qualifier: Qualifier
  ) throws {
    let number = String(text.drop { !$0.isNumber })
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(number) }, "\(figures(sentence).map(\.text))")
    #expect(found.qualifier == qualifier)
    #expect(found.hedge == hedge)
  }

  @Test func aVariableComparedIsNoBound() {
    let found = figures("The rule is x>10 for every run.")
    #expect(!found.contains { $0.qualifier != nil }, "\(found.map(\.text))")
  }

  // MARK: - Telephone numbers

  @Test(arguments: [
    "Anyone with information should call police on 101.",
    "Call the Samaritans on 116 123 or visit the website.",
    "Contact Crimestoppers anonymously on 0800 555 111.",
  ])
  func aNumberAReaderIsToldToRingIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    ("MPs will call a vote on 150 amendments.", "150"),
    ("Officials called on 300 residents to leave.", "300"),
  ])
  func aCountAfterCallingOnStaysACount(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence)?.kind == .count, "\(figures(sentence).map(\.text))")
  }

  // MARK: - Business

  @Test(arguments: [
    ("The economy grew 0.1pc in the third quarter.", "third quarter", nil),
    ("Nvidia reported third-quarter revenue of $35.1 billion.", "third-quarter", nil),
    ("Output fell in the first quarter of 2025.", "first quarter of 2025", "2025-Q1"),
  ])
  func aQuarterOfTheYearIsADate(_ sentence: String, _ text: String, _ iso: String?) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    #expect(found.date == iso)
    #expect(!figures(sentence).contains { $0.kind == .ordinal }, "\(figures(sentence).map(\.text))")
  }

  @Test func aRentPerCalendarMonthIsSaidOfTheRent() throws {
    let sentence = "The average rent in London is now £2,121 pcm, up 8.2pc on a year ago."
    let found = try #require(figure("£2,121", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains("pcm") == false, "\(found.subject ?? "nil")")
  }

  @Test func centsNamedByTheirCountryAreMoney() throws {
    let sentence = "The Australian dollar fell 0.6% to 65.8 US cents."
    let found = try #require(
      figure("65.8 US cents", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .money)
    #expect(found.unit == "USD")
    #expect(found.value == Decimal(string: "0.658"))
  }

  @Test func pointsAfterTheShareAPartyTookArePercentagePoints() throws {
    let sentence = "The party took 33.7% of the vote, up 1.6 points on 2019."
    let found = try #require(figure("1.6 points", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == "percentage_point")
  }

  @Test(arguments: [
    "The state allotted ₹500 crore for roads and 200 crore for schools.",
    "The state allotted Rs 500 crore for roads, while 200 crore will go to schools.",
  ])
  func aBareCroreAfterRupeesIsRupees(_ sentence: String) throws {
    let found = try #require(figure("200 crore", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .money)
    #expect(found.unit == "INR")
  }

  @Test(arguments: [
    ("The scheme costs ₹500 crore and reaches 1.5 crore people.", "1.5 crore"),
    ("The scheme costs ₹500 crore. The crowd is \"over one lakh\".", "over one lakh"),
  ])
  func aCroreThatCountsSomethingElseStaysACount(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
  }

  // MARK: - Names and idioms

  @Test(arguments: [
    "A standard router supports Wi-Fi 7 at home.", "The phone has Bluetooth 5 and USB 4 ports.",
  ])
  func aStandardNamedByItsGenerationIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }

  @Test func aSecondHomeIsNoOrdinal() {
    let sentence = "The surcharge on second homes rises to 5pc."
    #expect(!figures(sentence).contains { $0.kind == .ordinal }, "\(figures(sentence).map(\.text))")
  }

  // MARK: - Science

  @Test(arguments: [
    ("A kilogram releases 9 x 10^13 joules.", "9 x 10^13", "90000000000000"),
    ("A mole holds about 6.02 × 10^23 atoms.", "6.02 × 10^23", "602000000000000000000000"),
  ])
  func aNumberInScientificNotationIsOneNumber(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(text) }, "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: value))
    #expect(figures(sentence).count == 1, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    ("The laser fires at 700W for a second.", "700W", "W"),
    ("The probe travels at 7.9 km/s in orbit.", "7.9 km/s", "km/s"),
    ("The galaxy is 13.4 billion light years away.", "13.4 billion light years", "light_year"),
    ("The nebula is about 1,600 light-years across.", "about 1,600 light-years", "light_year"),
  ])
  func unitsOfScienceNewsAreQuantities(_ sentence: String, _ text: String, _ unit: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .quantity)
    #expect(found.unit == unit)
  }

  // MARK: - Page furniture

  @Test func aCapitalKBeforeAnAudienceIsThousands() throws {
    let sentence = "The clip had 8K views in an hour."
    let found = try #require(figure("8K", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.value == 8000)
    #expect(figures("The shop sells 8K televisions.").isEmpty)
  }

  // MARK: - Dates with a slash

  @Test(arguments: [
    ("Figures were published on Wednesday, 12/5.", "12/5", nil),
    ("The shops close on 25/12 this year.", "25/12", "--12-25"),
  ])
  func aDayAndMonthWithASlashAreADate(_ sentence: String, _ text: String, _ iso: String?) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    #expect(found.date == iso)
    #expect(figures(sentence).count == 1, "\(figures(sentence).map(\.text))")
  }

  @Test func aFractionWithASlashStaysAFraction() throws {
    let sentence = "About 1/3 of firms plan to raise prices."
    let found = try #require(figures(sentence).first, "\(figures(sentence).map(\.text))")
    #expect(found.unit == "fraction")
  }

  // MARK: - Streets, locals and links

  @Test(arguments: [
    "The bakery on Third Street reopened on Monday.",
    "Marchers walked down Seventh Avenue toward the park.",
    "Traffic backed up along 86th Street all morning.",
    "Riders on the Second Avenue line waited for trains.",
  ])
  func anOrdinalNamingAStreetIsNoFigure(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .ordinal }, "\(figures(sentence).map(\.text))")
  }

  @Test func anOrdinalBeforeALowerCaseStreetStillRanks() {
    let sentence = "It was the third street to flood this week."
    #expect(figure("third", in: sentence)?.kind == .ordinal, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    "Nurses in Local 2110 voted to strike.",
    "Members of Local 47BX picketed the hotel.",
  ])
  func aUnionLocalsNumberIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    "By Ana Ruiz · 6 min read\n\nThe clinic opened.",
    "Health\n\n7 minute read\n\nThe clinic opened.",
    "Related: Seven ways the new tax rules change your bill",
    "Read more: 12 films to watch this winter",
  ])
  func readingTimesAndLinkedHeadlinesAreNoFigures(_ text: String) {
    #expect(figures(text).isEmpty, "\(figures(text).map(\.text))")
  }

  @Test func aNumberAfterAColonInTheStoryStillCounts() {
    let sentence = "The result: 40 homes were lost."
    #expect(figure("40 homes", in: sentence) != nil || figure("40", in: sentence) != nil)
  }

  // MARK: - Bounds

  @Test(arguments: [
    ("The core heated past 900C within minutes.", "900C"),
    ("Brent crude climbed past $90 on Tuesday.", "$90"),
    ("The mercury rose past 38 degrees in the capital.", "38 degrees"),
  ])
  func pastAMarkIsAMoreThanBound(_ sentence: String, _ number: String) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(number) }, "\(figures(sentence).map(\.text))")
    #expect(found.qualifier == .moreThan)
    #expect(found.hedge == "past")
  }

  @Test(arguments: [
    "The meeting began at half past four.",
    "The train left at twenty past eight.",
    "Doors open just past 7pm.",
    "Prices doubled over the past 12 months.",
  ])
  func pastOnAClockOrARecentSpanIsNoBound(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.qualifier == .moreThan }, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    ("The feud lasted more than a decade.", "more than a decade", "decade", Qualifier.moreThan),
    ("The fort has stood for nearly a century.", "nearly a century", "century", Qualifier.approx),
    ("Repairs will take less than a decade.", "less than a decade", "decade", Qualifier.lessThan),
  ])
  func aBoundOnOneUnitOfTimeIsADurationOfOne(
    _ sentence: String, _ text: String, _ unit: String, _ qualifier: Qualifier
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == unit)
    #expect(found.value == 1)
    #expect(found.qualifier == qualifier)
  }

  @Test func aDecadeAgoIsNoDuration() {
    let sentence = "A decade ago the town had one school."
    #expect(
      !figures(sentence).contains { $0.kind == .duration }, "\(figures(sentence).map(\.text))")
  }
}
