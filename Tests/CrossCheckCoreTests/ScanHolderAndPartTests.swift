import Foundation
import Testing

@testable import CrossCheckCore

/// Whose figure it is (the name its clause gives it to) and whether it counts a part of a
/// whole: figures held by different names, and a part against another report's total, are
/// different measures however alike their words.
@Suite("Whose figure it is, and parts of a whole")
struct ScanHolderAndPartTests: ScanArticleFixtures {
  @Test func sharesTheirClausesGiveToDifferentNamesAreTwoMeasures() throws {
    let (profiles, topics) = self.profiles([
      "The latest count has Gabriel Mora on 41.2% and Lucia Vidal on 38.5% of the vote.\n",
      "Gabriel Mora won 41.0% of the vote in the first round, against 38.9% for Lucia Vidal.\n",
    ])
    let mora = try profile("41.2%", in: profiles)
    let vidal = try profile("38.5%", in: profiles)
    let moraAgain = try profile("41.0%", in: profiles)
    let vidalAgain = try profile("38.9%", in: profiles)
    #expect(mora.holder != nil && mora.holder == moraAgain.holder)
    #expect(vidal.holder != nil && vidal.holder == vidalAgain.holder)
    #expect(mora.holder != vidal.holder)
    let crosswise = try #require(PairScore.score(vidal, moraAgain, topics: topics))
    #expect(crosswise.conflict)
    let same = try #require(PairScore.score(vidal, vidalAgain, topics: topics))
    #expect(!same.conflict)
    #expect(same.sameness > crosswise.sameness)
  }

  @Test func aDayOrAPlaceMerelyNearIsNoHolder() throws {
    let (profiles, _) = self.profiles([
      "Turnout reached 64.3% on Sunday, and officials in Santiago said 2,100 polling stations opened late.\n",
      "The count in March with 91.5% of stations reporting was slow.\n",
    ])
    #expect(try profile("64.3%", in: profiles).holder == nil)
    #expect(try profile("2,100", in: profiles).holder == nil)
    #expect(try profile("91.5%", in: profiles).holder == nil)
  }

  @Test func aPartOfAWholeIsNotAnotherReportsTotal() throws {
    let (profiles, _) = self.profiles([
      "The institute has logged more than 400 aftershocks since Monday, 27 of them strong enough to be felt.\n",
      "More than 120 aftershocks had been recorded by Tuesday morning, the institute said.\n",
      "Of the 200 aftershocks recorded so far, 31 were strong enough to be felt.\n",
    ])
    let part = try profile("27", in: profiles)
    let total = try profile("More than 120", in: profiles)
    let otherPart = try profile("31", in: profiles)
    #expect(part.partPredicate != nil)
    #expect(total.partPredicate == nil)
    #expect(PairScore.isPartAgainstTotal(part, total))
    // Another report's part singled out the same way is the same measure.
    #expect(!PairScore.isPartAgainstTotal(part, otherPart))
  }

  @Test func aPartSingledOutAsTheOtherReportsTotalIsTheSameMeasure() throws {
    let (profiles, _) = self.profiles([
      "Police said 236 people were detained during the march, and that 41 of them had been formally arrested.\n",
      "Officers said 41 people had been arrested after the march.\n",
    ])
    let part = try profile("41", in: profiles, source: 0)
    let total = try profile("41", in: profiles, source: 1)
    #expect(part.partPredicate != nil)
    #expect(!PairScore.isPartAgainstTotal(part, total))
  }

  @Test func aSentenceOpeningWithItsWholeMakesItsFiguresParts() throws {
    let (profiles, _) = self.profiles([
      "Of the fatalities, 47 were in the coastal province and 19 inland.\n",
      "Of course, 52 people were killed in the quake, officials said.\n",
      "The quake killed 68 people, including 12 children, officials said.\n",
    ])
    #expect(try profile("47", in: profiles).partPredicate != nil)
    #expect(try profile("52", in: profiles).partPredicate == nil)
    #expect(try profile("68", in: profiles).partPredicate == nil)
    #expect(try profile("12", in: profiles).partPredicate != nil)
  }

  @Test func aSubjectBeforeAnAppositionHoldsTheFigureOfItsVerb() throws {
    let (profiles, _) = self.profiles([
      "Gabriel Mora, a former senator making his third run, won 41.2% of the vote.\n",
      "Lucia Vidal took 38.5% of the vote.\n",
    ])
    let mora = try profile("41.2%", in: profiles)
    #expect(mora.holder != nil)
    #expect(mora.holder != (try profile("38.5%", in: profiles)).holder)
  }

  @Test func theStrongestOfThemIsOneMemberOfAWhole() throws {
    let (profiles, _) = self.profiles([
      "More than 120 aftershocks were recorded, the strongest of them magnitude 5.2, the institute said.\n"
    ])
    #expect(try profile("magnitude 5.2", in: profiles).partPredicate != nil)
    #expect(try profile("More than 120", in: profiles).partPredicate == nil)
  }

  @Test func theValueAChangeStartedFromIsAnotherReportsEarlierReading() throws {
    let (profiles, _) = self.profiles([
      "Police estimated Sunday's crowd at about 120,000, up from about 85,000 the previous Sunday.\n",
      "Police put Sunday's crowd at about 90,000, officials said.\n",
    ])
    let baseline = try profile("about 85,000", in: profiles)
    let other = try profile("about 90,000", in: profiles)
    #expect(baseline.isBaseline)
    #expect(!other.isBaseline)
    #expect(PairScore.periodFactor(baseline, other) == 0.35)
  }

  @Test func figuresOfWholesOfClearlyDifferentSizesAreOfDifferentThings() throws {
    let (profiles, topics) = self.profiles([
      "In the upper house, where 23 of the 50 seats were contested, the coalition came first.\n",
      "The coalition won 63 of the 155 seats in the lower house.\n",
      "The coalition took 61 seats in the lower house.\n",
    ])
    let upper = try profile("23", in: profiles)
    let lower = try profile("63", in: profiles)
    let upperWhole = try profile("50", in: profiles)
    let lowerWhole = try profile("155", in: profiles)
    #expect(upper.partitiveWhole == 50 && upperWhole.partitiveWhole == 50)
    #expect(lower.partitiveWhole == 155 && lowerWhole.partitiveWhole == 155)
    #expect(PairScore.isOfAnotherWhole(upper, lower))
    #expect(PairScore.isOfAnotherWhole(upperWhole, lowerWhole))
    let apart = try #require(PairScore.score(upper, lower, topics: topics))
    #expect(apart.conflict)
    // A figure of no such phrase is left to the other rules.
    #expect(!PairScore.isOfAnotherWhole(lower, try profile("61", in: profiles)))
  }

  /// A part that is most of its whole ("38 of the 50 seats") against another report of the
  /// part ("36 seats") is the same measure: the other value is nearer the part than the whole.
  @Test func aLargePartAgainstAnotherReportOfItIsNoOtherWhole() throws {
    let (profiles, _) = self.profiles([
      "The ruling party won 38 of the 50 seats in the assembly.\n",
      "The ruling party won 36 seats in the assembly.\n",
      "The assembly has 49 seats in all.\n",
    ])
    let part = try profile("38", in: profiles)
    #expect(part.partitiveWhole == 50)
    #expect(!PairScore.isOfAnotherWhole(part, try profile("36", in: profiles)))
    // A value nearer the whole than the part is that whole.
    #expect(PairScore.isOfAnotherWhole(part, try profile("49", in: profiles)))
  }
}
