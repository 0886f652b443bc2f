import Foundation
import Testing

@testable import CrossCheckCore

/// Figures alike in words and values that still measure different things: the two sides of a
/// vote's tally, several holders' joint figure against one holder's, two readings of a count's
/// progress, a vague amount vouching for a pair, and an ordinal of one series against a count
/// of another thing.
@Suite("Alike figures of different measures")
struct ScanPrecisionRulesTests: ScanArticleFixtures {
  @Test func theTwoSidesOfVoteTalliesAreNotOffered() {
    let found = suggestions([
      "Council passes flood budget\n\nThe regional council approved the flood budget by 31 votes to 4 on Monday, its chairman said.\n",
      "Flood budget approved\n\nThe regional council backed the flood budget by 48 votes to 29 on Monday, its chairman said.\n",
    ])
    #expect(!found.contains { holds($0, ["31", "29"]) })
  }

  @Test func aTallysSidesAreReadAfterByAndAfterTo() throws {
    let (profiles, topics) = self.profiles([
      "The committee approved the plan by 31 votes to 4 on Monday.\n",
      "The council passed it by a margin of 33 votes to four.\n",
      "Parliament backed the increase by 498 votes to 91, with 46 abstentions.\n",
      "The toll rose to 41 on Monday.\n",
    ])
    #expect(try profile("31", in: profiles).measure.tallySide == .first)
    #expect(try profile("4", in: profiles).measure.tallySide == .second)
    #expect(try profile("33", in: profiles).measure.tallySide == .first)
    #expect(try profile("four", in: profiles).measure.tallySide == .second)
    #expect(try profile("91", in: profiles).measure.tallySide == .second)
    #expect(try profile("46", in: profiles).measure.tallySide == TallySide.none)
    #expect(try profile("41", in: profiles).measure.tallySide == TallySide.none)
    let opposite = try #require(
      PairScore.score(
        try profile("31", in: profiles), try profile("91", in: profiles), topics: topics))
    #expect(opposite.conflict)
  }

  @Test func severalHoldersJointShareIsNotOneHoldersShare() throws {
    let texts = [
      "Mora wins first round\n\nWith most ballots in, Gabriel Mora had 31.8% of the vote against 43.6% for Lucia Vidal, the electoral service said.\n",
      "What the first round means\n\nGabriel Mora and the two other conservative candidates together won about 45% of the vote, the electoral service said.\n",
    ]
    #expect(!suggestions(texts).contains { holds($0, ["43.6%", "about 45%"]) })
    let (profiles, topics) = self.profiles(texts)
    let joint = try profile("about 45%", in: profiles)
    #expect(joint.measure.isJoint)
    #expect(!(try profile("43.6%", in: profiles)).measure.isJoint)
    let pair = try #require(
      PairScore.score(joint, try profile("43.6%", in: profiles), topics: topics))
    #expect(pair.conflict)
  }

  @Test func twoReadingsOfACountsProgressAreNotOffered() throws {
    let texts = [
      "Mora leads count\n\nWith 92.3% of polling stations counted, Gabriel Mora had 41.8% of the vote, the electoral service said.\n",
      "Live: the count\n\nThe electoral service's latest bulletin, with 99.6% of polling stations counted, has Gabriel Mora on 42.4% of the vote.\n",
    ]
    let found = suggestions(texts)
    #expect(!found.contains { holds($0, ["92.3%", "99.6%"]) })
    // The results read at those moments are still compared.
    #expect(found.contains { holds($0, ["41.8%", "42.4%"]) })
    let (profiles, _) = self.profiles(
      texts + [
        "Lucia Vidal was elected in 2020 with 51.8% of the vote cast.\n",
        "With 95% of precincts reporting on Tuesday night, the measure was passing.\n",
      ])
    #expect(try profile("92.3%", in: profiles).measure.isProgress)
    #expect(try profile("95%", in: profiles).measure.isProgress)
    #expect(!(try profile("41.8%", in: profiles)).measure.isProgress)
    #expect(!(try profile("51.8%", in: profiles)).measure.isProgress)
  }

  @Test func aSurveysShareReportingSomethingIsAResult() {
    // "reporting anxiety" takes an object: the share is what the survey found, not how far a
    // count had got, and two surveys that disagree are worth checking.
    let found = suggestions([
      "Students under strain\n\nThe university's survey of 2,000 students found high stress, with 40% of respondents reporting anxiety.\n",
      "Campus survey\n\nThe university's survey of students found high stress, with 55% of respondents reporting anxiety.\n",
    ])
    #expect(found.contains { holds($0, ["40%", "55%"]) })
  }

  @Test func aVagueAmountDoesNotVouchForOneSharedWord() {
    let found = suggestions([
      "Quake strikes coast\n\nThe quake struck late on Monday, sending thousands of coastal residents running for higher ground, officials said.\n",
      "Live updates\n\nThe civil defence office says the number of displaced residents has passed 24,000.\n",
    ])
    #expect(!found.contains { holds($0, ["thousands", "passed 24,000"]) })
  }

  @Test func anOrdinalOfOneSeriesIsNoCountOfAnotherThing() throws {
    let (profiles, topics) = self.profiles([
      "The state is reeling under the second wave of floods this season, officials said.\n",
      "The river breached an embankment at two points on Tuesday night, officials said.\n",
      "The country has been hit by floods three times this year, officials said.\n",
      "Officials said it was the fourth flood this season.\n",
    ])
    let wave = try profile("second", in: profiles)
    let points = try profile("two", in: profiles)
    #expect(OrdinalConfusion.countsOtherThings(wave, points))
    let other = try #require(PairScore.score(wave, points, topics: topics))
    let times = try profile("three", in: profiles)
    let fourth = try profile("fourth", in: profiles)
    // "Three times" and "the fourth flood": a count of no noun of its own, the classic
    // confusion still.
    #expect(!OrdinalConfusion.countsOtherThings(times, fourth))
    #expect(other.sameness < 0.35)
  }
}
