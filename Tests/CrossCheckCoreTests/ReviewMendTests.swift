import Foundation
import Testing

@testable import CrossCheckCore

/// `compare` offers a rounding only where the scan sees one (``Comparator/isRounding``): the
/// round figure is what the precise one rounds to at its last significant digit.
@Suite("A rounding, as compare judges it")
struct ComparatorRoundingTests {
  let comparator = Comparator()

  private func offersRounding(_ a: String, _ b: String) throws -> Bool {
    let comparison = comparator.compare([
      try ComparisonCorpus.item(a, in: "The average asking price was \(a)."),
      try ComparisonCorpus.item(b, in: "The average asking price was \(b)."),
    ])
    return comparison.explanations.contains { if case .rounding = $0 { true } else { false } }
  }

  @Test func aRoundFigureThePreciseOneRoundsToIsARounding() throws {
    #expect(try offersRounding("€352,400", "€350,000"))
    #expect(try offersRounding("€352,400", "€352,000"))
  }

  @Test func aRoundFigureItDoesNotRoundToIsNone() throws {
    // 3.5% apart, within the old tenth, yet €352,400 rounds to €350,000, not €340,000.
    #expect(try !offersRounding("€352,400", "€340,000"))
  }

  @Test func theDecimalPlaceOfTheLastSignificantDigit() {
    #expect(Comparator.lastDigitPlace(340_000) == 10_000)
    #expect(Comparator.lastDigitPlace(Decimal(string: "12.5")!) == Decimal(string: "0.1")!)
    #expect(Comparator.lastDigitPlace(7) == 1)
    #expect(Comparator.lastDigitPlace(Decimal(string: "0.05")!) == Decimal(string: "0.01")!)
  }
}

/// "On" and a year after a figure compare it with that year only when the year ends its
/// phrase: "$3bn on 2022 flood relief" spends, it compares nothing.
@Suite("A year that qualifies a noun is no baseline")
struct ScanBaselineYearPhraseTests: ScanArticleFixtures {
  @Test func aYearBeforeItsNounIsTheFiguresOwn() throws {
    let (profiles, _) = self.profiles([
      "The council spent $3bn on 2022 flood relief, the audit found.\n",
      "The council spent an extra $3bn on 2021, the audit found.\n",
    ])
    let spending = try profile("$3bn", in: profiles, source: 0)
    #expect(spending.baselineYears.isEmpty)
    #expect(spending.years.contains(2022))
    let change = try profile("$3bn", in: profiles, source: 1)
    #expect(change.baselineYears.contains(2021))
    #expect(change.years.isEmpty)
  }
}

/// Two counts of one noun a few percent apart are one count only when one is hedged or rounds
/// the other: "96 firefighters" and "98 firefighters" are two counts of their kind.
@Suite("A count of one noun, near but not rounded")
struct ScanNounOnlyNearTests: ScanArticleFixtures {
  @Test func nearCountsNeitherRoundingTheOtherAreOnlyOfOneKind() throws {
    let (profiles, topics) = self.profiles([
      "Crews from Lyon sent 96 firefighters to the blaze.\n",
      "Officials in Grenoble deployed 98 firefighters overnight.\n",
    ])
    let x = try profile("96", in: profiles)
    let y = try profile("98", in: profiles)
    let cosines = { (x.context.cosine(y.context), PairScore.storySimilarity(x, y, topics: topics)) }
    let parts = try #require(PairScore.parts(x, y, cosines: cosines))
    #expect(parts.relation == .close)
    #expect(!PairScore.isRoundingOrHedge(x, y, relation: parts.relation))
    #expect(parts.nounOnly < 1)
  }
}

/// What a verb of change is said of is its subject, past the phrases that say whose or where.
@Suite("The subject of a verb of change")
struct ChangeVerbSubjectTests {
  @Test func aChangeVerbsSubjectIsFoundPastItsComplements() throws {
    let figures = FigureExtractor.extract(
      from: "The death toll from the derailment of a crowded train rose to 26 on Sunday.\n",
      source: SourceID("t"))
    let toll = try #require(figures.first { $0.text == "26" })
    #expect(toll.subject == "death toll")
  }
}

/// An average and a median summarize one set of values in two ways: figures whose subjects
/// name different statistics are two measures (``SummaryStatistic``).
@Suite("An average against a median")
struct ScanSummaryStatisticTests: ScanArticleFixtures {
  @Test func anAverageAndAMedianAreTwoMeasures() throws {
    let (profiles, topics) = self.profiles([
      "The average asking price for a home rose to €352,400 in September.\n",
      "The median price paid was €340,000 in September.\n",
      "Prices for a home reached €350,000 in September.\n",
    ])
    let average = try profile("€352,400", in: profiles)
    let median = try profile("€340,000", in: profiles)
    let plain = try profile("€350,000", in: profiles)
    #expect(average.measure.statistic == .mean)
    #expect(median.measure.statistic == .median)
    #expect(plain.measure.statistic == SummaryStatistic.none)
    let apart = try #require(PairScore.score(average, median, topics: topics))
    #expect(apart.conflict)
    let cosines = {
      (
        average.context.cosine(median.context),
        PairScore.storySimilarity(average, median, topics: topics)
      )
    }
    #expect(try #require(PairScore.parts(average, median, cosines: cosines)).otherStatistic)
    // A figure whose subject names no statistic meets either.
    #expect(!SummaryStatistic.areApart(average.measure, plain.measure))
  }

  /// A statistic named before the figure in its clause is its statistic, even when its
  /// subject is read as another word ("The median price paid for a home … was €340,000"); a
  /// statistic of another clause is not.
  @Test func aStatisticBeforeTheFigureInItsClauseIsItsOwn() throws {
    let (profiles, _) = self.profiles([
      "The median price paid for a home in the 12 months to September was €340,000.\n",
      "The average rent fell, while a typical home sold for €310,000 in Cork.\n",
    ])
    let median = try profile("€340,000", in: profiles)
    let other = try profile("€310,000", in: profiles)
    #expect(median.measure.statistic == .median)
    #expect(other.measure.statistic == SummaryStatistic.none)
  }
}

/// "On" and a year with a noun of comparison after it ("on 2023 levels") is still a baseline.
@Suite("A year's levels as a baseline")
struct ScanBaselineLevelsTests: ScanArticleFixtures {
  @Test func aYearsLevelsAreTheBaseline() throws {
    let (profiles, _) = self.profiles([
      "Net migration was an extra 221,000 on 2023 levels, the office said.\n"
    ])
    let change = try profile("221,000", in: profiles)
    #expect(change.baselineYears.contains(2023))
    #expect(change.years.isEmpty)
  }
}

/// Subjects of a verb of change past more kinds of complement, and past a comparison in time.
@Suite("More subjects of a verb of change")
struct ChangeVerbSubjectMoreTests {
  @Test(arguments: [
    ("The unemployment rate in Spain was 11.2% in March.\n", "11.2%", "unemployment rate"),
    ("Turnout in the capital stood at 62%.\n", "62%", "Turnout"),
    (
      "The bank's total capital to risk-weighted assets ratio was 9.2 per cent.\n",
      "9.2 per cent", "risk-weighted assets ratio"
    ),
    ("Support among women fell to 36%.\n", "36%", "Support"),
    ("The death toll in December rose to 26.\n", "26", "death toll"),
    (
      "In Dublin, the average asking price rose 5.1% year-on-year to €468,000.\n", "€468,000",
      "average asking price"
    ),
  ])
  func theSubjectIsFoundPastItsComplement(_ sentence: String, _ text: String, _ subject: String)
    throws
  {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("t"))
    let figure = try #require(figures.first { $0.text == text }, "\(figures.map(\.text))")
    #expect(figure.subject == subject)
  }
}

/// `compare` reads a hedged figure's rounding from its number as written, and a fraction past
/// twelfths by its digits.
@Suite("A rounding in compare, hedged or a fraction")
struct ComparatorRoundingHedgeTests {
  let comparator = Comparator()

  private func offersRounding(_ a: String, _ sentenceA: String, _ b: String, _ sentenceB: String)
    throws -> Bool
  {
    let comparison = comparator.compare([
      try ComparisonCorpus.item(a, in: sentenceA), try ComparisonCorpus.item(b, in: sentenceB),
    ])
    return comparison.explanations.contains { if case .rounding = $0 { true } else { false } }
  }

  @Test func aDownwardHedgeIsReadAsWritten() throws {
    #expect(
      try offersRounding(
        "nearly $1,900", "Depositors lost nearly $1,900 each.", "$1,870",
        "Depositors lost $1,870 each."))
  }
}
