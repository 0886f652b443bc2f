import Foundation
import Testing

@testable import CrossCheckCore

/// The rules that tell two measures of one story apart: which side of a contest a count is
/// on, which of a noun's kinds it counts, a reading on a scale against a count, and the parts
/// of a list in one sentence.
@Suite("What tells two measures of one story apart")
struct ScanMeasureRulesTests: ScanArticleFixtures {
  @Test func goalsScoredAndGoalsConcededAreDifferentMeasures() throws {
    let (profiles, topics) = self.profiles([
      "The striker scored 58 league goals for Rovers last season.\n",
      "Rovers conceded 58 league goals last season, the most in the division.\n",
      "The striker scored 61 league goals for Rovers last season, the club said.\n",
    ])
    let scored = try profile("58", in: profiles.filter { $0.source == 0 })
    let conceded = try profile("58", in: profiles.filter { $0.source == 1 })
    let scoredAgain = try profile("61", in: profiles)
    #expect(scored.outcome != nil && scored.outcome == scoredAgain.outcome)
    #expect(conceded.outcome != nil && conceded.outcome != scored.outcome)
    let apart = try #require(PairScore.score(scored, conceded, topics: topics))
    #expect(apart.conflict)
    let alike = try #require(PairScore.score(scored, scoredAgain, topics: topics))
    #expect(!alike.conflict)
  }

  @Test func seatsWonMeetWhateverTheVerbsForm() throws {
    let (profiles, _) = self.profiles([
      "The coalition won 61 seats in the lower house.\n",
      "The coalition is winning 63 seats in the lower house, the count shows.\n",
    ])
    let won = try profile("61", in: profiles)
    let winning = try profile("63", in: profiles)
    #expect(won.outcome != nil && won.outcome == winning.outcome)
  }

  @Test func seatsASideWonAreStillSeats() throws {
    let (profiles, topics) = self.profiles([
      "The ruling Centre Alliance won 141 seats in Sunday's election.\n",
      "The Centre Alliance emerged from Sunday's election with 142 seats.\n",
      "Rescuers found 141 people killed in the flooded districts.\n",
      "The floods hit 139 districts.\n",
    ])
    let won = try profile("141", in: profiles.filter { $0.source == 0 })
    let held = try profile("142", in: profiles)
    #expect(won.countsThing && held.countsThing)
    let seats = try #require(PairScore.score(won, held, topics: topics))
    #expect(!seats.conflict)
    // A fate still parts people from things.
    let killed = try profile("141", in: profiles.filter { $0.source == 2 })
    let districts = try profile("139", in: profiles)
    #expect(!killed.countsThing)
    #expect(PairScore.isOutcomeConflict(killed, districts))
  }

  @Test func countsOfOneNounQualifiedDifferentlyCountDifferentThings() throws {
    let (profiles, topics) = self.profiles([
      "Floodwaters reached 412 relief camps across the state.\n",
      "Floodwaters reached 460 anti-poaching camps across the state.\n",
      "Floodwaters reached 440 relief camps across the state, officials said.\n",
    ])
    let relief = try profile("412", in: profiles)
    let patrol = try profile("460", in: profiles)
    let reliefAgain = try profile("440", in: profiles)
    #expect(!relief.modifiers.isEmpty && !patrol.modifiers.isEmpty)
    #expect(PairScore.modifierFactor(relief, patrol) < 1)
    #expect(PairScore.modifierFactor(relief, reliefAgain) == 1)
    let apart = try #require(PairScore.score(relief, patrol, topics: topics))
    let alike = try #require(PairScore.score(relief, reliefAgain, topics: topics))
    #expect(apart.sameness < alike.sameness * 0.7)
  }

  @Test func aSharedCountedNounAloneDoesNotMakeOneMeasure() throws {
    let (profiles, topics) = self.profiles([
      "Crews said 1,150 firefighters battled the blaze near the dam overnight.\n",
      "Around 450 firefighters were flown to the islands.\n",
      "Some 1,200 firefighters battled the blaze near the dam, crews said.\n",
    ])
    let battled = try profile("1,150", in: profiles)
    let flown = try profile("Around 450", in: profiles)
    let battledAgain = try profile("Some 1,200", in: profiles)
    #expect(battled.countedNoun != nil && battled.countedNoun == flown.countedNoun)
    // Only "firefighters" in common: a kind of thing counted, not one thing.
    let kindOnly = try #require(PairScore.score(battled, flown, topics: topics))
    #expect(kindOnly.sameness < DiscrepancyScanner.threshold)
    // The same noun with the same clause around it is one measure.
    let alike = try #require(PairScore.score(battled, battledAgain, topics: topics))
    #expect(alike.sameness >= DiscrepancyScanner.threshold)
  }

  @Test func aBareDecimalIsAReadingOnAScaleNotACount() throws {
    func measure(_ value: Decimal, unit: String?) -> Measure? {
      let figure = Figure(
        id: FigureID(source: SourceID("t"), number: 1), kind: .count, value: value, unit: unit,
        text: "x", start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1)
      return Measure.of(
        figure, date: nil, rates: RateSources(session: RateTable(), reference: .none))
    }
    let upgraded = try #require(measure(Decimal(string: "6.9")!, unit: nil))
    let quakes = try #require(measure(20, unit: "earthquakes"))
    let written = try #require(measure(Decimal(string: "6.7")!, unit: "magnitude"))
    let whole = try #require(measure(7, unit: nil))
    // "Upgraded to 6.9" meets "magnitude 6.7", never "about 20 earthquakes".
    #expect(upgraded.dimension == .magnitude)
    #expect(upgraded.isComparable(with: written))
    #expect(!upgraded.isComparable(with: quakes))
    // A whole number with no noun may still count something.
    #expect(whole.dimension == .count)
  }

  @Test func thePartsOfAListInOneSentenceAreNotTwoReportsOfOneThing() throws {
    let (profiles, topics) = self.profiles([
      "Of the fatalities, 47 were in the north, 19 in the east and three in the west.\n\nThe toll rose to 58 on Tuesday, up from 41.\n"
    ])
    let north = try profile("47", in: profiles)
    let east = try profile("19", in: profiles)
    let toll = try profile("58", in: profiles)
    let before = try profile("41", in: profiles)
    #expect(north.isListed && east.isListed)
    #expect(!toll.isListed && !before.isListed)
    #expect(PairScore.listFactor(north, east, relation: .different) < 1)
    #expect(PairScore.listFactor(toll, before, relation: .different) == 1)
    let parts = PairScore.score(north, east, topics: topics)
    #expect((parts?.sameness ?? 0) < DiscrepancyScanner.threshold)
  }

  @Test func aPartWrittenInWordsAndItsWholeNeverPair() throws {
    let (profiles, topics) = self.profiles([
      "The campus will be consolidated into two of its five buildings, one person said.\n"
    ])
    let part = try profile("two", in: profiles)
    let whole = try profile("five", in: profiles)
    #expect(whole.partStart == part.figure.start)
    #expect(PairScore.isPartAndWhole(part, whole))
    #expect(PairScore.score(part, whole, topics: topics) == nil)
  }

  @Test func aConversionInAListIsOneValueAndIsLeftAlone() throws {
    let (profiles, _) = self.profiles([
      "The package of €1.6 billion ($1.86 billion) adds €500 million in cohesion money.\n"
    ])
    let euros = try profile("€1.6 billion", in: profiles)
    let dollars = try profile("$1.86 billion", in: profiles)
    #expect(euros.isListed && dollars.isListed)
    #expect(PairScore.listFactor(euros, dollars, relation: .different) == 1)
  }

  @Test func aYearFurtherOnInAFiguresOwnClauseDatesIt() throws {
    let (profiles, topics) = self.profiles([
      "The company had 22,400 employees at its peak at the end of 2023, the filing showed.\n",
      "The company had about 19,600 employees at the end of December, the filing showed.\n",
      "The club paid 14 million for him and later paid 20 million for a striker in 2019.\n",
      "Europe is holding 210 billion euros in Russian assets frozen in 2022, the bank said.\n",
    ])
    let peak = try profile("22,400", in: profiles)
    let now = try profile("about 19,600", in: profiles)
    #expect(peak.years.contains(2023) && peak.period == .earlier)
    #expect(now.years.isEmpty && now.period == .current)
    // A year dates only the figure it follows, not one before another figure.
    let first = try profile("14 million", in: profiles)
    let second = try profile("20 million", in: profiles)
    #expect(second.years.contains(2019))
    #expect(first.years.isEmpty && first.period == .current)
    // Nor one after an action it may date instead: the assets were frozen in 2022.
    let held = try profile("210 billion euros", in: profiles)
    #expect(held.years.isEmpty && held.period == .current)
    // A figure dated to an earlier year and one of its article's time: two periods.
    #expect(PairScore.periodFactor(peak, now) == 0.35)
    let pair = try #require(PairScore.score(peak, now, topics: topics))
    #expect(pair.conflict)
  }

  @Test func aClauseAYearOpensWithWhenTellsOfThatYear() throws {
    let (profiles, topics) = self.profiles([
      "It is the worst fire since 2017, when 66 people died in the hills.\n",
      "The fire has killed 17 people in the hills, the mayor said.\n",
    ])
    let past = try profile("66", in: profiles)
    let now = try profile("17", in: profiles)
    #expect(past.years.contains(2017) && past.period == .earlier)
    #expect(now.years.isEmpty && now.period == .current)
    let pair = try #require(PairScore.score(past, now, topics: topics))
    #expect(pair.conflict)
  }

  @Test func twoBodiesGivingACountDifferentlyIsACountingDifference() throws {
    let (profiles, _) = self.profiles([
      "About 250,000 people marched in the capital, police said, while the union put the"
        + " figure at 800,000.\n",
      "More than 1.1 million people marched, according to official figures.\n",
      "It said 900,000 people marched.\n",
    ])
    let police = try profile("About 250,000", in: profiles)
    let union = try profile("800,000", in: profiles)
    let official = try profile("More than 1.1 million", in: profiles)
    let unnamed = try profile("900,000", in: profiles)
    #expect(police.attribution != nil && union.attribution != nil)
    #expect(police.attribution != union.attribution)
    #expect(official.attribution != nil && official.attribution != union.attribution)
    // "It said" names no one.
    #expect(unnamed.attribution == nil)
    func member(_ profile: FigureProfile) -> ScanReasons.Member {
      ScanReasons.Member(
        figure: profile.figure, measure: profile.measure, date: "2026-03-10",
        attribution: profile.attribution)
    }
    #expect(ScanReasons.reasons(member(police), member(union)).contains(.countingDifference))
    #expect(!ScanReasons.reasons(member(union), member(unnamed)).contains(.countingDifference))
  }

  @Test func oneSentenceGivingTwoBodiesCountsNeedsNoMoreEvidence() throws {
    let (profiles, _) = self.profiles([
      "About 250,000 people marched, police said, while the union put the figure at 800,000.\n"
        + "About 300,000 people marched, and 900,000 watched on television.\n"
    ])
    let police = try profile("About 250,000", in: profiles)
    let union = try profile("800,000", in: profiles)
    let marched = try profile("About 300,000", in: profiles)
    let watched = try profile("900,000", in: profiles)
    #expect(PairScore.sameSentenceFactor(police, union) == 1)
    #expect(PairScore.sameSentenceFactor(marched, watched) < 1)
  }

  @Test func aChangeInPercentAndALevelInPercentAreTwoMeasures() throws {
    let (profiles, topics) = self.profiles([
      "Its shares fell 7.2% on Tuesday, and its operating margin fell to 6.5%.\n",
      "The operating margin fell by 1.1 points to 6.4%, and shares fell 6.9%.\n",
    ])
    let shareFall = try profile("7.2%", in: profiles)
    let margin = try profile("6.5%", in: profiles)
    let otherMargin = try profile("6.4%", in: profiles)
    let otherFall = try profile("6.9%", in: profiles)
    #expect(shareFall.measure.shareRole == .change && otherFall.measure.shareRole == .change)
    #expect(margin.measure.shareRole == .level && otherMargin.measure.shareRole == .level)
    let apart = try #require(PairScore.score(shareFall, otherMargin, topics: topics))
    #expect(apart.conflict)
    let alike = try #require(PairScore.score(margin, otherMargin, topics: topics))
    #expect(!alike.conflict)
    let falls = try #require(PairScore.score(shareFall, otherFall, topics: topics))
    #expect(!falls.conflict)
  }

  @Test func aShareAThingAccountsForOrMakesUpIsALevelNotAChange() throws {
    let (profiles, _) = self.profiles([
      "Premium brands account for 18% of revenue, and imports make up 27% of sales.\n",
      "Profit rose 18% last year, and sales were up 27%.\n",
    ])
    let accountedFor = try profile("18%", in: profiles.filter { $0.source == 0 })
    let madeUp = try profile("27%", in: profiles.filter { $0.source == 0 })
    let rise = try profile("18%", in: profiles.filter { $0.source == 1 })
    #expect(accountedFor.measure.shareRole == .level && madeUp.measure.shareRole == .level)
    #expect(rise.measure.shareRole == .change)
    #expect(PairScore.isChangeAgainstLevel(accountedFor.measure, rise.measure))
  }

  @Test func salesRevenueAndTurnoverAreOneMeasure() throws {
    let (profiles, _) = self.profiles([
      "Sales climbed to £6.3 billion.\n",
      "Revenue was £6.31bn.\n",
      "Turnover stood at £6.2bn.\n",
      "Shares fell to 1,184 pence.\n",
    ])
    let sales = try profile("£6.3 billion", in: profiles)
    let revenue = try profile("£6.31bn", in: profiles)
    let turnover = try profile("£6.2bn", in: profiles)
    // The sentences share no other content word: without the class they share nothing.
    #expect(sales.context.cosine(revenue.context) > 0.3)
    #expect(turnover.context.cosine(revenue.context) > 0.3)
  }

  /// "A blaze" in one report and "the fire" in another are one fire: a distance to it given in
  /// two units meets on that word when the clauses share no other.
  @Test func aBlazeAndAFireAreOneFire() throws {
    let lead =
      "Wildfire forces evacuations in the hills\n\nA wildfire in the Verrin hills has forced"
      + " hundreds of people from their homes."
    let texts = [
      "\(lead) Crews are fighting the blaze about 40km north-east of Dunmore.\n",
      "\(lead) The fire, about 25 miles from the capital, has reached two villages.\n",
    ]
    let (profiles, _) = self.profiles(texts)
    let blaze = try profile("about 40km", in: profiles)
    let fire = try profile("about 25 miles", in: profiles)
    #expect(blaze.context.cosine(fire.context) > 0)
    #expect(suggestions(texts).contains { holds($0, ["about 40km", "about 25 miles"]) })
  }

  /// One distance in two units that agree once converted (``ConvertedValue``) counts as one
  /// shared word more when the scan ranks its group; two counts of one noun do not.
  @Test func aValueAgreeingAcrossUnitsIsEvidenceForRanking() throws {
    let (profiles, _) = self.profiles([
      "Crews are fighting the blaze about 40km north-east of Dunmore. Some 300 firefighters"
        + " arrived overnight.\n",
      "The fire, about 25 miles from the capital, has reached two villages. The county sent 450"
        + " firefighters.\n",
    ])
    let distances = [
      try profile("about 40km", in: profiles), try profile("about 25 miles", in: profiles),
    ]
    #expect(ConvertedValue.isAgreementAcrossUnits(distances))
    // One article's conversion only repeats its value.
    #expect(!ConvertedValue.isAgreementAcrossUnits([distances[0], distances[0]]))
    let crews = [try profile("Some 300", in: profiles), try profile("450", in: profiles)]
    #expect(!ConvertedValue.isAgreementAcrossUnits(crews))
  }

  @Test func anOrdinalNamingAPartOfTheYearIsADateNotACount() throws {
    func measure(_ value: Decimal, unit: String) -> Measure? {
      let figure = Figure(
        id: FigureID(source: SourceID("t"), number: 1), kind: .ordinal, value: value,
        unit: unit, text: "x", start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1)
      return Measure.of(
        figure, date: nil, rates: RateSources(session: RateTable(), reference: .none))
    }
    #expect(measure(4, unit: "quarter") == nil)
    #expect(measure(1, unit: "half") == nil)
    // Other ordinals still count: "the fourth round of layoffs".
    #expect(measure(4, unit: "round")?.isOrdinal == true)
    let (profiles, _) = self.profiles([
      "Revenue fell in the fourth quarter, the company's fourth round of cuts said.\n"
    ])
    #expect(profiles.filter { $0.figure.text == "fourth" }.count == 1)
  }

  @Test func aCountOfAFateAndACountOfAThingAreDifferentMeasures() throws {
    let (profiles, topics) = self.profiles([
      "Floods across the state have killed 17 people this year, officials said.\n",
      "Floods across the state have swamped 19 districts this year, officials said.\n",
      "Floods across the state have killed 21 people this year, the agency said.\n",
      "Floods across the state have caused 23 deaths this year, the agency said.\n",
      "Floods across the state have stranded 20 residents this year, the agency said.\n",
    ])
    let killed = try profile("17", in: profiles)
    let districts = try profile("19", in: profiles)
    let killedAgain = try profile("21", in: profiles)
    let deaths = try profile("23", in: profiles)
    let residents = try profile("20", in: profiles)
    #expect(districts.countsThing && !residents.countsThing && !deaths.countsThing)
    #expect(PairScore.isOutcomeConflict(killed, districts))
    #expect(!PairScore.isOutcomeConflict(killed, killedAgain))
    // A noun that is itself a fate ("23 deaths") is that fate; people are no thing.
    #expect(deaths.outcome != nil && deaths.outcome == killed.outcome)
    #expect(!PairScore.isOutcomeConflict(killed, residents))
    let apart = try #require(PairScore.score(killed, districts, topics: topics))
    #expect(apart.conflict)
  }

  @Test func aPlaceInARankingIsNoCountOfOccurrences() throws {
    let (profiles, topics) = self.profiles([
      "The Kenyan runner finished third in the city marathon on Sunday.\n",
      "It was her third marathon of the season, her coach said.\n",
      "She had run two marathons this season before Sunday.\n",
    ])
    let place = try profile("third", in: profiles.filter { $0.source == 0 })
    let occurrence = try profile("third", in: profiles.filter { $0.source == 1 })
    let count = try profile("two", in: profiles)
    #expect(place.measure.isRank && !occurrence.measure.isRank)
    // "Her third marathon" and "two marathons before" are the classic off-by-one count;
    // "finished third" is a place, never compared with a count.
    #expect(
      PairScore.countAndOrdinalFactor(occurrence.measure, count.measure, relation: .different) > 1)
    #expect(PairScore.isRankAgainstCount(place.measure, count.measure))
    #expect(PairScore.score(place, count, topics: topics) == nil)
    #expect(PairScore.score(occurrence, count, topics: topics) != nil)
  }

  @Test func theEventsBeforeThisOneAndItsPlaceAreOneSeries() throws {
    let (profiles, topics) = self.profiles([
      "The company is cutting 900 jobs in its fourth round of layoffs since 2023.\n",
      "The cuts follow three previous rounds of layoffs since 2023.\n",
      "The cuts follow five previous rounds of layoffs since 2023.\n",
    ])
    let place = try profile("fourth", in: profiles)
    let before = try profile("three", in: profiles)
    let tooMany = try profile("five", in: profiles)
    #expect(before.period == .earlier && place.period == .current)
    // "Previous" dates the count, but the three before and this fourth are one series.
    let series = try #require(PairScore.score(place, before, topics: topics))
    #expect(!series.conflict)
    #expect(PairScore.periodFactor(place, before) == 1)
    // Five before a fourth is no such series: the earlier period still counts.
    #expect(PairScore.periodFactor(place, tooMany) < 1)
  }

}
