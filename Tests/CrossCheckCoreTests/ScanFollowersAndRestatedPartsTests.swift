import Foundation
import Testing

@testable import CrossCheckCore

/// A share of the people a name gathers ("one in three Mora voters") is that name's, and a
/// bare "N of the M" borrows no subject from the article's topic: two ways a figure was made to
/// look like another it does not measure.
@Suite("Followers' shares and restated parts")
struct ScanFollowersAndRestatedPartsTests: ScanArticleFixtures {
  @Test func aShareOfANamesFollowersIsHeldByThatName() throws {
    let (profiles, topics) = self.profiles([
      "Her campaign chief said she could win one in three Mora voters in the runoff.\n",
      "Lucia Vidal won 34.1% of the valid votes, ahead of Gabriel Mora on 30.2%.\n",
    ])
    let followers = try profile("one in three", in: profiles)
    let vidal = try profile("34.1%", in: profiles)
    let mora = try profile("30.2%", in: profiles)
    #expect(followers.holder != nil)
    #expect(followers.holder == mora.holder)
    let score = try #require(PairScore.score(followers, vidal, topics: topics))
    #expect(score.conflict)
  }

  @Test func aNameWithNoNounOfPeopleAfterItHoldsNoShare() throws {
    let (profiles, _) = self.profiles([
      "Floodwater covered 52 per cent of Kaziranga National Park on Monday.\n",
      "Nearly 40% of Labour members backed the motion.\n",
    ])
    #expect(try profile("52 per cent", in: profiles).holder == nil)
    #expect(try profile("Nearly 40%", in: profiles).holder != nil)
  }

  @Test func aPartOfAWholeBorrowsNoSubjectFromTheTopic() throws {
    let text = """
      The rest will be passed on in three annual tranches from 2026 to 2028.

      Who has to approve it?
      A qualified majority requires the backing of 55% of member states (15 of the 27) representing at least 65% of the population.

      """
    let (profiles, topics) = self.profiles([text])
    let tranches = try profile("three", in: profiles)
    let part = try profile("15", in: profiles)
    let whole = try profile("27", in: profiles)
    #expect(!tranches.subjects.isEmpty)
    #expect(PairScore.subjectOverlap(tranches.subjects, part.subjects) == 0)
    #expect(PairScore.subjectOverlap(tranches.subjects, whole.subjects) == 0)
    let score = try #require(PairScore.score(tranches, part, topics: topics))
    #expect(score.sameness < SuggestionGrouper.oneArticleThreshold)
  }
}
