import Foundation
import Testing

@testable import CrossCheckCore

/// A person's age is no spell of time ("Okafor, 32," against "30 years in prison"), and a
/// count of those still waiting ("175 bodies yet to be identified") is no count of the done
/// ones ("180 bodies had been identified").
@Suite("Ages and remainders")
struct ScanAgeAndRemainderTests: ScanArticleFixtures {
  @Test func anAgeNeverPairsWithASpellOfTime() throws {
    let (profiles, topics) = self.profiles([
      "Okafor, 32, was sentenced to 30 years in prison by the court on Thursday.\n",
      "The court sentenced Okafor to 33 years in prison, and the 31-year-old will appeal.\n",
    ])
    let age = try profile("32", in: profiles)
    let spell = try profile("33 years", in: profiles)
    let otherAge = try profile("31-year-old", in: profiles)
    #expect(age.measure.isAge)
    #expect(!spell.measure.isAge)
    #expect(PairScore.score(age, spell, topics: topics) == nil)
    #expect(PairScore.score(otherAge, spell, topics: topics) == nil)
    // Two ages still meet.
    #expect(PairScore.score(age, otherAge, topics: topics) != nil)
    let found = suggestions([
      "Okafor, 32, was sentenced to 30 years in prison by the court on Thursday.\n",
      "The court sentenced Okafor to 33 years in prison, and the 31-year-old will appeal.\n",
    ])
    #expect(!found.contains { holds($0, ["32", "33 years"]) })
  }

  @Test func aRemainderIsNoCountOfTheDoneOnes() throws {
    let texts = [
      "Officials said 180 bodies had been identified at the city mortuary by Sunday.\n",
      "With 175 bodies yet to be identified at the city mortuary, officials appealed to families.\n",
      "Officials said 170 bodies were yet to be identified at the city mortuary on Monday.\n",
    ]
    let (profiles, topics) = self.profiles(texts)
    let done = try profile("180", in: profiles)
    let waiting = try profile("175", in: profiles)
    let stillWaiting = try profile("170", in: profiles)
    #expect(waiting.measure.isRemainder)
    #expect(!done.measure.isRemainder)
    #expect(PairScore.score(done, waiting, topics: topics)?.conflict == true)
    #expect(PairScore.score(waiting, stillWaiting, topics: topics)?.conflict == false)
    let found = suggestions(texts)
    #expect(!found.contains { holds($0, ["180", "175"]) })
    #expect(found.contains { holds($0, ["175", "170"]) })
  }
}
