import Foundation
import Testing

@testable import CrossCheckCore

/// How two values relate: a hedged figure against an exact one within its reach differs by its
/// hedge ("more than 14,000" against 14,212); a bound reaches one step of its last digit, no
/// further ("more than 380" is no rounding of 398); and a figure in `times` ("twice",
/// "doubled") is no count of things.
@Suite("Hedges against exact values, and counts in times")
struct ScanHedgeAndTimesTests: ScanArticleFixtures {
  func reasons(_ x: Figure, _ y: Figure, dates: (String, String) = ("2026-03-12", "2026-03-13"))
    -> [ScanReason]
  {
    ScanReasons.reasons(
      for: [(x, dates.0), (y, dates.1)], rates: RateSources(session: RateTable(), reference: .none))
  }

  @Test(arguments: [
    (
      "The trial enrolled more than 14,000 patients.", "more than 14,000",
      "It enrolled 14,212 patients.", "14,212"
    ),
    ("He has made over 430 appearances.", "over 430", "He has made 435 appearances.", "435"),
    (
      "The trip takes nearly an hour.", "nearly an hour", "The trip takes 58 minutes.", "58 minutes"
    ),
    (
      "Fewer than 11,000 homes were sold.", "Fewer than 11,000", "In all 10,950 homes were sold.",
      "10,950"
    ),
    (
      "The union has more than 50,000 members.", "more than 50,000",
      "The union has 60,000 members.", "60,000"
    ),
    (
      "The sentence could be five to seven years.", "five to seven years",
      "He was sentenced to 6 1/2 years.", "6 1/2 years"
    ),
  ])
  func aHedgeAgainstAnExactValueWithinItsReachIsAHedgeDifference(
    hedgedText: String, hedged: String, exactText: String, exact: String
  ) throws {
    let a = try #require(figures(hedgedText, source: "a")[hedged])
    let b = try #require(figures(exactText, source: "b")[exact])
    let found = reasons(a, b)
    #expect(found.contains(.hedgeDifference))
    // The hedge explains the difference: no change over time, no contradiction.
    #expect(!found.contains(.contradiction))
  }

  @Test func oneValueHedgedOnceAndOnceNotDiffersByItsHedge() throws {
    let a = try #require(
      figures("At least six people died in the storm.", source: "a")["At least six"])
    let b = try #require(figures("Six people died in the storm.", source: "b")["Six"])
    #expect(reasons(a, b) == [.hedgeDifference])
    let c = try #require(figures("About 1,100 jobs will go.", source: "c")["About 1,100"])
    let d = try #require(figures("The firm will cut 1,100 jobs.", source: "d")["1,100"])
    #expect(reasons(c, d) == [.hedgeDifference])
  }

  @Test func aVagueAmountIsNoHedgeOfAnExactValue() throws {
    let vague = try #require(
      figures("Hundreds of aftershocks followed the quake.", source: "a")["Hundreds"])
    let exact = try #require(
      figures("There were 411 aftershocks by Tuesday.", source: "b")["411"])
    #expect(!reasons(vague, exact).contains(.hedgeDifference))
  }

  @Test func aBoundReachesOneStepOfItsLastDigitAndNoFurther() throws {
    let bound = try #require(figures("More than 380 people died.", source: "a")["More than 380"])
    let later = try #require(figures("The toll rose to 398.", source: "b")["398"])
    let near = try #require(figures("The toll stood at 384.", source: "c")["384"])
    // 398 lies beyond "more than 380": a different value, not a rounding or a hedge of it.
    let far = reasons(bound, later)
    #expect(!far.contains(.rounding))
    #expect(!far.contains(.hedgeDifference))
    #expect(far.contains(.timeDifference))
    #expect(reasons(bound, near).contains(.hedgeDifference))
    // "Just over 743,300" reaches no further than 743,400.
    let precise = try #require(
      figures("There were just over 743,300 pathways.", source: "d")["just over 743,300"])
    let other = try #require(figures("There were 796,100 pathways.", source: "e")["796,100"])
    #expect(!reasons(precise, other).contains(.rounding))
    // A bound on the wrong side is no hedge of the other value.
    let below = try #require(figures("The toll stood at 372.", source: "f")["372"])
    #expect(!reasons(bound, below).contains(.hedgeDifference))
  }

  @Test(arguments: [
    (
      "Prices more than doubled in the year.", "more than doubled",
      "It was the second rise this year.", "second"
    ),
    ("Output has doubled since 2020.", "doubled", "Four miners were hurt at the mine.", "Four"),
    (
      "The bodies were counted twice by officials.", "twice",
      "Officials counted 10 bodies at the site.", "10"
    ),
    (
      "The volcano erupted twice last week.", "twice",
      "Eight people were still missing after it erupted.", "Eight"
    ),
  ])
  func aCountInTimesNeverPairsWithACountOfThings(
    firstText: String, times: String, secondText: String, count: String
  ) throws {
    let (profiles, topics) = self.profiles([firstText + "\n", secondText + "\n"])
    let a = try profile(times, in: profiles)
    let b = try profile(count, in: profiles)
    #expect(a.measure.isTimes)
    #expect(PairScore.score(a, b, topics: topics) == nil)
  }

  @Test func countsOfOccurrencesStillMeetTheirPlaceAndEachOther() throws {
    let (profiles, topics) = self.profiles([
      "Poland has drawn on the solidarity fund three times before.\n",
      "It is the fourth time Poland has drawn on the solidarity fund.\n",
      "Poland has drawn on the solidarity fund twice since 2010.\n",
    ])
    let three = try profile("three", in: profiles)
    let fourth = try profile("fourth", in: profiles)
    let twice = try profile("twice", in: profiles)
    #expect(PairScore.score(three, fourth, topics: topics) != nil)
    #expect(PairScore.score(three, twice, topics: topics) != nil)
  }
}
