import Foundation
import Testing

@testable import CrossCheckCore

/// The parts of the scan, each on its own: what a figure measures, how two values relate,
/// what marks another period, and which reasons a group of figures shows.
@Suite("The scan's parts")
struct ScanComponentsTests: ScanArticleFixtures {
  /// Only the session's rates: these tests pin their own and never read the ECB table.
  static func sessionOnly(_ rates: RateTable = RateTable()) -> RateSources {
    RateSources(session: rates, reference: .none)
  }

  func measure(_ figure: Figure, date: String? = nil, rates: RateTable = RateTable()) -> Measure {
    Measure.of(figure, date: date, rates: Self.sessionOnly(rates))!
  }

  func figure(kind: FigureKind, value: Decimal?, unit: String?, text: String = "x") -> Figure {
    Figure(
      id: FigureID(source: SourceID("t"), number: 1), kind: kind, value: value, unit: unit,
      text: text, start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1)
  }

  @Test func lengthsInKilometresAndMilesMeetInMetres() {
    let km = measure(figure(kind: .count, value: 10, unit: "km"))
    let miles = measure(figure(kind: .count, value: 6, unit: "miles"))
    #expect(km.dimension == .length && miles.dimension == .length)
    #expect(km.magnitude == 10_000)
    #expect(abs(miles.magnitude! - 9656.064) < 0.001)
    // "About six miles" is a round figure for 10 km.
    #expect(PairScore.valueRelation(km, miles) == .close)
    #expect(ScanReasons.unitsDiffer([member(km, "10 km"), member(miles, "six miles")]))
  }

  @Test func bareDegreesAreReadInTheScaleThatFits() {
    let celsius = measure(figure(kind: .count, value: Decimal(string: "47.9")!, unit: "degC"))
    let degrees = measure(figure(kind: .count, value: 118, unit: "degrees"))
    let (x, y) = Measure.magnitudes(celsius, degrees)!
    #expect(abs(x - 47.9) < 0.001)
    #expect(abs(y - 47.78) < 0.01)
  }

  @Test func fractionsAndBasisPointsAreShares() {
    let fraction = measure(figure(kind: .count, value: Decimal(string: "0.125")!, unit: "fraction"))
    #expect(fraction.dimension == .share && fraction.magnitude == 12.5)
    let basis = measure(figure(kind: .count, value: 320, unit: "basis points"))
    #expect(basis.dimension == .share && basis.magnitude == 3.2)
    #expect(basis.unitFamily == "basis_point")
  }

  @Test func aShareInPercentAndAChangeInPointsAreOneMeasureOnlyWhenTheNumberIsOne() {
    let level = measure(figure(kind: .percent, value: 52, unit: "percent"))
    let change = measure(figure(kind: .percent, value: 18, unit: "percentage_point"))
    let basis = measure(figure(kind: .count, value: 1800, unit: "basis points"))
    let sameNumber = measure(figure(kind: .percent, value: 18, unit: "percent"))
    let otherLevel = measure(figure(kind: .percent, value: 61, unit: "percent"))
    // "52 per cent of the park" and "up 18 percentage points": a level and a change.
    #expect(PairScore.percentAndPointsFactor(level, change) < 1)
    #expect(PairScore.percentAndPointsFactor(level, basis) < 1)
    // "18 per cent" and "18 percentage points": the classic confusion, worth a look.
    #expect(PairScore.percentAndPointsFactor(sameNumber, change) > 1)
    // Two levels are left alone.
    #expect(PairScore.percentAndPointsFactor(level, otherLevel) == 1)
  }

  @Test func aFractionIsALevelAgainstAChangeInPoints() {
    let half = measure(figure(kind: .count, value: Decimal(string: "0.5")!, unit: "fraction"))
    let change = measure(figure(kind: .percent, value: 18, unit: "percentage_point"))
    // "About half of the park" and "up 18 percentage points": a level and a change.
    #expect(PairScore.percentAndPointsFactor(half, change) < 1)
  }

  @Test func anOrdinalAndACountAreOneMeasureOnlyWhenTheyCountTheSameEvents() {
    let fourth = measure(figure(kind: .ordinal, value: 4, unit: nil))
    let three = measure(figure(kind: .count, value: 3, unit: "times"))
    let twelfth = measure(figure(kind: .ordinal, value: 12, unit: nil))
    let age = measure(figure(kind: .count, value: 24, unit: nil))
    func factor(_ a: Measure, _ b: Measure) -> Double {
      PairScore.countAndOrdinalFactor(
        a, b, relation: PairScore.valueRelation(a, b) ?? .different)
    }
    // "The fourth time" and "three times before": the classic off-by-one.
    #expect(factor(fourth, three) > 1)
    // "The 12th march" and "24": a rank and a quantity.
    #expect(factor(twelfth, age) < 1)
  }

  @Test func datesAreNotMeasured() {
    #expect(
      Measure.of(figure(kind: .date, value: nil, unit: nil), date: nil, rates: Self.sessionOnly())
        == nil)
  }

  @Test func valuesRelateByRatioAndRounding() {
    let found = figures("The toll was 69, then nearly 70, then 41, and 400 later.")
    let toll = measure(found["69"]!)
    #expect(PairScore.valueRelation(toll, measure(found["nearly 70"]!)) == .close)
    #expect(PairScore.valueRelation(toll, measure(found["41"]!)) == .different)
    // Six times apart is beyond a count's window: not the same measure.
    #expect(PairScore.valueRelation(toll, measure(found["400"]!)) == nil)
  }

  @Test func moneyInTwoCurrenciesWithoutARateIsUnknownThenConverted() {
    let found = figures("The package is €1.6 billion, or $1.86 billion.")
    let euros = found["€1.6 billion"]!
    let dollars = found["$1.86 billion"]!
    #expect(PairScore.valueRelation(measure(euros), measure(dollars)) == .unknown)
    let rates = RateTable(rates: [
      ExchangeRate(
        base: "EUR", quote: "USD", rate: Decimal(string: "1.1627")!, date: "2025-10-08",
        source: "test")
    ])
    let converted = measure(dollars, date: "2025-10-08", rates: rates)
    #expect(abs(converted.baseMagnitude! - 1.6e9) < 1e7)
    #expect(
      PairScore.valueRelation(measure(euros, date: "2025-10-08", rates: rates), converted) == .close
    )
  }

  /// An article dated after the ECB table's last day (news newer than the bundled table) still
  /// has its amounts' magnitudes, at the latest rate: the scan pairs by plausible size.
  @Test func moneyDatedAfterTheTableIsMeasuredAtItsLatestRate() throws {
    let dollars = figures("The package is €1.6 billion, or $1.86 billion.")["$1.86 billion"]!
    let rates = RateSources(session: RateTable(), reference: .builtIn)
    let later = try #require(Measure.of(dollars, date: "2031-03-09", rates: rates))
    let euros = try #require(later.baseMagnitude)
    // Near 1.86 billion dollars in euros at any rate of recent years.
    #expect(euros > 1.4e9 && euros < 1.9e9, "\(euros)")
  }

  func member(_ measure: Measure, _ text: String, date: String? = nil, kind: FigureKind = .count)
    -> ScanReasons.Member
  {
    ScanReasons.Member(
      figure: figure(kind: kind, value: 1, unit: nil, text: text), measure: measure, date: date)
  }

  @Test func reasonsNameTheDifferencesMostLikelyFirst() {
    let found = figures(
      "It rose 15 per cent, or 15 percentage points; the fourth time, after three.")
    let percent = ScanReasons.reasons(
      for: [(found["15 per cent"]!, "2025-10-15"), (found["15 percentage points"]!, "2025-10-16")],
      rates: Self.sessionOnly())
    // One number in two units: the units are the difference, not the dates.
    #expect(percent == [.percentVsPoints])
    let counting = ScanReasons.reasons(
      for: [(found["fourth"]!, "2025-10-15"), (found["three"]!, "2025-10-15")],
      rates: Self.sessionOnly())
    #expect(counting.first == .countingDifference)
  }

  @Test func aDifferenceNothingExplainsIsAContradiction() {
    // Two reports of one day: neither the date, nor a scope, nor rounding explains them.
    let first = figures("Officials counted 2,316 houses.", source: "a")
    // (Both count houses: counts of different nouns may be counted differently.)
    let second = figures("Another report said 3,216 houses.", source: "b")
    let reasons = ScanReasons.reasons(
      for: [(first["2,316"]!, "2026-03-12"), (second["3,216"]!, "2026-03-12")],
      rates: Self.sessionOnly())
    #expect(reasons == [.contradiction])
    // Published on different days, the same difference may be a change over time; as a
    // count that should not move may simply be wrong, it stays a contradiction too.
    let later = ScanReasons.reasons(
      for: [(first["2,316"]!, "2026-03-12"), (second["3,216"]!, "2026-03-14")],
      rates: Self.sessionOnly())
    #expect(later == [.timeDifference, .contradiction])
  }

  @Test func datesAreNotOfferedWhenRoundingOrACurrencyExplainsTheDifference() {
    let first = figures("It cost 2,316 euros.", source: "a")
    let second = figures("It cost more than 2,300 euros.", source: "b")
    let reasons = ScanReasons.reasons(
      for: [
        (first["2,316 euros"]!, "2026-03-12"), (second["more than 2,300 euros"]!, "2026-03-20"),
      ],
      rates: Self.sessionOnly())
    // The hedge reaches 2,316 too: one figure hedged, the other exact.
    #expect(reasons == [.rounding, .hedgeDifference])
  }

  @Test func roundingAndHedgesAreSeen() {
    let found = figures(
      "About 13.5 million voted; 13,541,872 ballots; more than 400,000 or about 380,000.")
    let rounding = ScanReasons.reasons(
      for: [(found["About 13.5 million"]!, nil), (found["13,541,872"]!, nil)],
      rates: Self.sessionOnly())
    #expect(rounding.first == .rounding)
    let hedged = ScanReasons.reasons(
      for: [(found["more than 400,000"]!, nil), (found["about 380,000"]!, nil)],
      rates: Self.sessionOnly())
    #expect(hedged.contains(.hedgeDifference))
  }

  @Test func aWordFractionIsARoundingAsWideAsItsStep() {
    let first = figures("About 30% of trains ran.", source: "a")
    let second = figures(
      "Only one in three trains ran, and two-thirds of staff struck.", source: "b")
    let third = figures("A survey found 68% opposed the plan; 45% of trains ran.", source: "c")
    func reasons(_ x: Figure, _ y: Figure) -> [ScanReason] {
      ScanReasons.reasons(for: [(x, "2026-03-12"), (y, "2026-03-12")], rates: Self.sessionOnly())
    }
    // One in three stands for about 29% to 38%; two-thirds for about 62% to 71%.
    #expect(reasons(first["About 30%"]!, second["one in three"]!) == [.rounding])
    #expect(reasons(second["two-thirds"]!, third["68%"]!) == [.rounding])
    // A bound keeps its side: "more than half" is no rounding of 45%, but may be of 55%.
    let bound = figures("More than half of staff struck; about 45% did; about 55% did.")
    #expect(!reasons(bound["More than half"]!, bound["about 45%"]!).contains(.rounding))
    #expect(reasons(bound["More than half"]!, bound["about 55%"]!).contains(.rounding))
    // 45% is no one in three, however hedged the other.
    #expect(!reasons(third["45%"]!, second["one in three"]!).contains(.rounding))
  }

  @Test func oneSpanInTwoUnitsOfTimeIsAUnitDifference() {
    let first = figures("The curfew lasts 48 hours; the strike lasted 30 hours.", source: "a")
    let second = figures("The curfew lasts two days; talks took 30 hours.", source: "b")
    func reasons(_ x: Figure, _ y: Figure) -> [ScanReason] {
      ScanReasons.reasons(for: [(x, "2026-03-12"), (y, "2026-03-12")], rates: Self.sessionOnly())
    }
    #expect(reasons(first["48 hours"]!, second["two days"]!) == [.unitDifference])
    // Both in hours: the unit explains nothing.
    #expect(!reasons(first["30 hours"]!, second["30 hours"]!).contains(.unitDifference))
    #expect(!reasons(first["48 hours"]!, first["30 hours"]!).contains(.unitDifference))
  }

  @Test func twoReportsCountingDifferentNounsCountDifferently() {
    let first = figures("The lender has about 280,000 customers and 34 branches.", source: "a")
    let second = figures("Deposits were held by 212,460 depositors in 36 branches.", source: "b")
    func reasons(_ x: Figure, _ y: Figure) -> [ScanReason] {
      ScanReasons.reasons(for: [(x, "2026-03-12"), (y, "2026-03-12")], rates: Self.sessionOnly())
    }
    #expect(
      reasons(first["about 280,000"]!, second["212,460"]!).contains(.countingDifference))
    // One noun in both: the count, not the counting, differs.
    #expect(!reasons(first["34"]!, second["36"]!).contains(.countingDifference))
    // One article's counts of two nouns are its parts, not two ways of counting.
    #expect(!reasons(first["about 280,000"]!, first["34"]!).contains(.countingDifference))
  }

  @Test func reasonRawValuesAreTheContract() {
    #expect(
      ScanReason.allCases.map(\.rawValue) == [
        "rounding", "time_difference", "scope_difference", "counting_difference",
        "unit_difference", "currency_difference", "hedge_difference", "percent_vs_points",
        "contradiction",
      ])
  }

  // MARK: - On small invented articles

  var articles: [Source] {
    [
      source(
        "a", date: "2026-03-10",
        "Quake kills 41\n\nA strong earthquake struck the coast, killing at least 41 people, officials said. The shaking was felt at 10:47 p.m. and again at 11 p.m. Some 12,000 people spent the night in schools. A similar quake killed 18 people in 2019."
      ),
      source(
        "b", date: "2026-03-12",
        "Death toll rises\n\nThe death toll from Monday's earthquake rose to 69 on Thursday, officials said. About 31,000 people remain in evacuation centres. Rescuers worked until 6 a.m."
      ),
    ]
  }

  @Test func pairsTheTollsAcrossArticlesAndLeavesClockTimesOut() throws {
    let found = DiscrepancyScanner(comparator: Comparator(), limit: 50).scan(articles)
    let texts = found.map { $0.figures.map(\.figure.text) }
    let toll = try #require(found.first { $0.figures.map(\.figure.text).contains("69") })
    #expect(toll.figures.map(\.figure.text).contains("at least 41"))
    #expect(toll.reasons.contains(.timeDifference))
    #expect(toll.evidence.contains { ["killing", "death", "kills", "killed"].contains($0) })
    for group in texts {
      #expect(!group.contains("10") && !group.contains("11") && !group.contains("6"), "\(group)")
      // The headline's "41" repeats the body's without its hedge: the body's mention meets
      // the other article, and the headline's is offered only beside the body's
      // (``TitleRestatement``).
      if group.contains("41") { #expect(group.sorted() == ["41", "at least 41"], "\(group)") }
    }
    let title = try #require(found.first { $0.figures.map(\.figure.text).contains("41") })
    #expect(title.reasons.contains(.hedgeDifference))
  }

  @Test func aTitleLineRepeatsTheBodysFigureSoTheBodysMentionIsProfiled() throws {
    let blog = source(
      "c", date: "2026-03-11",
      "Live: quake toll climbs\n\nUpdates from our team in the city.\n\n6:40 p.m. — Death toll now 58\nCivil defence officials raised the confirmed death toll to 58 after rescuers reached two villages.\n2:05 p.m. — Schools closed\nClasses were suspended in 11 towns.\n"
    )
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(of: [blog], kind: nil, rates: Self.sessionOnly()).profiles
    let tolls = profiles.filter { $0.figure.text == "58" }
    let body = try #require(blog.text.range(of: "Civil"))
    #expect(tolls.count == 1)
    #expect(
      tolls.first?.figure.start ?? 0
        > blog.text.unicodeScalars.distance(
          from: blog.text.startIndex, to: body.lowerBound))
    // A hard-wrapped text ends most lines without a full stop: its lines are not titles.
    let wrapped = source(
      "d", date: "2026-03-11",
      "The death toll rose to 58 after rescuers\nreached two villages, and officials said the\ntoll of 58 could rise further as teams\nsearch the hills.\n"
    )
    var again = FigureProfiler()
    let both = again.profiles(of: [wrapped], kind: nil, rates: Self.sessionOnly()).profiles
    #expect(both.filter { $0.figure.text == "58" }.count == 2)
  }

  @Test func nearValuesAreComparedThoughTheirWordsDiffer() throws {
    let sources = [
      source("a", date: "2026-03-10", "Ana Ruiz finished with 17.0% of ballots.\n"),
      source("b", date: "2026-03-11", "Polls gave Moreno 17.2% support yesterday.\n"),
      source("c", date: "2026-03-11", "Turnout reached 19.5% by noon.\n"),
    ]
    var profiler = FigureProfiler()
    let (profiles, topics) = profiler.profiles(
      of: sources, kind: nil, rates: Self.sessionOnly())
    try #require(profiles.count == 3)
    let pairs = DiscrepancyScanner(comparator: Comparator()).candidatePairs(
      profiles, topics: topics)
    #expect(pairs.score(0, 1) != nil)
    // A value 13% away shares no word and no band: never compared.
    #expect(pairs.score(0, 2) == nil && pairs.score(1, 2) == nil)
  }

  @Test func theValueAChangeStartedFromIsAnEarlierReading() {
    let article = source(
      "e", date: "2026-03-11",
      "Toll climbs\n\nOfficials raised the confirmed death toll to 58, up from 41 this morning. Gross margin fell to 61.5% from 64.7%.\n"
    )
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(of: [article], kind: nil, rates: Self.sessionOnly()).profiles
    func period(_ text: String) -> FigureProfile.Period? {
      profiles.first { $0.figure.text == text }?.period
    }
    #expect(period("58") == .current)
    #expect(period("41") == .earlier)
    #expect(period("61.5%") == .current)
    #expect(period("64.7%") == .earlier)
  }

  @Test func aFigureOfAnEarlierYearIsAnotherPeriod() {
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(of: articles, kind: nil, rates: Self.sessionOnly()).profiles
    let old = profiles.first { $0.figure.text == "18" }
    let toll = profiles.first { $0.figure.text == "69" }
    #expect(old?.period == .earlier)
    #expect(old?.years == [2019])
    #expect(toll?.period == .current)
  }

  @Test func countsOfPeopleWithDifferentFatesAreDifferentMeasures() throws {
    let sources = [
      source("a", date: "2026-03-10", "The earthquake killed 230 people in the province.\n"),
      source("b", date: "2026-03-11", "The earthquake injured 240 people in the province.\n"),
      source(
        "c", date: "2026-03-12", "Some 250 people died in the province after the earthquake.\n"),
    ]
    var profiler = FigureProfiler()
    let (profiles, topics) = profiler.profiles(
      of: sources, kind: nil, rates: Self.sessionOnly())
    func profile(_ text: String) throws -> FigureProfile {
      try #require(profiles.first { $0.figure.text.hasSuffix(text) })
    }
    let killed = try profile("230")
    let injured = try profile("240")
    let died = try profile("250")
    // "killed" and "died" are one fate; "injured" another.
    #expect(killed.outcome != nil && killed.outcome == died.outcome)
    #expect(injured.outcome != nil && injured.outcome != killed.outcome)
    let same = try #require(PairScore.score(killed, died, topics: topics))
    let other = try #require(PairScore.score(killed, injured, topics: topics))
    #expect(!same.conflict)
    // Never in one group, and far less alike than their shared words alone would make them.
    #expect(other.conflict)
    #expect(other.sameness < same.sameness * 0.6)
    // Between two figures, an equally near word after a figure is its own.
    let both = source(
      "d", date: "2026-03-12", "At least 230 people were injured and 14 were missing.\n")
    var again = FigureProfiler()
    let pair = again.profiles(of: [both], kind: nil, rates: Self.sessionOnly()).profiles
    let hurt = try #require(pair.first { $0.figure.text.hasSuffix("230") })
    let missing = try #require(pair.first { $0.figure.text == "14" })
    #expect(hurt.outcome != nil && missing.outcome != nil && hurt.outcome != missing.outcome)
  }

  @Test func aSubjectAnyCountMayHaveMakesNoTwoCountsAlike() throws {
    let sources = [
      source("a", date: "2026-03-10", "Some 300 people were hurt in the storm.\n"),
      source("b", date: "2026-03-10", "About 310 people lost power in the storm.\n"),
      source("c", date: "2026-03-10", "The storm destroyed 305 homes in the north.\n"),
      source("d", date: "2026-03-11", "The storm destroyed 320 homes in the north.\n"),
    ]
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(of: sources, kind: nil, rates: Self.sessionOnly()).profiles
    func subjects(_ text: String) throws -> [Int32] {
      try #require(profiles.first { $0.figure.text.hasSuffix(text) }).subjects
    }
    // "people" says nothing of what was counted: hurt or without power.
    #expect(PairScore.subjectOverlap(try subjects("300"), try subjects("310")) == 0)
    #expect(PairScore.subjectOverlap(try subjects("305"), try subjects("320")) == 1)
  }

  @Test func aPeriodWordBelongsToTheFigureOfItsOwnClause() {
    let article = source(
      "c", date: "2026-03-12",
      "Floods\n\nAbout 70 per cent of the park is under water, up from 52 per cent ten days ago, an 18 per cent rise. In 2019, 18 people died in the floods. She scored 14 goals in 41 games last season."
    )
    var profiler = FigureProfiler()
    let profiles = profiler.profiles(of: [article], kind: nil, rates: Self.sessionOnly()).profiles
    func period(_ text: String) -> FigureProfile.Period? {
      profiles.first { $0.figure.text.hasSuffix(text) }?.period
    }
    // "ten days ago" is the baseline's, in the clause of "52 per cent", not the rise's.
    #expect(period("18 per cent") == .current)
    #expect(period("52 per cent") == .earlier)
    // A year opening the sentence still dates the figure after it.
    #expect(period("18") == .earlier)
    // "last season" covers every figure of its clause.
    #expect(period("14") == .earlier)
  }
}

@Suite("Which groups are worth a look")
struct ScanWorthTests {
  @Test func equalValuesInDifferentUnitsRankWithCloseOnesAboveAgreement() {
    let agreeing = PairScore(sameness: 0.8, relation: .equal)
    let inTwoUnits = PairScore(sameness: 0.8, relation: .equal, unitsDiffer: true)
    let close = PairScore(sameness: 0.8, relation: .close)
    #expect(SuggestionGrouper.worth(inTwoUnits) > SuggestionGrouper.worth(agreeing))
    #expect(SuggestionGrouper.worth(inTwoUnits) == SuggestionGrouper.worth(close))
  }
}

@Suite("How suggestions are grouped and ranked")
struct ScanGroupingTests {
  /// Figures 0 and 1 come from one article, figure 2 from another; each article figure is
  /// alike the other article's, and the two article figures are as alike as `within`.
  func groups(within: PairScore) -> [[Int]] {
    var table = PairTable()
    table.appendRow([
      (1, within), (2, PairScore(sameness: 0.8, relation: .different)),
    ])
    table.appendRow([(2, PairScore(sameness: 0.8, relation: .different))])
    table.appendRow([])
    let sources = [0, 0, 1]
    return SuggestionGrouper(threshold: 0.35).groups(
      table, source: { sources[$0] }, rescore: { _, _ in nil }
    ).map(\.members)
  }

  @Test func twoValuesOfOneArticleJoinAGroupOnlyWhenAlikeOnTheirOwn() {
    // On average the three are alike enough; the article's two values are not.
    let apart = groups(within: PairScore(sameness: 0.2, relation: .different))
    #expect(!apart.contains { $0.contains(0) && $0.contains(1) })
    #expect(apart.contains { $0.contains(2) })
    let alike = groups(within: PairScore(sameness: 0.5, relation: .different))
    #expect(alike.contains([0, 1, 2]))
  }

  /// The groups of two figures of one article scored `score`.
  func oneArticleGroups(_ score: PairScore) -> [[Int]] {
    var table = PairTable()
    table.appendRow([(1, score)])
    table.appendRow([])
    return SuggestionGrouper(threshold: 0.35).groups(
      table, source: { _ in 0 }, rescore: { _, _ in nil }
    ).map(\.members)
  }

  @Test func oneArticlesFiguresAloneAreOfferedOnlyWhenMoreAlike() {
    // An article giving one value twice only repeats itself.
    #expect(oneArticleGroups(PairScore(sameness: 0.9, relation: .equal)).isEmpty)
    // Two of its values as alike as figures of two articles need be: parts side by side.
    #expect(oneArticleGroups(PairScore(sameness: 0.4, relation: .different)).isEmpty)
    #expect(oneArticleGroups(PairScore(sameness: 0.5, relation: .different)) == [[0, 1]])
  }

  @Test func agreeingFiguresNeedTwoSharedWordsOthersOne() {
    #expect(ScanEvidence.leastTerms(agreeing: false) == 1)
    #expect(ScanEvidence.leastTerms(agreeing: true) == 2)
    var table = PairTable()
    table.appendRow([(1, PairScore(sameness: 0.8, relation: .equal))])
    table.appendRow([(2, PairScore(sameness: 0.8, relation: .equal, unitsDiffer: true))])
    table.appendRow([])
    let groups = SuggestionGrouper(threshold: 0.35).groups(
      table, source: { $0 }, rescore: { _, _ in nil })
    // Equal values in two units are a difference a reader sees, not agreement.
    #expect(groups.count == 1)
    #expect(groups.allSatisfy { !$0.isAgreement })
    var agreeing = PairTable()
    agreeing.appendRow([(1, PairScore(sameness: 0.8, relation: .equal))])
    agreeing.appendRow([])
    let agreement = SuggestionGrouper(threshold: 0.35).groups(
      agreeing, source: { $0 }, rescore: { _, _ in nil })
    #expect(agreement.map(\.isAgreement) == [true])
  }

  @Test func aPairFromOneArticleRanksBelowAWeakerOneAcrossOutlets() {
    let strong = SuggestionGrouper.worth(PairScore(sameness: 0.8, relation: .different))
    let weaker = SuggestionGrouper.worth(PairScore(sameness: 0.5, relation: .different))
    #expect(
      strong * SuggestionGrouper.sourcesFactor(1) < weaker * SuggestionGrouper.sourcesFactor(2))
  }

  @Test func groupsSharingFewWordsRankLater() {
    #expect(ScanEvidence.rankFactor(0) < ScanEvidence.rankFactor(1))
    #expect(ScanEvidence.rankFactor(1) < ScanEvidence.rankFactor(2))
    #expect(ScanEvidence.rankFactor(2) == ScanEvidence.rankFactor(6))
  }

  @Test func theCurrencyAndUnitGlossesHoldWhenTheAmountsDiffer() {
    // Said of "€1.6bn" against "$2 billion" too: the words must not claim equal amounts.
    for reason in [ScanReason.currencyDifference, .unitDifference] {
      #expect(!reason.words.contains("same amount"))
      #expect(reason.words.contains("conversion"))
    }
  }
}
