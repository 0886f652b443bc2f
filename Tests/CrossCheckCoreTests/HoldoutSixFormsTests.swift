import Foundation
import Testing

@testable import CrossCheckCore

/// Forms the sixth hold-out set and the second real-news set read wrongly (issue #13): words that
/// multiply, mixed numbers joined by a hyphen, hedges and participles of change, and numbers that
/// name a law's sections, a case, a phone line, a rescue service or a train.
@Suite("Hold-out forms VI")
struct HoldoutSixFormsTests {
  // MARK: - Words that multiply

  @Test(arguments: [
    (
      "Growth of 1.5% a year is about twice the regional rate.", "about twice", "2",
      Qualifier.approx
    ),
    ("The bank has cut its main rate twice this year.", "twice", "2", nil),
    (
      "Members were promised returns of 20%, more than double what savings paid.",
      "more than double", "2", .moreThan
    ),
    ("Sales more than doubled in two years.", "more than doubled", "2", .moreThan),
    ("The number of cases nearly tripled over the summer.", "nearly tripled", "3", .approx),
    ("Fares doubled over two years.", "doubled", "2", nil),
    ("The firm said it would double its payout to staff.", "double", "2", nil),
    ("Rents quadrupled in a decade.", "quadrupled", "4", nil),
    ("The mill hired twice as many workers as last year.", "twice", "2", nil),
    ("The committee met thrice before the vote.", "thrice", "3", nil),
  ])
  func aWordThatMultipliesIsACountOfTimes(
    _ sentence: String, _ text: String, _ value: String, _ qualifier: Qualifier?
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .count)
    #expect(found.value == Decimal(string: value))
    #expect(found.unit == "times")
    #expect(found.qualifier == qualifier)
  }

  @Test(arguments: [
    "Double earthquakes shook the province on Monday.",
    "Police are investigating a double murder in the town.",
    "Inflation stayed in double-digit territory.",
    "The triple train crash killed dozens.",
    "The club won the double last season.",
    "The minister doubled down on the plan.",
    "The school hall doubled as a shelter.",
    "The striker doubled over in pain.",
    "Buses run twice-weekly to the coast.",
  ])
  func aWordOfKindIsNoMultiple(_ sentence: String) {
    let multiples = figures(sentence).filter { $0.unit == "times" }
    #expect(multiples.isEmpty, "\(described(sentence))")
  }

  // MARK: - Mixed numbers

  @Test(arguments: [
    ("A former clerk received a sentence of 3-1/2 years.", "3-1/2 years", "3.5", "year"),
    ("The talks lasted 2-1/2 hours.", "2-1/2 hours", "2.5", "hour"),
    ("The shift ran 7-3/4 hours without a break.", "7-3/4 hours", "7.75", "hour"),
  ])
  func aWholeNumberHyphenedToAFractionIsOneMixedNumber(
    _ sentence: String, _ text: String, _ value: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .duration)
    #expect(found.value == Decimal(string: value))
    #expect(found.unit == unit)
  }

  // MARK: - "a year" as a change

  @Test(arguments: [
    ("The median age has risen by a year since 2020.", "a year", "year"),
    ("The launch was delayed by a month.", "a month", "month"),
    ("Opening hours were extended by an hour on Fridays.", "an hour", "hour"),
  ])
  func aChangeByASpanIsADurationOfOne(_ sentence: String, _ text: String, _ unit: String)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .duration)
    #expect(found.value == 1)
    #expect(found.unit == unit)
  }

  // MARK: - Hedges

  @Test(arguments: [
    ("Pay growth has held near 4% a year.", "near 4%", Qualifier.approx),
    ("The index closed just shy of 3,000 points.", "just shy of 3,000", .lessThan),
    ("Turnout was shy of 60% in the north.", "shy of 60%", .lessThan),
    ("The toll stood at nigh on 200 people.", "nigh on 200", .approx),
  ])
  func aHedgeBeforeTheNumberBoundsIt(_ sentence: String, _ text: String, _ qualifier: Qualifier)
    throws
  {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.qualifier == qualifier)
  }

  // MARK: - A change and its level

  @Test(arguments: [
    ("Employers added 90,000 jobs, with the jobless rate climbing 0.1% to 4.3%.", "0.1%", "4.3%"),
    ("Shares ended the day rising 0.5% to 12.4% above their launch price.", "0.5%", "12.4%"),
    (
      "The rate kept falling, dropping 0.2 percent to 3.1 percent in May.", "0.2 percent",
      "3.1 percent"
    ),
  ])
  func aParticipleOfChangeLeadsToTheLevel(_ sentence: String, _ change: String, _ level: String) {
    let found = figures(sentence)
    #expect(found.contains { $0.text == change && $0.low == nil }, "\(described(sentence))")
    #expect(found.contains { $0.text == level && $0.low == nil }, "\(described(sentence))")
  }

  // MARK: - Numbers that name

  @Test(arguments: [
    (
      "The case was registered under penal code sections like 37 and 38 (causing hurt), 304A (negligence) and 34 (common intention).",
      ["37", "38", "34"]
    ),
    ("Charges were filed under sections such as 120 and 420 of the code.", ["120", "420"]),
    ("He was booked under Articles 14 (equality) and 21 (liberty).", ["14", "21"]),
    ("Police registered case number 64 against the driver.", ["64"]),
    ("The court heard petition number 112 on Monday.", ["112"]),
    ("Depositors can call the helpline on 1800 209 4455 for details.", ["1800", "209", "4455"]),
    ("For help, ring 1300 655 506 during office hours.", ["1300", "655", "506"]),
    ("Rescue 1122 said 19 of the injured were in critical condition.", ["1122"]),
    ("Ten coaches of the 13-Up Khyber Mail derailed on Saturday.", ["13"]),
  ])
  func aNumberThatNamesIsNoFigure(_ sentence: String, _ numbers: [String]) {
    let texts = figures(sentence).map(\.text)
    for number in numbers {
      #expect(!texts.contains(number), "\(number) in \(described(sentence))")
    }
  }

  @Test(arguments: [
    ("Rescue teams pulled 19 people from the rubble.", "19"),
    ("Workers in 12 sections of the plant went on strike.", "12"),
    ("The case involved 64 victims.", "64"),
    ("The number of cases rose to 1,800 in 2024.", "1,800"),
  ])
  func aNumberBesideTheseWordsStillCounts(_ sentence: String, _ number: String) {
    #expect(figures(sentence).contains { $0.text.contains(number) }, "\(described(sentence))")
  }

  // MARK: - Parts of a named body

  @Test(arguments: [
    ("Four out of seven IEBC commissioners rejected the tally.", "Four", "seven"),
    ("Two out of nine FIFA council members abstained.", "Two", "nine"),
    ("Only three out of 11 NATO envoys attended.", "three", "11"),
  ])
  func aPartOfABodyNamedByItsAcronymIsTwoCounts(
    _ sentence: String, _ part: String, _ whole: String
  ) {
    let found = figures(sentence)
    let partFigure = found.first { $0.text == part }
    let wholeFigure = found.first { $0.text == whole }
    #expect(partFigure?.kind == .count, "\(described(sentence))")
    #expect(wholeFigure?.kind == .count, "\(described(sentence))")
    // The part counts what the whole counts.
    #expect(partFigure?.unit != nil && partFigure?.unit == wholeFigure?.unit)
  }

  @Test(arguments: [
    ("The school doubled enrolment to 300 this year.", "300"),
    ("Police tripled patrols to 120 a night.", "120"),
  ])
  func theLevelAfterAMultipleIsNoCountOfTimes(_ sentence: String, _ text: String) throws {
    let level = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(level.unit != "times")
  }

  // MARK: - A dateline ended by a colon

  @Test(arguments: [
    ("WELLINGTON: The co-op reported a profit of $150 million.", "$150 million", "NZD"),
    ("MELBOURNE: The bus fare rose to 80¢ on Monday.", "80¢", "AUD"),
    ("TORONTO: The city will spend $40 million on buses.", "$40 million", "CAD"),
  ])
  func aCityBeforeAColonIsTheDateline(_ sentence: String, _ text: String, _ unit: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.unit == unit)
  }

  // MARK: - Summary lines and quote strips

  @Test func aSignedChangeWithNoLevelIsNoQuote() throws {
    let found = try #require(figure("+0.4%", in: "GDP +0.4%"), "\(described("GDP +0.4%"))")
    #expect(found.kind == .percent)
  }

  @Test func aStripOfQuotesIsFurnitureEvenWithAnInstrumentInLowerCase() {
    let line = "SPX futures 5,912.40 ▲0.6%   UST 10Y 4.02% ▼6bp   DXY 101.3 ▼0.4%"
    #expect(figures(line).isEmpty, "\(described(line))")
  }
}
