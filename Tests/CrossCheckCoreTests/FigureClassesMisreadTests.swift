import Foundation
import Testing

@testable import CrossCheckCore

/// Classes of English news the extractor read wrongly (issue #13): mixed numbers written with
/// hyphens or "and half", the pronoun "one" after a modifier or paired with "the other", percent
/// words after a hyphen or a bracket, ranges whose ends each carry a letter sign.
@Suite("Figure classes misread")
struct FigureClassesMisreadTests {
  // MARK: - Mixed numbers in compounds

  @Test(arguments: [
    (
      "The winger signed a six-and-a-half-year contract on Friday.", "six-and-a-half-year", "6.5",
      "year"
    ),
    (
      "Talks lasted three-and-a-half hours before they broke up.", "three-and-a-half hours", "3.5",
      "hour"
    ),
    ("He has agreed a four and half year deal with the club.", "four and half year", "4.5", "year"),
    ("The crossing takes two and half hours in good weather.", "two and half hours", "2.5", "hour"),
    ("The job took one-and-a-quarter days to finish.", "one-and-a-quarter days", "1.25", "day"),
  ])
  func aMixedNumberInACompoundIsOneDuration(
    _ sentence: String, _ text: String, _ value: String, _ unit: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .duration)
    #expect(found.value == Decimal(string: value))
    #expect(found.unit == unit)
  }

  @Test(arguments: [
    ("Police arrested forty and half were later freed without charge.", "forty", "40"),
    ("The team won three and half its fixtures were at home.", "three", "3"),
    ("Between one and half of all voters stayed home.", "one", "1"),
    ("He scored two and half a dozen others were booked.", "two", "2"),
    ("They held six and half the crew were released.", "six", "6"),
  ])
  func aBareHalfBeforeNoMeasureIsAShareOfItsOwn(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    ("The rally drew one and half lakh people.", "one and half lakh", "150000"),
    ("The project costs Rs two and half crore.", "Rs two and half crore", "25000000"),
    ("The drive takes three and half hours.", "three and half hours", "3.5"),
  ])
  func aBareHalfBeforeAScaleOrUnitJoinsItsNumber(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.value == Decimal(string: value))
  }

  @Test func aMixedNumberInACompoundStillCountsItsNoun() throws {
    let sentence = "Engineers laid two-and-a-half miles of new track."
    let found = try #require(figure("two-and-a-half miles", in: sentence), "\(described(sentence))")
    #expect(found.value == Decimal(string: "2.5"))
  }

  // MARK: - The pronoun "one"

  @Test(arguments: [
    "The verdict was a punishing one: a fine and a ban from office.",
    "The setback is the second one this year for the company.",
    "Critics said the storm was a rare one for the region.",
    "Of all the bids, hers was the only one that met the deadline.",
    "The old bridge was closed and the new one opened in May.",
  ])
  func aOneAfterAModifierWithNoNounIsAPronoun(_ sentence: String) {
    #expect(figure("one", in: sentence) == nil, "\(described(sentence))")
  }

  @Test(arguments: [
    "Two rival councils claim the town. One is based in the north and the other in the south.",
    "The firm owns two plants. One was sold last year; the other remains open.",
    "Two ministers spoke. One said the plan would work, and another called it a mistake.",
    "The town has two bridges. One was rebuilt and the other one is closed.",
  ])
  func anOpeningOnePairedWithTheOtherIsAPronoun(_ sentence: String) {
    #expect(figure("One", in: sentence) == nil, "\(described(sentence))")
  }

  @Test(arguments: [
    ("The opposition won in only one state.", "one"),
    ("Only one state voted against the bill.", "one"),
    ("There was only one survivor.", "one"),
    ("One man in his 70s was injured in the crash.", "One"),
    ("One was killed in the blast, police said.", "One"),
    ("The team scored an additional one in the second half.", "one"),
    ("One was killed and the other 14 passengers were injured.", "One"),
    ("One is dead and the other two are in hospital, police said.", "One"),
    ("One was injured and another three were treated at the scene.", "One"),
    ("Two men were shot. One was killed and the other is recovering.", "One"),
    ("One is missing and the other was found safe.", "One"),
  ])
  func aOneThatCountsStaysAFigure(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.value == 1)
  }

  // MARK: - Percent words after a hyphen or a bracket

  @Test(arguments: [
    ("Inflation hit 5.5-pc last month.", "5.5-pc", "5.5"),
    ("Shoppers faced a 10-per cent rise in food prices.", "10-per cent", "10"),
    ("The rate was 1.2 per cent in May, up from April's (0.85) per cent.", "(0.85)", "0.85"),
  ])
  func aPercentWordAfterAHyphenOrABracketIsAPercent(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(
      figures(sentence).first { $0.text.hasPrefix(text) }, "\(described(sentence))")
    #expect(found.kind == .percent)
    #expect(found.unit == "percent")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    ("Shoppers snapped up a 12-pc cookware set.", "12-pc"),
    ("The 24-pc socket set costs Rs 1,999.", "24-pc"),
    ("Each 6-pc box holds a week's supply.", "6-pc"),
  ])
  func aWholeNumberAndPcBeforeAThingCountsPieces(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind != .percent)
  }

  @Test(arguments: [
    ("Commuters face a 10-pc rise in fares.", "10-pc", "10"),
    ("The fund sold a 24-pc stake last week.", "24-pc", "24"),
  ])
  func aWholeNumberAndPcBeforeAChangeOrShareIsAPercent(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(described(sentence))")
    #expect(found.kind == .percent)
    #expect(found.value == Decimal(string: value))
  }

  // MARK: - Ranges with a letter sign on each end

  @Test func aRangeWithALetterSignOnEachEndIsOneRangeOfMoney() throws {
    let sentence = "LAGOS — Marketers in Ikeja sold petrol at between N1,080 and N1,150 per litre."
    let found = try #require(
      figure("between N1,080 and N1,150", in: sentence), "\(described(sentence))")
    #expect(found.kind == .money)
    #expect(found.low == 1080)
    #expect(found.high == 1150)
    #expect(found.unit == "NGN")
  }
}

/// Numbers that end a title's name, and score lines that look like them.
@Suite("Figure classes misread: numbered titles")
struct FigureClassesMisreadTitleTests {
  @Test(arguments: [
    ("Titles such as Modern Warfare 3 and Diablo IV will join the service.", "3"),
    ("Fans queued overnight for Grand Theft Auto 6, the studio said.", "6"),
    ("Fans of Toy Story 4 and Frozen II queued for hours.", "4"),
    ("Titles such as Modern Warfare 3 and Fortnite will join the service.", "3"),
    ("Sales of Grand Theft Auto 6 and other games rose.", "6"),
  ])
  func aNumberEndingATitleIsNoFigure(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) == nil, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    ("Final score: Leeds United 1, Aston Villa 3.", "3"),
    ("Across South Korea 12 people were hurt.", "12"),
    ("Leeds United 1, Aston Villa 3 in the late kick-off.", "1"),
    ("The Centre Party won 61 seats, the Green Alliance 52 and the Northern League 14.", "52"),
    (
      "In the final count, the Liberal Democrats 72 and the SNP nine, with Plaid Cymru on four.",
      "72"
    ),
    ("Of the new MPs, Sinn Fein 7 and the DUP five.", "7"),
    ("The Green Party 4 and Reform UK five.", "4"),
    ("It ended Kaizer Chiefs 2 and Orlando Pirates two.", "2"),
    ("It finished Real Madrid 4, Barcelona nil, at the Bernabeu.", "4"),
    ("Final score: Kaizer Chiefs 3, Orlando Pirates nil.", "3"),
    ("At half-time it was Manchester United 2, Chelsea nil.", "2"),
    ("The count ended Liberal Democrats 72.", "72"),
    ("By dawn the Social Democrats 41, the count showed.", "41"),
  ])
  func aNumberAfterANameThatCountsOrScoresStays(_ sentence: String, _ text: String) {
    #expect(figure(text, in: sentence) != nil, "\(figures(sentence).map(\.text))")
  }
}

/// A scale word that repeats digits already written to the unit, "type N" labels and the
/// headlines under a "Related Topics" heading.
@Suite("Figure classes misread: scales, labels and link lists")
struct FigureClassesMisreadScaleTests {
  @Test(arguments: [
    ("The candidate polled 8,794,726 million votes to win.", "8,794,726 million", "8794726"),
    ("Turnout was 25,587,223 million, the commission said.", "25,587,223 million", "25587223"),
    ("Officials counted 2,100,450 million ballots by noon.", "2,100,450 million", "2100450"),
  ])
  func aScaleAfterDigitsThatReachItRepeatsThem(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    ("The plan costs 1,500 million euros.", "1,500 million euros", "1500000000"),
    ("Some 1500 million people live there.", "Some 1500 million", "1500000000"),
    ("The bank held $1,234,567 million in deposits.", "$1,234,567 million", "1234567000000"),
  ])
  func aScaleAfterDigitsBelowItOrAfterMoneyStillScales(
    _ sentence: String, _ text: String, _ value: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    ("The government borrowed 1,200,000 million yen.", "1200000000000"),
    ("Reserves stood at 1,000,000 million barrels.", "1000000000000"),
    ("The clip passed 10,000,000 million views.", "10000000000000"),
    ("The budget is 14,460,000 million rupees.", "14460000000000"),
    ("The state borrowed USD 1,234,567 million last year.", "1234567000000"),
    ("Revenue reached Rs 14,460,125 million in the year.", "14460125000000"),
    ("Deposits rose to KSh 5,612,345 million by June.", "5612345000000"),
    ("The debt is EUR 1,350,125 million, the office said.", "1350125000000"),
    ("The account showed N 2,512,000 million in arrears.", "2512000000000"),
    ("The bill came to 1,234,567 million euros.", "1234567000000"),
  ])
  func aRoundNumberOfMillionsOrMoneyStillScales(_ sentence: String, _ value: String) throws {
    let found = try #require(
      figures(sentence).first { $0.text.contains("million") }, "\(figures(sentence).map(\.text))")
    #expect(found.value == Decimal(string: value))
  }

  @Test(arguments: [
    "People with type 2 diabetes are at higher risk.",
    "The trial made a type 1 error, the review found.",
  ])
  func aNumberAfterLowercaseTypeIsALabel(_ sentence: String) {
    #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.text))")
  }

  @Test func theHeadlinesUnderRelatedTopicsAreNoFigures() {
    let text = """
      The river rose 2 metres overnight.

      Related Topics
      Floods: A third of the country is under water
      Climate change: Five charts that explain the year
      """
    #expect(figures(text).map(\.text) == ["2 metres"])
  }
}
