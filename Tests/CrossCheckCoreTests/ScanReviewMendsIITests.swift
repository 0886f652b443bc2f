import Foundation
import Testing

@testable import CrossCheckCore

/// Mends after a reviewer's probe of this session's scan rules with invented articles: a degree
/// word grades a count only when it grades a harm ("seriously injured"), not the event ("severe
/// weather killed 14"); a hedge of one significant figure reaches a share of itself, not a
/// whole order ("more than 1,000" is no hedge of 1,900); a comparison with another holder or at
/// the same time is no series; a factor is no count of occurrences.
@Suite("Scan review mends II")
struct ScanReviewMendsIITests: ScanArticleFixtures {
  @Test(arguments: [
    ("Severe weather killed 14 people in the province on Thursday.\n", "14"),
    ("Two people died in a serious crash on the motorway on Thursday.\n", "Two"),
    ("A mass grave containing 440 bodies was found near the town.\n", "440"),
    ("Doctors treated 300 patients amid a critical shortage of beds.\n", "300"),
    ("The city badly needs 5,000 new homes, the mayor said.\n", "5,000"),
  ])
  func aDegreeOfTheEventIsNoDegreeOfTheCount(_ text: String, _ figure: String) throws {
    let (profiles, _) = self.profiles([text])
    #expect(try !profile(figure, in: profiles).measure.isSevere)
  }

  @Test(arguments: [
    ("Of the injured, 740 were in a serious condition, officials said.\n", "740"),
    ("More than 800 people have serious injuries, the ministry says.\n", "More than 800"),
    ("The blast left 120 people seriously injured.\n", "120"),
    ("The storm badly damaged 9,000 homes.\n", "9,000"),
  ])
  func aDegreeOfAHarmGradesTheCount(_ text: String, _ figure: String) throws {
    let (profiles, _) = self.profiles([text])
    #expect(try profile(figure, in: profiles).measure.isSevere)
  }

  @Test func deathTollsOfOneEventStillPairWhenTheEventIsSevere() {
    let texts = [
      "Severe weather killed 14 people in the northern province on Thursday.\n",
      "Storms killed 17 people in the northern province on Thursday.\n",
    ]
    #expect(suggestions(texts).contains { holds($0, ["14", "17"]) })
  }

  @Test(arguments: [
    ("More than 1,000 people were killed.", "More than 1,000", "It killed 1,900 people.", "1,900"),
    ("About 100 schools were destroyed.", "About 100", "It destroyed 146 schools.", "146"),
    ("At least 200 clinics were shut.", "At least 200", "It shut 290 clinics.", "290"),
  ])
  func aRoundHedgeReachesAShareOfItselfNotAWholeOrder(
    hedgedText: String, hedged: String, exactText: String, exact: String
  ) throws {
    let a = try #require(
      FigureExtractor.extract(from: hedgedText, source: SourceID("a")).first { $0.text == hedged })
    let b = try #require(
      FigureExtractor.extract(from: exactText, source: SourceID("b")).first { $0.text == exact })
    let found = ScanReasons.reasons(
      for: [(a, "2026-03-12"), (b, "2026-03-12")],
      rates: RateSources(session: RateTable(), reference: .none))
    #expect(!found.contains(.hedgeDifference))
    #expect(found.contains(.contradiction))
  }

  @Test(arguments: [
    "Men earned 15.20 pounds an hour last year, compared with 13.10 pounds for women last year.\n",
    "The vaccine was 91 percent effective in the 2021 trial, compared with 67 percent for the rival shot in the 2021 trial.\n",
    "Exports rose 4.1 per cent last year, compared with 3.2 per cent for imports.\n",
  ])
  func aComparisonWithAnotherHolderOrAtTheSameTimeIsNoSeries(_ text: String) throws {
    let (profiles, _) = self.profiles([text])
    #expect(profiles.allSatisfy { $0.comparedStart == nil })
  }

  @Test(arguments: [
    "Net income was $292 million, compared with $170 million a year earlier.\n",
    "Revenue was $588 million, compared with $576 million for the same period a year ago.\n",
  ])
  func aComparisonWithAnEarlierTimeIsStillASeries(_ text: String) throws {
    let (profiles, _) = self.profiles([text])
    #expect(profiles.contains { $0.comparedStart != nil })
  }

  @Test func aFactorIsNoCountOfOccurrences() {
    let texts = [
      "United doubled their lead before half-time at the stadium on Saturday.\n",
      "The striker scored twice before half-time at the stadium on Saturday.\n",
    ]
    #expect(!suggestions(texts).contains { holds($0, ["doubled", "twice"]) })
  }
}
