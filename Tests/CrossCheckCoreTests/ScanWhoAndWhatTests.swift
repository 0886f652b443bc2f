import Foundation
import Testing

@testable import CrossCheckCore

/// Who a figure belongs to and what it measures, across outlets that word them differently: a
/// name whose verb the sentence leaves out, a spell of time counted to now, and the words news
/// uses for one crowd or one deal.
@Suite("Who and what a figure measures")
struct ScanWhoAndWhatTests: ScanArticleFixtures {
  @Test(arguments: [
    "With most ballots counted, Ana Ruiz had 52.1% and Senator Pablo Ortiz 47.9%, officials said.\n",
    "Ana Ruiz won 52.1% while Pablo Ortiz 47.9%, according to the count.\n",
    "The Greens took 52.1% and the Liberals 47.9% of the vote in the district.\n",
  ])
  func aNameWhoseVerbIsLeftOutHoldsItsFigureOnlyAfterAHeldFigure(_ text: String) throws {
    let (profiles, _) = self.profiles([
      text, "Prices rose 4.1% and Lisbon 3.2% of households said they had cut spending.\n",
      "Officials met 12 times and President Okoro 3 times this year.\n",
    ])
    let first = try profile("52.1%", in: profiles)
    let second = try profile("47.9%", in: profiles)
    #expect(first.holder != nil)
    #expect(second.holder != nil)
    #expect(first.holder != second.holder)
    // A name right before a figure whose verb holds no name before it ("rose", "met") is no
    // gapped holder.
    #expect(try profile("3.2%", in: profiles).holder == nil)
    #expect(try profile("3", in: profiles).holder == nil)
  }

  @Test func theSameNamesShareAcrossOutletsMeetsNotTheRivals() throws {
    let (profiles, topics) = self.profiles([
      "With 97% of votes tallied, Ana Ruiz had 55.6% and Pablo Ortiz 44.4%, the electoral body said.\n",
      "Pablo Ortiz won 44.9% of the vote against 55.1% for Ana Ruiz in the runoff.\n",
    ])
    let ortiz = try profile("44.4%", in: profiles)
    let ortizAgain = try profile("44.9%", in: profiles)
    let ruizAgain = try profile("55.1%", in: profiles)
    let rival = try #require(PairScore.score(ortiz, ruizAgain, topics: topics))
    #expect(rival.conflict)
    let same = try #require(PairScore.score(ortiz, ortizAgain, topics: topics))
    #expect(!same.conflict)
    #expect(same.sameness > rival.sameness)
  }

  @Test(arguments: [
    "Shareholders backed the merger, which the two banks agreed 18 months ago, on Tuesday.\n",
    "Regulators approved the merger, which the two firms had agreed two years earlier, on Friday.\n",
  ])
  func aSpellBeforeAgoIsTheTimeSinceNotAnEarlierPeriod(_ text: String) throws {
    let (profiles, _) = self.profiles([
      text, "The company had 4,200 employees two years ago, the filing shows.\n",
    ])
    let spell = try #require(profiles.first { $0.source == 0 && $0.measure.dimension == .duration })
    #expect(spell.period == .current)
    // A figure that is no spell, before one with "ago", is still of the earlier period.
    #expect(try profile("4,200", in: profiles).period == .earlier)
  }

  @Test func spellsOfOneDealAcrossOutletsMeet() {
    let suggestions = self.suggestions([
      "Halvorsen Foods now owns the Dairy Union. Getting the merger past competition authorities took almost 19 months.\n",
      "Halvorsen Foods agreed its $4 billion takeover of the Dairy Union 18 months ago, and antitrust officials in Oslo cleared it on Monday.\n",
      "The Dairy Union acquisition by Halvorsen Foods closed after 17 months of scrutiny from antitrust officials.\n",
    ])
    #expect(
      suggestions.contains {
        holds($0, ["almost 19 months", "18 months"]) || holds($0, ["18 months", "17 months"])
          || holds($0, ["almost 19 months", "17 months"])
      })
  }

  @Test func aCrowdItsFansAndItsSpectatorsAreOneTerm() throws {
    let (profiles, _) = self.profiles([
      "Rovers beat City 2-1 in the cup final, watched by a crowd of more than 80,000 at Lakeside Park.\n",
      "Rovers took the cup at Lakeside Park, where about 95,000 fans saw City lose 2-1.\n",
      "The final at Lakeside Park drew 90,000 spectators, who saw Rovers beat City.\n",
    ])
    let fans = try #require(try profile("about 95,000", in: profiles).countedNoun)
    #expect(try profile("90,000", in: profiles).countedNoun == fans)
    #expect(try profile("more than 80,000", in: profiles).context.weight(of: fans) > 0)
  }

  @Test(arguments: [
    "The ministry said 2,300 people were injured, of whom 740 were in a serious condition.\n",
    "The blast hurt 2,300 people and 740 were critically injured, officials said.\n",
    "Hospitals treated 2,300 injured people; 740 of them had severe burns.\n",
  ])
  func aCountOfTheWorstHitIsNoCountOfAll(_ text: String) throws {
    let (profiles, topics) = self.profiles([
      text, "More than 800 people have serious injuries, the health ministry says.\n",
      "The number of injured rose to 2,450, the health ministry says.\n",
    ])
    let part = try profile("740", in: profiles)
    let all = try profile("2,450", in: profiles)
    let otherPart = try profile("More than 800", in: profiles)
    #expect(part.measure.isSevere)
    #expect(otherPart.measure.isSevere)
    #expect(!all.measure.isSevere)
    #expect(try !profile("2,300", in: profiles).measure.isSevere)
    let apart = try #require(PairScore.score(otherPart, all, topics: topics))
    #expect(apart.conflict)
    let same = try #require(PairScore.score(part, otherPart, topics: topics))
    #expect(!same.conflict)
  }

  @Test func aDegreeBeforeTheCountMakesItTheWorstHitToo() throws {
    let (profiles, topics) = self.profiles([
      "The storm destroyed 2,100 homes and severely damaged 9,000 others, the agency said.\n",
      "About 8,500 houses were badly damaged by the storm, while 12,000 homes lost power.\n",
    ])
    let before = try profile("9,000", in: profiles)
    let after = try profile("About 8,500", in: profiles)
    #expect(before.measure.isSevere)
    #expect(after.measure.isSevere)
    #expect(try !profile("2,100", in: profiles).measure.isSevere)
    #expect(try !profile("12,000", in: profiles).measure.isSevere)
    let same = try #require(PairScore.score(before, after, topics: topics))
    #expect(!same.conflict)
  }
}
