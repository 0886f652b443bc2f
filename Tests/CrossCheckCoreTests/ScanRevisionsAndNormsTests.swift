import Foundation
import Testing

@testable import CrossCheckCore

/// A first estimate and its revision in one sentence are one measure at two moments; a limit
/// that is its clause's subject is a norm, not a measurement; a part and its whole stay
/// apart across reports; a fate right after another figure is that figure's.
@Suite("Scan revisions and norms")
struct ScanRevisionsAndNormsTests: ScanArticleFixtures {
  @Test func aRevisionAndItsFirstEstimateAreOffered() {
    let suggestions = self.suggestions([
      "Revisions: June was cut to 86,000 (from 118,000), the department said on Friday.\n"
    ])
    #expect(suggestions.contains { holds($0, ["86,000", "118,000"]) })
    let pair = suggestions.first { holds($0, ["86,000", "118,000"]) }
    #expect(pair?.reasons.contains(.timeDifference) == true)
  }

  @Test func aFigureFirstReportedIsLinkedToItsRevision() throws {
    let (profiles, topics) = self.profiles([
      "July's gain, first reported as 97,000, was revised to 105,000.\n"
    ])
    let first = try profile("97,000", in: profiles)
    let revised = try profile("105,000", in: profiles)
    #expect(first.period == .earlier)
    let score = try #require(PairScore.score(first, revised, topics: topics))
    #expect(score.sameness >= Revision.sameness)
  }

  @Test func aCorrectionAsFirstReportedSkipsTheWhole() throws {
    let (profiles, topics) = self.profiles([
      "Officials now say 10 of the train's 17 coaches left the track, not eight as first reported.\n"
    ])
    let whole = try profile("17", in: profiles)
    #expect(whole.partStart != nil)
    let score = try #require(
      PairScore.score(
        try profile("eight", in: profiles), try profile("10", in: profiles), topics: topics))
    #expect(score.sameness >= Revision.sameness)
  }

  @Test func aSentenceWithoutARevisionLinksNothing() throws {
    let (profiles, _) = self.profiles([
      "The unemployment rate rose to 4.3% from 4.2% in August.\n"
    ])
    #expect(try profile("4.2%", in: profiles).antecedent == nil)
  }

  @Test func aLimitAsTheSubjectIsANorm() throws {
    let (profiles, topics) = self.profiles([
      "The train was running at about 85km/h on a section where the speed limit had been cut to 65km/h.\n",
      "The train should have slowed to 40 mph on that stretch, the spokesman said.\n",
    ])
    let speed = try profile("about 85km/h", in: profiles)
    let limit = try profile("65km/h", in: profiles)
    #expect(!speed.measure.isNorm)
    #expect(limit.measure.isNorm)
    // A modal reports a request as often as a rule: no norm on its own.
    #expect(try !profile("40 mph", in: profiles).measure.isNorm)
    let score = try #require(PairScore.score(speed, limit, topics: topics))
    #expect(score.conflict)
  }

  @Test func aFateRightAfterAnotherFigureIsThatFigures() throws {
    let (profiles, _) = self.profiles([
      "At least 24 passengers were killed and 87 injured when ten coaches derailed.\n"
    ])
    #expect(try profile("ten", in: profiles).outcome == nil)
    #expect(try profile("87", in: profiles).outcome != nil)
  }

  @Test func aPartAndAnotherReportsWholeAreApart() throws {
    let (profiles, topics) = self.profiles([
      "Railway officials say 10 of the train's 17 coaches left the track.\n",
      "Nine of the 17 cars of the express jumped the tracks.\n",
    ])
    let part = try profile("10", in: profiles)
    let whole = try profile("17", in: profiles, source: 1)
    let score = try #require(PairScore.score(part, whole, topics: topics))
    #expect(score.conflict)
    let otherPart = try profile("Nine", in: profiles)
    #expect(PairScore.score(part, otherPart, topics: topics)?.conflict == false)
  }

  @Test func coachesAndCarsCountOneThing() throws {
    let (profiles, _) = self.profiles([
      "Ten coaches of the express derailed near the station.\n",
      "Nine cars of the express jumped the tracks.\n",
    ])
    let coaches = try profile("Ten", in: profiles)
    let cars = try profile("Nine", in: profiles)
    #expect(PairScore.countedNounFactor(coaches, cars) == 1)
  }

  @Test func aParticipleOfChangeMakesAChangeAndItsLevel() {
    let sentence = "Employers added 142,000 jobs, with the unemployment rate climbing 0.1% to 4.3%."
    #expect(figure("0.1%", in: sentence) != nil)
    #expect(figure("4.3%", in: sentence) != nil)
  }
}
