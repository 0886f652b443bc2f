import Foundation
import Testing

@testable import CrossCheckCore

/// What a change is measured against ("up 4.9% on 2022", "14% above the 2007 peak") is no
/// period of the change's own; and a change in points written as percent is one change.
@Suite("A change's baseline, and points written as percent")
struct ScanChangeBaselineTests: ScanArticleFixtures {
  @Test func aPeriodAfterOnIsTheBaselineOfAChange() throws {
    let (profiles, _) = self.profiles([
      "The housing stock stood at 2.2 million dwellings, up 4.9% on 2022.\n",
      "The average asking price was €352,000, up almost 7 per cent on a year earlier.\n",
      "The deal will push wages to 71 per cent of revenue, a rise of 4 per cent on last season.\n",
    ])
    for text in ["4.9%", "almost 7 per cent", "4 per cent"] {
      let change = try profile(text, in: profiles)
      #expect(change.years.isEmpty && change.period == .current, "\(text)")
    }
  }

  /// A figure that names no year is of its story's time; when its article opens on a year
  /// ("Matric results 2025"), that year is its story's, and another report's figure of that
  /// year is of the same period. Without such an opening, the two periods stay apart.
  @Test func anArticleOpeningOnAYearDatesItsUndatedFigures() throws {
    let (profiles, _) = self.profiles([
      "Matric results 2025\n\nThe matric class achieved a pass rate of 88.1%, the minister said.\n",
      "The class of 2025 achieved 88 percent in the final exams.\n",
      "Matric results\n\nThe matric class achieved a pass rate of 87.9%, the minister said.\n",
    ])
    let opened = try profile("88.1%", in: profiles)
    let dated = try profile("88 percent", in: profiles)
    let plain = try profile("87.9%", in: profiles)
    #expect(opened.storyYears.contains(2025))
    #expect(dated.years.contains(2025))
    #expect(PairScore.periodFactor(opened, dated) == 1)
    #expect(PairScore.periodFactor(plain, dated) < 0.5)
  }

  /// A year the opening sets the story against ("five years after the 2019 floods", "the worst
  /// since 2019") is no year of the story; the headline's year is.
  @Test func anOpeningsBackgroundYearIsNoStoryYear() throws {
    let (profiles, _) = self.profiles([
      "River report 2025\n\nFive years after the 2019 floods, the river rose to 4.2 metres, the"
        + " highest since 2015.\n"
    ])
    let level = try profile("4.2 metres", in: profiles)
    #expect(level.storyYears.contains(2025))
    #expect(!level.storyYears.contains(2019))
    #expect(!level.storyYears.contains(2015))
  }

  /// In the dated figure's own article only a headline's year dates the undated figures: the
  /// opening's year may be the dated figure's own ("In 2023 a magnitude 6.8 quake struck").
  @Test func inOneArticleOnlyTheHeadlinesYearDatesItsFigures() throws {
    let (profiles, _) = self.profiles([
      "Quake shakes the south\n\nIn 2023 a quake of 6.8 struck off the coast. Today's was 6.9,"
        + " officials said.\n",
      "Matric results 2025\n\nThe class achieved 88.1%. In 2025 the class of 2025 achieved 88"
        + " percent in maths.\n",
    ])
    let earlier = try profile("6.8", in: profiles)
    let today = try profile("6.9", in: profiles)
    #expect(earlier.years.contains(2023))
    #expect(PairScore.periodFactor(today, earlier) < 0.5)
    let opened = try profile("88.1%", in: profiles)
    let dated = try profile("88 percent", in: profiles)
    #expect(opened.headlineYears.contains(2025))
    #expect(PairScore.periodFactor(opened, dated) == 1)
  }

  @Test func changesOverDifferentBaselineYearsAreTwoMeasures() throws {
    let (profiles, _) = self.profiles([
      "Tourist arrivals in the country were up 14.2% on 2022, the ministry said.\n",
      "The country's tourist arrivals rose 31.5 per cent on 2021, the ministry said.\n",
      "Exports were 3.5% above 2019, while imports grew 2.8% on 2019.\n",
      "Tourist arrivals rose 14.2 per cent on the previous year, the ministry said.\n",
    ])
    let overLastYear = try profile("14.2%", in: profiles)
    let overTheYearBefore = try profile("31.5 per cent", in: profiles)
    #expect(overLastYear.baselineYears.contains(2022))
    #expect(PairScore.periodFactor(overLastYear, overTheYearBefore) < 0.5)
    // The same baseline year, or one that names no year, keeps the changes comparable.
    let exports = try profile("3.5%", in: profiles)
    let imports = try profile("2.8%", in: profiles)
    #expect(PairScore.periodFactor(exports, imports) == 1)
    let unnamed = try profile("14.2 per cent", in: profiles)
    #expect(PairScore.periodFactor(overLastYear, unnamed) == 1)
  }

  @Test func aPeriodAfterAboveOrBelowIsTheBaselineOfAShare() throws {
    let (profiles, _) = self.profiles([
      "Nationally, prices are now 14.2 per cent above their April 2007 peak.\n",
      "Output was 3.5% below last year's level, the agency said.\n",
    ])
    for text in ["14.2 per cent", "3.5%"] {
      let share = try profile(text, in: profiles)
      #expect(share.years.isEmpty && share.period == .current, "\(text)")
    }
  }

  @Test func aChangeMeetsItsRoundingWhateverItsBaseline() throws {
    let (profiles, _) = self.profiles([
      "The housing stock stood at 2,197,600 dwellings, up 4.9% on 2022.\n",
      "The number of homes rose by just under 5 per cent, the census shows.\n",
    ])
    let exact = try profile("4.9%", in: profiles)
    let hedged = try profile("just under 5 per cent", in: profiles)
    #expect(PairScore.periodFactor(exact, hedged) == 1)
  }

  @Test func aLevelOnAnEarlierDayKeepsItsPeriod() throws {
    let (profiles, _) = self.profiles([
      "Turnout stood at 45% on the previous Sunday, officials said.\n",
      "In the second round, turnout was 51% in 2024.\n",
    ])
    #expect(try profile("45%", in: profiles).period == .earlier)
    #expect(try profile("51%", in: profiles).years.contains(2024))
  }

  @Test func aChangeInPointsAndANearChangeInPercentAreOneChange() throws {
    let (profiles, _) = self.profiles([
      "Its level has dropped by 13 percentage points in a month.\n",
      "That is a drop of twelve and a half percent in four weeks.\n",
      "Inflation rose by two percentage points in the year.\n",
      "Inflation rose 2.1 per cent in the year, the agency said.\n",
      "The dam is now at 12.5% of capacity.\n",
    ])
    let points = try profile("13 percentage points", in: profiles)
    let percent = try profile("twelve and a half percent", in: profiles)
    #expect(PairScore.percentAndPointsFactor(points.measure, percent.measure) == 1)
    let twoPoints = try profile("two percentage points", in: profiles)
    let twoPercent = try profile("2.1 per cent", in: profiles)
    #expect(PairScore.percentAndPointsFactor(twoPoints.measure, twoPercent.measure) == 1)
    // A level in percent against a change in points stays two measures.
    let level = try profile("12.5%", in: profiles)
    #expect(level.measure.shareRole == .level)
    #expect(PairScore.percentAndPointsFactor(points.measure, level.measure) == 0.5)
    // Values far apart are no slip.
    #expect(PairScore.percentAndPointsFactor(twoPoints.measure, percent.measure) == 0.5)
  }
}
