import Foundation
import Testing

@testable import CrossCheckCore

/// Figures that state a norm (a requirement, threshold or rule) against observed values, the
/// whole of "N of the M" against a winner's count, and a count's progress against a result:
/// alike in words and values, different in what they measure.
@Suite("Norms, wholes and progress against measurements")
struct ScanNormAndWholeTests: ScanArticleFixtures {
  @Test func aFigureARequirementGovernsIsANorm() throws {
    let (profiles, _) = self.profiles([
      "A qualified majority requires the backing of 55% of member states.\n",
      "The amendment needs a two-thirds majority in the chamber.\n",
      "No candidate came close to winning more than half of the valid votes, the threshold needed to win outright.\n",
      "Some 33,100 homes were completed, well short of the 52,000 a year that the commission says is needed.\n",
      "The central bank kept its target of 2% for inflation.\n",
    ])
    #expect(try profile("55%", in: profiles).measure.isNorm)
    #expect(try profile("two-thirds", in: profiles).measure.isNorm)
    #expect(try profile("more than half", in: profiles).measure.isNorm)
    #expect(try profile("52,000", in: profiles).measure.isNorm)
    #expect(try profile("2%", in: profiles).measure.isNorm)
    #expect(!(try profile("Some 33,100", in: profiles)).measure.isNorm)
  }

  @Test func observedFiguresAreNoNorms() throws {
    let (profiles, _) = self.profiles([
      "Tomas Mora won 32.4% of the 13,012,406 valid votes.\n",
      "It was approved by 24 member states, with two voting against.\n",
      "The package still requires approval, and 19 states have backed it so far.\n",
      "Doctors treated 300 people who needed hospital care.\n",
      "The boy needed 12 stitches after the attack.\n",
      "Rescuers required 40 hours to reach the miners.\n",
    ])
    #expect(!(try profile("32.4%", in: profiles)).measure.isNorm)
    #expect(!(try profile("24", in: profiles)).measure.isNorm)
    // The requirement sits in another clause than the count.
    #expect(!(try profile("19", in: profiles)).measure.isNorm)
    #expect(!(try profile("300", in: profiles)).measure.isNorm)
    // In the past tense before a figure, need tells what happened.
    #expect(!(try profile("12", in: profiles)).measure.isNorm)
    #expect(!(try profile("40 hours", in: profiles)).measure.isNorm)
  }

  @Test func aRecordTheSentenceSaysWasPassedIsABenchmark() throws {
    let (profiles, _) = self.profiles([
      "The ferry carried 4,210 cars in July, beating the old record of 3,980 set in 2019.\n",
      "Rainfall reached 412 mm, well above the previous monthly record for the city of 377 mm.\n",
      "She finished in 2:21:07, just short of the national record of 2:20:48.\n",
      "The index closed at 8,112, surpassing its record of 8,054.\n",
    ])
    #expect(try profile("3,980", in: profiles).measure.isNorm)
    #expect(try profile("377 mm", in: profiles).measure.isNorm)
    #expect(try profile("2:20:48", in: profiles).measure.isNorm)
    #expect(try profile("8,054", in: profiles).measure.isNorm)
    #expect(!(try profile("4,210", in: profiles)).measure.isNorm)
    #expect(!(try profile("412 mm", in: profiles)).measure.isNorm)
  }

  @Test func aRecordSetOrReachedIsTheValueReported() throws {
    let (profiles, _) = self.profiles([
      "Portugal set a national heat record of 46.1C on Sunday.\n",
      "Wheat prices hit a record 9,400 rupees a tonne this week.\n",
      "The club broke its transfer record to sign him for 62 million euros.\n",
      "The record of 31 deaths in one season stands.\n",
    ])
    #expect(!(try profile("46.1C", in: profiles)).measure.isNorm)
    #expect(!(try profile("9,400 rupees", in: profiles)).measure.isNorm)
    // "broke its transfer record" governs no "of" before the fee.
    #expect(!(try profile("62 million euros", in: profiles)).measure.isNorm)
    #expect(!(try profile("31", in: profiles)).measure.isNorm)
  }

  @Test func aPassedRecordIsNotCheckedAgainstTheNewValue() throws {
    let texts = [
      "Ferry traffic\n\nThe ferry carried 4,210 cars in July, beating the old record of 3,980 cars, the operator said.\n",
      "Ferry traffic\n\nThe ferry carried 3,980 cars in July, the operator said.\n",
    ]
    let (profiles, topics) = self.profiles(texts)
    let passed = try profile("3,980", in: profiles, source: 0)
    #expect(passed.measure.isNorm)
    // The same value, once as the record passed and once as the cars carried.
    let pair = try #require(
      PairScore.score(passed, try profile("3,980", in: profiles, source: 1), topics: topics))
    #expect(pair.conflict)
    #expect(
      !suggestions(texts).contains { suggestion in
        suggestion.figures.filter { $0.figure.text == "3,980" }.count == 2
      })
  }

  @Test func aNormIsNotCheckedAgainstAnObservedValue() throws {
    let texts = [
      "Election heads to runoff\n\nNo candidate came close to winning more than half of the valid votes, the threshold needed to win outright, the electoral service said.\n",
      "What the result means\n\nTomas Mora won 46.4% of the valid votes, the electoral service said.\n",
    ]
    #expect(!suggestions(texts).contains { holds($0, ["more than half", "46.4%"]) })
    let (profiles, topics) = self.profiles(texts)
    let pair = try #require(
      PairScore.score(
        try profile("more than half", in: profiles), try profile("46.4%", in: profiles),
        topics: topics))
    #expect(pair.conflict)
  }

  @Test func twoStatementsOfANormAreStillCompared() throws {
    let (profiles, topics) = self.profiles([
      "Supply is short. The Housing Commission says the country needs 52,000 homes a year.\n",
      "Supply is short. The Housing Commission estimates that the country needs around 50,000 homes a year.\n",
    ])
    let pair = try #require(
      PairScore.score(
        try profile("52,000", in: profiles), try profile("around 50,000", in: profiles),
        topics: topics))
    #expect(!pair.conflict)
  }

  @Test func aWholeIsNoWinnersCountInOneArticle() throws {
    let (profiles, topics) = self.profiles([
      "The Primero coalition won 61 seats in the lower house. In the Senate, where 23 of the 50 seats were up for election, the coalition won 11.\n"
    ])
    let whole = try profile("50", in: profiles)
    let won = try profile("61", in: profiles)
    #expect(won.measure.isGain)
    #expect(PairScore.isOfAnotherWhole(whole, won))
    let pair = try #require(PairScore.score(whole, won, topics: topics))
    #expect(pair.conflict)
  }

  @Test func aCountsProgressIsNoResult() throws {
    let (profiles, topics) = self.profiles([
      "Mora leads count\n\nWith 92.3% of polling stations counted, Gabriel Mora had 41.8% of the vote, the electoral service said.\n",
      "What the first round means\n\nThe three right-wing candidates together won about 45% of the vote, the electoral service said.\n",
    ])
    let progress = try profile("92.3%", in: profiles)
    let result = try profile("about 45%", in: profiles)
    #expect(ProgressReading.isProgressAgainstResult(progress.measure, result.measure))
    let pair = try #require(PairScore.score(progress, result, topics: topics))
    #expect(pair.conflict)
  }
}
