import Foundation
import Testing

@testable import CrossCheckCore

/// Forms seen in unseen wire, economy, weather and court news: points that move a percentage,
/// numbers that name a product, a road or a resolution, people's ages, speeds in metres per second
/// and the Richter scale.
@Suite("Everyday news forms")
struct EverydayNewsFormsTests {
  // MARK: - Percentage points without "percentage"

  @Test(arguments: [
    ("The jobless rate rose 1.6 points to 33.7% in the quarter.", "1.6 points"),
    ("Support fell three points in a month from 41%.", "three points"),
    ("Approval rose to 45%, up three points from May.", "three points"),
    ("The bank cut its rate by a quarter-point to 4.0% in August.", "a quarter-point"),
    ("A poll put Labour on 40%, 20 points ahead of the Conservatives.", "20 points"),
    ("It is within the poll's 3.1-point margin of error.", "3.1-point"),
  ])
  func pointsThatMoveAPercentageArePercentagePoints(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .percent)
    #expect(found.unit == "percentage_point")
  }

  @Test(arguments: [
    "The Dow fell 500 points to 38,000.",
    "The Dow fell 500 points, or 1.2%, to 38,000.",
    "The plan has 19 points and the rate is 5%.",
    "They backed a 20-point plan, and 5% opposed it.",
  ])
  func pointsOfAnythingElseStayCounts(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.unit == "percentage_point" })
  }

  @Test(arguments: [
    ("Its share rose by 1.6 percentage points to 33.7%.", "1.6 percentage points", "33.7%"),
    ("Sales rose by 5 to 20 units.", "5", "20"),
  ])
  func aChangeAndTheLevelItReachedAreTwoFigures(
    _ sentence: String, _ change: String, _ level: String
  ) {
    let texts = figures(sentence).map(\.text)
    #expect(texts.contains(change) && texts.contains(level), "\(texts)")
  }

  @Test func daysOfAMonthAreNoTallyBesideAPoll() {
    let found = figures("The poll was conducted June 3-5 among voters.")
    #expect(!found.contains { $0.kind == .tally }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Revenue in the 2023-24 fiscal year rose 12%.", "2023-24", "2023"),
    ("The 2024–25 season starts soon.", "2024–25", "2024"),
  ])
  func aSplitYearIsOneDate(_ sentence: String, _ text: String, _ year: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .date)
    #expect(found.date == year)
    #expect(!figures(sentence).contains { $0.kind == .count })
  }

  // MARK: - Numbers that name things

  @Test(arguments: [
    ("Apple unveiled the iPhone 15 in September.", "15"),
    ("Traffic was halted on Interstate 95 near Baltimore.", "95"),
    ("Listeners of BBC Radio 4 complained.", "4"),
    ("Passengers waited at Terminal 5 for hours.", "5"),
    ("Voters approved Proposition 22 by a wide margin.", "22"),
    ("The details are on page 3 of the report.", "3"),
    ("The council adopted Resolution 2334 in 2016.", "2334"),
  ])
  func aNumberThatNamesAThingIsNoFigure(_ sentence: String, _ text: String) {
    #expect(!figures(sentence).contains { $0.text == text }, "\(figures(sentence).map(\.text))")
  }

  @Test func aYearAfterAWordThatIsNoDesignatorIsStillADate() throws {
    let found = try #require(
      figures("The council adopted Resolution 2334 in 2016.").first {
        $0.text == "2016"
      })
    #expect(found.kind == .date)
  }

  @Test func aCountAfterALowerCaseWordIsStillACount() {
    #expect(figures("The report has 3 pages and 40 charts.").contains { $0.text == "3" })
  }

  // MARK: - Ages

  @Test(arguments: [
    ("Fed chair Jerome Powell, 71, said rates would hold.", "71", "Powell"),
    ("Its convenor, Ananya Bhardwaj, 24, has become famous.", "24", "Ananya Bhardwaj"),
    ("The victim, 45, was taken to hospital.", "45", "victim"),
    ("A man aged 24 was arrested.", "24", "man"),
    ("\"We will win,\" said Jane Smith (34).", "34", "Jane Smith"),
  ])
  func anAgeIsADurationInYearsOfItsPerson(_ sentence: String, _ text: String, _ person: String)
    throws
  {
    let found = try #require(figure(text, in: sentence))
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.subject?.contains(person) == true, "\(found.subject ?? "nil")")
    #expect(found.subject?.contains("age") == true, "\(found.subject ?? "nil")")
  }

  @Test(arguments: [
    ("The driver, age 58, was not hurt.", "58", nil),
    ("Anyone aged 16 or over can apply.", "16 or over", Qualifier.atLeast),
    ("The trial enrolled adults aged 45 and older.", "45 and older", .atLeast),
    ("Tickets for children aged 12 and under cost $5.", "12 and under", .atMost),
    ("The two boys, aged six and eight, were unhurt.", "six", nil),
    ("The two boys, aged six and eight, were unhurt.", "eight", nil),
    ("Their daughters, aged 4, 7 and 9, were rescued.", "7", nil),
    ("The accused, aged twenty-three, was remanded in custody.", "twenty-three", nil),
  ])
  func anAgeAfterAgeInWordsBoundedOrListedIsAnAge(
    _ sentence: String, _ text: String, _ qualifier: Qualifier?
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.qualifier == qualifier)
  }

  @Test func aCountListedAfterAnAgeStaysACount() throws {
    let sentence = "A woman aged 30 and 40 others were injured in the crash."
    #expect(try #require(figure("30", in: sentence)).kind == .duration)
    #expect(try #require(figure("40", in: sentence)).kind == .count)
  }

  @Test(arguments: [
    "Comments (45)",
    "In Assam 24 districts were flooded.",
    "The scores were 3, 45, and 12.",
    "The toll rose to 45, officials said.",
    "Visitors queued for the Stone Age 2 exhibit.",
    "The firm employs 500 or more people.",
  ])
  func aNumberThatIsNoAgeStaysACount(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.kind == .duration }, "\(figures(sentence).map(\.text))")
  }

  // MARK: - Page furniture

  @Test(arguments: [
    ("Image 3 of 12", "3"), ("Image 3 of 12", "12"), ("Comments (45)", "45"),
    ("© 2024 Cable News Network. All Rights Reserved.", "2024"),
    ("Copyright 2023 The Times.", "2023"),
  ])
  func pageFurnitureIsNoFigure(_ line: String, _ text: String) {
    #expect(!figures(line).contains { $0.text.contains(text) }, "\(figures(line).map(\.text))")
  }

  @Test func aShortLineWithAnyOtherWordKeepsItsFigure() {
    #expect(figures("Image sales rose 12%").contains { $0.text == "12%" })
  }

  @Test func aDottedTimeBeforeAZoneIsAClockTime() throws {
    let found = try #require(
      figures("Last modified on Wed 13 Mar 2024 09.12 GMT").first { $0.text.hasPrefix("09.12") })
    #expect(found.kind == .time)
    #expect(found.time == "09:12")
  }

  // MARK: - Votes and periods

  @Test func aVoteWrittenWithToIsATally() throws {
    let found = try #require(
      figures("The House passed it 218 to 214 on Wednesday.").first { $0.text == "218 to 214" })
    #expect(found.kind == .tally)
    #expect(found.components == [218, 214])
  }

  @Test func twoNumbersWithToAfterAChangeAreNoTally() {
    #expect(!figures("Sales rose from 218 to 214 units.").contains { $0.kind == .tally })
  }

  @Test func overAfterAFigureIsItsPeriod() throws {
    let found = try #require(
      figures("The CBO put the cost at $400 billion over 30 years.").first {
        $0.kind == .duration
      })
    #expect(found.text == "30 years")
    #expect(found.qualifier == nil)
  }

  @Test(arguments: ["Over 30 years, the town grew.", "It was the highest in over 30 years."])
  func overBeforeADurationElsewhereIsMoreThan(_ sentence: String) throws {
    let found = try #require(figures(sentence).first { $0.kind == .duration })
    #expect(found.qualifier == .moreThan)
  }

  // MARK: - Subjects

  @Test(arguments: [
    ("Pre-tax profit fell 11.8 per cent to £412m.", "£412m", "Pre-tax profit"),
    ("Revenue rose 4.5% to $6.31bn in the year.", "$6.31bn", "Revenue"),
    ("Its margin narrowed by 1.1 percentage points to 6.5 per cent.", "6.5 per cent", "margin"),
    ("Sales grew 12pc to £3bn.", "£3bn", "Sales"),
  ])
  func theLevelAChangeReachedMeasuresWhatTheChangeDoes(
    _ sentence: String, _ text: String, _ subject: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(subject) == true, "\(found.subject ?? "nil")")
  }

  @Test(arguments: [
    (
      "The ministry counted 1.1 million protesters; unions said more than 3 million took part.",
      "more than 3 million", "protesters"
    ),
    ("At least 96 classrooms were damaged, 17 of them beyond repair.", "17", "classrooms"),
    ("A total of 2,316 houses were destroyed and 9,450 partially damaged.", "9,450", "houses"),
  ])
  func aCountWithNoSubjectTakesTheOneBeforeItInItsSentence(
    _ sentence: String, _ text: String, _ subject: String
  ) throws {
    // The homes, counted twice, are the article's topic: the fallback without the rule.
    let article = "Officials said 40 homes were lost and 12 homes were damaged. " + sentence
    let found = try #require(figure(text, in: article), "\(figures(article).map(\.text))")
    #expect(found.subject == subject)
    #expect(found.subjectInferred)
  }

  @Test func aFigureInAThatClauseIsSaidOfThatClausesSubject() throws {
    let sentence =
      "Counterpoint estimates that one in four phones sold is an iPhone, and that Apple's share "
      + "of global shipments was 18% in the quarter."
    let found = try #require(figure("18%", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.hasPrefix("Apple's share") == true, "\(found.subject ?? "nil")")
  }

  @Test func aQuoteAfterAFullStopOpensTheNextSentence() throws {
    let text = "The union said 40 jobs would go. \"We lost 120 homes,\" the mayor said."
    let homes = try #require(figure("120", in: text), "\(figures(text).map(\.text))")
    #expect(homes.sentenceStart == 33)
    let closing = "He said \"we lost 120 homes.\" Then 40 more were lost."
    #expect(figure("120", in: closing)?.sentenceEnd == 28)  // the closing quote included
  }

  @Test func aDayOrZoneAfterAClockTimeGoesOnWithTheSentence() throws {
    let article =
      "Officials said 40 homes were lost and 12 homes were damaged. It had recorded 1,284 "
      + "aftershocks as of 5 a.m. Thursday, 69 of them strong enough to be felt."
    let found = try #require(figure("69", in: article), "\(figures(article).map(\.text))")
    #expect(found.subject == "aftershocks")
    let zoned = "The call began at 5 p.m. ET and lasted 40 minutes."
    #expect(figure("40 minutes", in: zoned)?.sentenceStart == 0)
    #expect(
      figure("40 minutes", in: "It began at 5 p.m. Then it lasted 40 minutes.")?.sentenceStart != 0)
  }

  @Test(arguments: [
    ("The union says the true number is closer to 40,000.", "closer to 40,000"),
    ("The deal is worth in the region of £2bn.", "in the region of £2bn"),
    ("Losses were on the order of $5 million.", "on the order of $5 million"),
  ])
  func hedgesOfNearnessAreApproximate(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.qualifier == .approx)
  }

  @Test func anAdverbAfterACountIsNotWhatItCounts() throws {
    let sentence = "\"We have lost 120 homes, not the 86 first reported,\" the mayor said."
    let found = try #require(figure("86", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == nil)
    #expect(found.subject == "homes")
  }

  // MARK: - Units

  @Test(arguments: [
    ("Winds reached 30m/s near the coast.", "30m/s", "30"),
    ("Gusts of 45 metres per second were measured.", "45 metres per second", "45"),
  ])
  func metresPerSecondIsASpeed(_ sentence: String, _ text: String, _ value: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .quantity)
    #expect(found.unit == "m/s")
    #expect(found.value == Decimal(string: value))
    #expect(UnitTable.convert(10, from: "m/s", to: "km/h") == 36)
  }

  @Test func theRichterScaleIsAMagnitude() throws {
    let sentence = "The quake measured 6.1 on the Richter scale."
    let found = try #require(figures(sentence).first { $0.text.hasPrefix("6.1") })
    #expect(found.kind == .quantity)
    #expect(found.unit == "magnitude")
  }
}
