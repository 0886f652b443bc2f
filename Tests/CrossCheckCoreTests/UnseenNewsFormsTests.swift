import Foundation
import Testing

@testable import CrossCheckCore

/// Forms of sport, markets, studies, courts and elections that no devset article is written in:
/// set scores listed after a result, race times to a fraction of a second, cricket scores, a
/// move in basis points to a level in percent, ages, and subjects said once for two figures.
@Suite("Unseen news forms")
struct UnseenNewsFormsTests {
  // MARK: - Sport

  @Test func everySetOfAListedMatchIsATally() {
    let sentence =
      "Carlos Alcaraz beat Novak Djokovic 1-6, 7-6 (8-6), 6-1, 3-6, 6-4 in four hours."
    let found = figures(sentence)
    for score in ["1-6", "7-6", "8-6", "6-1", "3-6", "6-4"] {
      #expect(
        found.first { $0.text == score }?.kind == .tally, "\(score): \(found.map(\.text))")
    }
    #expect(!found.contains { $0.low != nil }, "\(found.map(\.text))")
  }

  @Test func bandsListedWithoutAResultStayRanges() {
    let found = figures("Children aged 3-5, 6-8 and 9-11 took part.")
    #expect(!found.contains { $0.kind == .tally }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    ("Kipyegon set a world record of 3:49.11 in the 1500m.", "3:49.11", "229.11"),
    ("He won the 800m in 1:45.2.", "1:45.2", "105.2"),
  ])
  func minutesAndSecondsToAFractionAreADuration(
    _ sentence: String, _ text: String, _ seconds: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "second")
    #expect(found.value == Decimal(string: seconds))
    #expect(!figures(sentence).contains { $0.kind == .count }, "\(figures(sentence).map(\.text))")
  }

  @Test(arguments: [
    ("India made 287 for 6 in their 50 overs.", "287 for 6", "287", "6"),
    ("Pakistan were 45 for two at lunch.", "45 for two", "45", "2"),
    ("India were 287/6 at stumps.", "287/6", "287", "6"),
    ("He took 5 for 32 in 10 overs.", "5 for 32", "5", "32"),
  ])
  func aCricketScoreIsOneTallyOfTwoParts(
    _ sentence: String, _ text: String, _ first: String, _ second: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .tally)
    #expect(found.components == [Decimal(string: first)!, Decimal(string: second)!])
  }

  @Test(arguments: ["On 12/5 the talks began.", "The pair were jailed 5 for 2 years."])
  func aDayAndMonthOrACountForAPeriodIsNoScore(_ sentence: String) {
    #expect(!figures(sentence).contains { $0.kind == .tally }, "\(figures(sentence).map(\.text))")
  }

  // MARK: - Markets

  @Test func aMoveInBasisPointsToALevelInPercentIsTwoFigures() throws {
    let sentence = "The two-year yield added 5bp to 5.01%."
    let move = try #require(figure("5bp", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(move.unit == "basis_point")
    #expect(figure("5.01%", in: sentence)?.unit == "percent")
  }

  @Test func pointsAfterWhatAPercentageIsOfArePercentagePoints() throws {
    let sentence = "Labour won on 33.7% of the vote, up 1.6 points from 2019."
    let found = try #require(figure("1.6 points", in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.unit == "percentage_point")
  }

  // MARK: - Subjects

  @Test(arguments: [
    ("The unemployment rate was 3.9%, up from 3.5% a year earlier.", "3.5%", "unemployment rate"),
    (
      "Core inflation ran at 3.8% in the year to August, down from 4.2% in July.", "4.2%",
      "inflation"
    ),
    ("Labour won on 33.7% of the vote, up 1.6 points from 2019.", "1.6 points", "vote"),
  ])
  func aPercentageComparedWithTheOneBeforeMeasuresTheSame(
    _ sentence: String, _ text: String, _ subject: String
  ) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.subject?.contains(subject) == true, "\(found.subject ?? "nil")")
  }

  @Test func aCountOfThemInTheNextSentenceCountsWhatTheFigureBeforeCounted() throws {
    // The counts of fraud, noted twice, are the article's topic: the fallback without the rule.
    let article =
      "He admitted three counts of fraud and two counts of theft. Police said 26 people had "
      + "been arrested. 14 of them have been charged."
    let found = try #require(figure("14", in: article), "\(figures(article).map(\.text))")
    #expect(found.subject == "people", "\(found.subject ?? "nil")")
    #expect(found.subjectInferred)
  }

  // MARK: - Ages

  @Test(arguments: [("At 21 he joined the bank.", "21"), ("At 16, she left school.", "16")])
  func aNumberAfterAnOpeningAtBeforeAPronounIsAnAge(_ sentence: String, _ text: String) throws {
    let found = try #require(figure(text, in: sentence), "\(figures(sentence).map(\.text))")
    #expect(found.kind == .duration)
    #expect(found.unit == "year")
    #expect(found.subject == "age")
  }

  @Test(arguments: ["At 40, the index was flat.", "At 5 p.m. he left."])
  func aNumberAfterAtBeforeAnythingElseIsNoAge(_ sentence: String) {
    #expect(
      !figures(sentence).contains { $0.kind == .duration }, "\(figures(sentence).map(\.text))")
  }

  // MARK: - Not measurements

  @Test(arguments: [
    ("Google released Android 15 in October.", "15"),
    ("The Pixel 9 has a brighter screen.", "9"),
    ("A flat in Zone 2 costs £575 a week.", "2"),
    ("Its Gen 3 chips are faster.", "3"),
  ])
  func aNumberThatNamesAVersionOrZoneIsNoFigure(_ sentence: String, _ text: String) {
    #expect(!figures(sentence).contains { $0.text == text }, "\(figures(sentence).map(\.text))")
  }

  @Test func anEqualsSignOutsideAQueryIsNoWebAddress() throws {
    let sentence = "The result was significant (p=0.004)."
    let found = try #require(figures(sentence).first, "no figure")
    #expect(found.value == Decimal(string: "0.004"))
    #expect(figures("See https://x.com/a?id=123456 for more.").isEmpty)
  }
}
