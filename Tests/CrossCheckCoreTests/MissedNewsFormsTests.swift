import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of English news the figure engine used to get wrong, each a class: units a news unit
/// table needs, reporting periods, word amounts of points, margins of error, sub-unit money,
/// counts whose noun is not what they count, age bounds, game quarters, and subjects that ran on.
@Suite("Missed news forms")
struct MissedNewsFormsTests {
  // MARK: - Units

  @Test(arguments: [
    ("The chip is made on a 3nm process.", "3nm", "nm", "length"),
    ("The laser etches lines 5 nanometres wide.", "5 nanometres", "nm", "length"),
    ("The magnet was cooled to 40 kelvin.", "40 kelvin", "K", "temperature"),
    ("His blood pressure was 140 mmHg.", "140 mmHg", "mmHg", "pressure"),
    ("The tyres are inflated to 35 psi.", "35 psi", "psi", "pressure"),
    ("The ship carries 24,000 TEU.", "24,000 TEU", "TEU", "container_capacity"),
    ("Output rose to 1.2 million bpd.", "1.2 million bpd", "bpd", "oil_flow"),
    ("The field pumps 300,000 barrels per day.", "300,000 barrels per day", "bpd", "oil_flow"),
    ("The field pumps 300,000 barrels a day.", "300,000 barrels a day", "bpd", "oil_flow"),
    ("The mains supply 230 volts.", "230 volts", "V", "voltage"),
    ("The charger draws 13 amps.", "13 amps", "A", "current"),
    ("The processor runs at 3.5GHz.", "3.5GHz", "GHz", "frequency"),
    ("The station broadcasts on 98.5 megahertz.", "98.5 megahertz", "MHz", "frequency"),
    ("Noise reached 85 decibels.", "85 decibels", "dB", "sound_level"),
    ("CO2 reached 420 ppm.", "420 ppm", "ppm", "concentration"),
    ("Gold rose to $2,400 as miners dug 3 million ounces.", "3 million ounces", "oz", "mass"),
    ("The mine shipped 15 megatonnes of coal.", "15 megatonnes", "megatonne", "mass"),
    ("Workers got 20 millisieverts.", "20 millisieverts", "mSv", "radiation_dose"),
    ("The meal had 850 calories.", "850 calories", "kcal", "food_energy"),
  ])
  func aNewsUnitIsAQuantityWithItsDimension(
    _ sentence: String, _ text: String, _ unit: String, _ dimension: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .quantity)
    #expect(found.unit == unit)
    #expect(UnitTable.dimension(of: found.unit) == dimension)
  }

  @Test func kelvinConvertsToCelsius() {
    #expect(UnitTable.convert(40, from: "K", to: "degC") == Decimal(string: "-233.15"))
    #expect(UnitTable.convert(0, from: "degC", to: "K") == Decimal(string: "273.15"))
    #expect(UnitTable.convert(212, from: "degF", to: "degC") == 100)
  }

  @Test func unitsOfOneDimensionConvert() throws {
    let mercury = try #require(UnitTable.convert(750, from: "mmHg", to: "hPa"))
    #expect(abs(NSDecimalNumber(decimal: mercury).doubleValue - 999.918) < 0.001)
    #expect(UnitTable.convert(1, from: "GHz", to: "MHz") == 1000)
    #expect(UnitTable.convert(1, from: "V", to: "A") == nil)
  }

  @Test(arguments: [
    ("The page loads in 10 ms.", "10 ms"),
    ("The page loads in 10ms.", "10ms"),
    ("The delay was 250 milliseconds.", "250 milliseconds"),
  ])
  func millisecondsAreADuration(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "millisecond")
  }

  // MARK: - Margins of error

  @Test(arguments: [
    (
      "The poll has a margin of error of plus or minus 3 percentage points.",
      "plus or minus 3 percentage points", "3", "plus or minus"
    ),
    ("The margin of error is ±3.1 percentage points.", "±3.1 percentage points", "3.1", "±"),
    ("Support stood at 45%, +/- 2%.", "+/- 2%", "2", "+/-"),
  ])
  func aMarginOfErrorKeepsItsPlusOrMinus(
    _ sentence: String, _ text: String, _ value: String, _ hedge: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: value))
    #expect(found.hedge == hedge)
    #expect(found.subject != "minus")
  }

  // MARK: - Reporting periods

  @Test(arguments: [
    ("Sales grew 5% in Q3 2025.", "Q3 2025", "2025-Q3"),
    ("Sales grew 4% in Q3, the firm said.", "Q3", nil),
    ("Profit fell 3% in H1 2025.", "H1 2025", "2025-H1"),
    ("The loss in FY2024 was $3m.", "FY2024", "2024"),
    ("The loss in FY24 was $3m.", "FY24", "2024"),
    ("The loss in FY 2024 was $3m.", "FY 2024", "2024"),
    ("Revenue in fiscal year 2025 rose 4%.", "fiscal year 2025", "2025"),
    ("Revenue in fiscal 2025 rose 4%.", "fiscal 2025", "2025"),
    ("The 2024-25 budget was approved.", "2024-25", "2024"),
  ])
  func aReportingPeriodIsADate(_ sentence: String, _ text: String, _ date: String?) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    #expect(found.date == date)
    #expect(!figures(sentence).contains { $0.kind == .count }, "\(figures(sentence).map(\.text))")
  }

  @Test func aHalfNeedsItsYearOrAWordOfTime() {
    #expect(figure("H2", in: "Profit fell 3% in H2.")?.kind == .date)
    // Hydrogen, and a visa.
    for sentence in ["The plant makes 300 tonnes of green H2 a year.", "He got 2 H1-B visas."] {
      #expect(
        !figures(sentence).contains { $0.text.hasPrefix("H") },
        "\(figures(sentence).map(\.text))")
    }
  }

  @Test(arguments: ["Revenue rose 5% in Q3.", "Revenue rose 5% in FY2024."])
  func aPeriodIsNoSubject(_ sentence: String) throws {
    let found = try #require(figure("5%", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains("Revenue") == true, "\(found.subject ?? "nil")")
  }

  // MARK: - Points in words

  @Test(arguments: [
    ("Rates rose by half a percentage point.", "half a percentage point", "0.5"),
    (
      "The bank raised rates by three-quarters of a percentage point.",
      "three-quarters of a percentage point", "0.75"
    ),
    ("The central bank made a quarter-point cut to interest rates.", "a quarter-point", "0.25"),
    ("The Fed made a half-point cut.", "a half-point", "0.5"),
  ])
  func aFractionOfAPointIsPercentagePoints(_ sentence: String, _ text: String, _ value: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .percent)
    #expect(found.unit == "percentage_point")
    #expect(found.value == Decimal(string: value))
    // Whole points before a noun stay a count.
    #expect(figure("20-point", in: "They set out a 20-point plan.")?.kind == .count)
  }

  // MARK: - Sub-unit money

  @Test(arguments: [
    ("Earnings beat forecasts by 8 cents a share.", "8 cents", "0.08", "USD"),
    ("The shares closed at 138.6p.", "138.6p", "1.386", "GBP"),
    ("The dollar bought 65.8 US cents.", "65.8 US cents", "0.658", "USD"),
  ])
  func aSubUnitAmountIsInItsMainCurrency(
    _ sentence: String, _ text: String, _ value: String, _ currency: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .money)
    #expect(found.value == Decimal(string: value))
    #expect(found.unit == currency)
  }

  // MARK: - What a count counts

  @Test(arguments: [
    ("The airline ordered 20 new Airbus jets.", "20", "jets"),
    ("The club signed 3 more Brazilian players.", "3", "players"),
  ])
  func anAdjectiveBeforeTheCountedNounIsSkipped(
    _ sentence: String, _ text: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == unit)
  }

  @Test(arguments: [
    ("About 23,000 walked out on Monday.", "About 23,000"),
    ("Some 5,000 turned up at the rally.", "Some 5,000"),
    ("Nearly 300 stayed away.", "Nearly 300"),
  ])
  func aVerbAndItsParticleAreNoCountedNoun(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == nil)
  }

  @Test(arguments: [
    ("The number of migrants rose to 4,000.", "4,000", "migrants"),
    ("The number of deaths was 60.", "60", "deaths"),
  ])
  func theNumberOfXIsACountOfX(_ sentence: String, _ text: String, _ subject: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(subject) == true, "\(found.subject ?? "nil")")
  }

  // MARK: - Ages and changes

  @Test(arguments: [
    ("Bus travel is free for anyone over 65.", "over 65", Qualifier.moreThan),
    ("Women under 30 were likelier to vote.", "under 30", Qualifier.lessThan),
    ("The vaccine is offered to people aged over 75.", "over 75", Qualifier.moreThan),
  ])
  func aBoundAfterAPersonIsAnAge(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.qualifier == qualifier)
    // A bound on things is no age.
    #expect(figure("over 60", in: "The factory employs over 60 workers.")?.kind == .count)
  }

  @Test(arguments: [
    "The jobless rate rose from 20pc to 24pc.",
    "The jobless rate rose from 20% to 24%.",
    "The jobless rate rose from 20 per cent to 24 per cent.",
  ])
  func bothEndsOfAChangeShareItsSubject(_ sentence: String) throws {
    let found = figures(sentence).filter { $0.kind == .percent }
    #expect(found.count == 2, "\(found.map(\.text))")
    for end in found {
      #expect(end.subject?.contains("rate") == true, "\(end.text): \(end.subject ?? "nil")")
      #expect(end.low == nil && end.high == nil)
    }
  }

  // MARK: - "a second", game quarters

  @Test(arguments: ["Wait a second, he said.", "For a second, nothing happened.", "Just a second."])
  func aSecondAsAMomentIsNoFigure(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
    // "a second time" stays an ordinal.
    #expect(figure("second", in: "He was elected for a second time.")?.kind == .ordinal)
  }

  @Test(arguments: [
    "The Lakers scored 30 points in the fourth quarter.",
    "He hit the winning basket late in the fourth quarter of the game.",
  ])
  func aQuarterOfAGameIsNoDate(_ sentence: String) throws {
    let found = try #require(
      figure("fourth quarter", in: sentence) ?? figure("fourth", in: sentence),
      "\(figures(sentence).map(\.text))")
    #expect(found.kind != .date)
    // A quarter of a year stays a date.
    #expect(figure("fourth quarter", in: "Profit rose in the fourth quarter.")?.kind == .date)
  }

  // MARK: - Where subjects end

  @Test(arguments: [
    ("It was the first statewide strike in more than a decade.", "first", "statewide strike"),
    ("It was the first title for the club since 1989.", "first", "title"),
  ])
  func anOrdinalsSubjectEndsBeforeAComparative(
    _ sentence: String, _ text: String, _ subject: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject == subject)
  }

  @Test(arguments: [
    ("Temperatures climbed past 40 degrees near the coast.", "past 40 degrees", "near"),
    ("Rain totals reached 120 mm along the coast.", "120 mm", "along"),
    ("The wall rose 5 metres beyond the gate.", "5 metres", "beyond"),
  ])
  func aSubjectEndsBeforeAPreposition(_ sentence: String, _ text: String, _ preposition: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    let subject = try #require(found.subject)
    #expect(!subject.contains(preposition), "\(subject)")
  }
}
