import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of the news sections no devset article is written in: markets wraps and company
/// results, weather and climate, transport and tech, science, courts and property.
@Suite("Section news forms")
struct SectionNewsFormsTests {
  // MARK: - A change and the level it reached

  @Test(arguments: [
    ("The S&P 500 gained 1.1% to 5,021.84.", "1.1%", "5,021.84"),
    ("Brent crude rose $1.20 to $83.55 a barrel.", "$1.20", "$83.55"),
    ("Inflation fell 0.5% to 3.2% in May.", "0.5%", "3.2%"),
    ("Its shares slid 8 cents to $4.10.", "8 cents", "$4.10"),
  ])
  func aChangeThenTheLevelItReachedIsNoRange(
    _ sentence: String, _ change: String, _ level: String
  ) {
    let found = figures(sentence)
    #expect(found.contains { $0.text == change }, "\(found.map(\.text))")
    #expect(found.contains { $0.text == level }, "\(found.map(\.text))")
    #expect(!found.contains { $0.low != nil }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Prices are expected to rise 2% to 3% next year.", "2% to 3%"),
    ("Sales rose 10 to 20 percent.", "10 to 20 percent"),
  ])
  func aRangeOfChangeStaysARange(_ sentence: String, _ text: String) throws {
    let range = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(range.low != nil && range.high != nil)
  }

  // MARK: - Periods of years

  @Test(arguments: [
    ("Ice was 640,000 sq km below the 1981-2010 average.", "1981", "2010"),
    ("Output is measured in 2010-2015 prices.", "2010", "2015"),
    ("The 1939–1945 war changed Europe.", "1939", "1945"),
    ("States: $410mn, paid 2028-2031", "2028", "2031"),
  ])
  func twoYearsJoinedByADashAreTwoDates(_ sentence: String, _ start: String, _ end: String) {
    let found = figures(sentence)
    let dates = found.filter { $0.kind == .date }.map(\.text)
    #expect(dates == [start, end], "\(found.map(\.text))")
    #expect(!found.contains { $0.kind == .count })
  }

  @Test func aChainOfYearsStaysACode() {
    #expect(!figures("The code 2010-2015-2020 was filed.").contains { $0.kind == .date })
  }

  @Test func twoYearsWithToAreStillTwoDates() {
    let dates = figures("Spending will rise from 2026 to 2028.").filter { $0.kind == .date }
    #expect(dates.count == 2, "\(dates.map(\.text))")
  }

  // MARK: - Units joined on by a hyphen

  @Test(arguments: [
    ("The 2.5-mile tunnel took seven years to build.", "2.5-mile", "mile", "2.5"),
    ("The phone has a 6.7-inch display.", "6.7-inch", "inch", "6.7"),
    ("A 10-foot wall surrounds the site.", "10-foot", "foot", "10"),
    ("They built a 140-km line.", "140-km", "km", "140"),
    ("A 60-metre section of the road collapsed.", "60-metre", "metre", "60"),
    ("A 40-tonne truck overturned.", "40-tonne", "tonne", "40"),
  ])
  func aUnitJoinedByAHyphenIsAQuantity(
    _ sentence: String, _ text: String, _ unit: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .quantity)
    #expect(found.unit == unit)
    #expect(found.value == Decimal(string: value))
  }

  @Test func aTurnOfDegreesIsNoTemperature() {
    #expect(!figures("The party made a 360-degree turn.").contains { $0.kind == .quantity })
  }

  @Test func aCompoundOfAnyOtherNounStaysACount() throws {
    let found = try #require(figure("20-point", in: "They backed a 20-point plan."))
    #expect(found.kind == .count)
  }

  // MARK: - Ratios and multiples

  @Test(arguments: [
    ("The company announced a 10-for-1 stock split.", "10-for-1", "10", "1"),
    ("Debt-to-equity stood at 3:1 at the end of June.", "3:1", "3", "1"),
    ("Shoppers got a two-for-one offer.", "two-for-one", "2", "1"),
  ])
  func aRatioIsOneFigureOfTwoParts(
    _ sentence: String, _ text: String, _ numerator: String, _ denominator: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .tally)
    #expect(found.components == [Decimal(string: numerator)!, Decimal(string: denominator)!])
    #expect(figures(sentence).count == 1, "\(figures(sentence).map(\.text))")
  }

  @Test func aColonBeforeTwoDigitsIsStillAClockTime() throws {
    let found = try #require(figures("The meeting starts at 3:15 today.").first)
    #expect(found.kind == .time)
  }

  @Test(arguments: [
    ("Shares trade at 1.5x book value.", "1.5x", "1.5"),
    ("It trades at 20x earnings.", "20x", "20"),
  ])
  func aGluedXIsAMultiple(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .count)
    #expect(found.unit == "times")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aNameWithAnXIsNoMultiple() {
    #expect(!figures("The 4x4 vehicle was parked.").contains { $0.unit == "times" })
  }

  // MARK: - House styles and units

  @Test func aGluedPcIsAPercent() throws {
    let found = try #require(figure("3.2pc", in: "Inflation fell to 3.2pc in March."))
    #expect(found.kind == .percent)
    #expect(found.value == Decimal(string: "3.2"))
  }

  @Test func theCentSignAfterGHIsTheCedi() throws {
    let sentence = "Accra landlords demand GH¢5,000 a month."
    let found = try #require(figure("GH¢5,000", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .money)
    #expect(found.unit == "GHS")
    #expect(found.value == 5000)
  }

  @Test(arguments: [
    ("The dose was 150mg a day.", "150mg", "mg"),
    ("The phone has 12GB of RAM.", "12GB", "GB"),
    ("It offers up to 1TB of storage.", "1TB", "TB"),
    ("Downloads reach 2.5Gbps on fibre.", "2.5Gbps", "Gbps"),
    ("The site will cover 500,000 sq ft.", "500,000 sq ft", "sq_ft"),
    ("Add 200 grams of flour.", "200 grams", "g"),
    ("The file is 3 megabytes.", "3 megabytes", "MB"),
    ("Pressure fell to 953 hPa.", "953 hPa", "hPa"),
    ("The low deepened to 954.4mb.", "954.4mb", "hPa"),
  ])
  func unitsOfScienceTechAndPropertyAreQuantities(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasSuffix(text) }, "\(figures(sentence).map(\.text))")
    #expect(found.kind == .quantity)
    #expect(found.unit == unit)
  }

  @Test func storageConvertsByItsDecimalPrefixes() {
    #expect(UnitTable.convert(2, from: "TB", to: "GB") == 2000)
    #expect(UnitTable.convert(1000, from: "sq_ft", to: "m2") == Decimal(string: "92.90304"))
  }

  // MARK: - Ages

  @Test(arguments: [
    "Elsewhere, 45, people were hurt in the blast.",
    "Meanwhile, 12, of the stores will close.",
  ])
  func aNumberAfterASentenceAdverbIsNoAge(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.kind == .duration }, "\(figures(sentence).map(\.text))")
  }

  @Test func aDefendantsAgeIsAnAge() throws {
    let found = try #require(figure("38", in: "His co-defendant, 38, was jailed."))
    #expect(found.kind == .duration)
    #expect(found.subject?.contains("defendant") == true, "\(found.subject ?? "nil")")
  }

  @Test(arguments: [
    ("The study followed adults aged 40 to 69.", "40 to 69", "40", "69"),
    ("Women aged between 18 and 25 were asked.", "between 18 and 25", "18", "25"),
  ])
  func anAgeBandIsARangeOfAges(_ sentence: String, _ text: String, _ low: String, _ high: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.low == Decimal(string: low) && found.high == Decimal(string: high))
  }

  // MARK: - Times taken

  @Test func hoursMinutesAndSecondsTakenAreADuration() throws {
    let sentence = "Kipchoge won in 2:02:40, the second-fastest time ever."
    let found = try #require(figure("2:02:40", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "second")
    #expect(found.value == 7360)
    #expect(!figures(sentence).contains { $0.text == "40" || $0.kind == .time })
  }

  @Test(arguments: ["The blast came at 10:31:05 local time.", "The alarm rang at 6:30:00 GMT."])
  func aTimeToTheSecondAfterAtIsAClockTime(_ sentence: String) {
    let found = figures(sentence)
    #expect(found.contains { $0.kind == .time }, "\(found.map(\.text))")
    #expect(!found.contains { $0.kind == .duration || $0.kind == .count }, "\(found.map(\.text))")
  }

  // MARK: - Subjects

  @Test(arguments: [
    ("The FTSE 100 closed up 0.8 per cent at 7,650.3.", "7,650.3"),
    ("The median price fell 3.4 per cent to $1.1m.", "$1.1m"),
  ])
  func aPercentInWordsIsNoSubject(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains("cent") != true, "\(found.subject ?? "nil")")
  }

  // MARK: - Not measurements

  @Test(arguments: ["Call 0800 123 4567 for details.", "Ring 020 7946 0000 today."])
  func theGroupsAfterALeadingZeroAreOnePhoneNumber(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }
}
