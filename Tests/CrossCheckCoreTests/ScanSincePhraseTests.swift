import Foundation
import Testing

@testable import CrossCheckCore

/// A year inside a phrase "since" opens ("since the census of April 2022") starts a period
/// that runs to now (``SincePhrase``): the figure is of the story's time, as after "since 2022".
@Suite("A year in a since phrase")
struct ScanSincePhraseTests: ScanArticleFixtures {
  @Test(arguments: [
    ("Since the start of 2022 prices have risen 12%.\n", "12%"),
    ("Since the census of April 2021 rents have climbed 9%.\n", "9%"),
  ])
  func aYearInASincePhraseDatesNothing(_ text: String, _ figure: String) throws {
    let (profiles, _) = self.profiles([text])
    let risen = try profile(figure, in: profiles)
    #expect(risen.years.isEmpty, "\(risen.years)")
    #expect(risen.period == .current)
  }

  /// A year of its own clause, or past another number, still dates the figure.
  @Test(arguments: [
    ("Since January, 40 schools have closed, and 12 closed in 2022.\n", "12"),
    ("Since the merger, sales of 3,000 units in 2022 were a record.\n", "3,000"),
  ])
  func aYearOutsideTheSincePhraseStillDates(_ text: String, _ figure: String) throws {
    let (profiles, _) = self.profiles([text])
    let dated = try profile(figure, in: profiles)
    #expect(dated.years.contains(2022))
  }
}

/// "An extra 264,000 on 2022": "on" and a year right after any figure compare with that year
/// (``ChangeBaseline``); "on" and a day do not.
@Suite("A year after on is a baseline")
struct ScanOnYearBaselineTests: ScanArticleFixtures {
  @Test func aCountOnAYearIsMeasuredAgainstIt() throws {
    let (profiles, _) = self.profiles([
      "There were 5,412,800 people in the country, an extra 264,000 on 2022.\n"
    ])
    let extra = try profile("264,000", in: profiles)
    #expect(extra.years.isEmpty && extra.baselineYears.contains(2022))
    #expect(extra.period == .current)
  }

  @Test func aCountOnADayIsNot() throws {
    let (profiles, _) = self.profiles(["Some 40 people were hurt on 12 May 2022.\n"])
    let hurt = try profile("Some 40", in: profiles)
    #expect(hurt.baselineYears.isEmpty)
  }
}
