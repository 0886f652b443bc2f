import Foundation
import Testing

@testable import CrossCheckCore

/// The five corpus articles, loaded once, and figures from them with their publication dates.
enum ComparisonCorpus {
  static let corpus: Corpus = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    var corpus = Corpus()
    _ = corpus.load(folder.path)
    return corpus
  }()

  /// A corpus figure by id (`bl0122:9`) with its source's date.
  static func item(_ id: String) throws -> (figure: Figure, sourceDate: String?) {
    let figureID = try #require(FigureID(id))
    let source = try #require(corpus.source(figureID.source), "\(figureID.source) is not loaded")
    let figure = try #require(source.figure(figureID), "no figure \(id)")
    return (figure, source.metadata.date)
  }

  /// The first figure in `sentence` whose text is `text`, as if from a source dated `date`.
  static func item(_ text: String, in sentence: String, date: String? = nil, source: String = "s")
    throws -> (figure: Figure, sourceDate: String?)
  {
    let figure = try #require(
      FigureExtractor.extract(from: sentence, source: SourceID(source)).first { $0.text == text },
      "'\(text)' was not extracted from '\(sentence)'")
    return (figure, date)
  }

  /// A figure typed at the prompt (`compare bl0122:8 "$4.5 billion"`).
  static func typed(_ text: String) throws -> (figure: Figure, sourceDate: String?) {
    let figure = try #require(
      FigureExtractor.extract(from: text, source: ComparedFigure.typedSource).first)
    return (figure, nil)
  }
}

@Suite("Comparing figures: the corpus figures this suite relies on")
struct ComparisonCorpusTests {
  @Test(arguments: [
    ("bl0122:9", "$300 billion"), ("il1203:11", "€210 billion"), ("il1203:13", "€185 billion"),
    ("il1203:17", "€200 billion"), ("bl0122:8", "about $4 billion to $5 billion"),
    ("bl0122:5", "six"), ("bl0123:2", "seventh"), ("bl0123:1", "almost four hours"),
    ("il1203:1", "five hours"), ("gra1204:5", "at least 20,000"), ("gra1204:4", "€90 billion"),
    ("il1203:15", "€90 billion"), ("bl0123:8", "More than 1,900"), ("il1203:5", "19%"),
  ])
  func figureIDsPointAtTheExpectedText(_ id: String, _ text: String) throws {
    #expect(try ComparisonCorpus.item(id).figure.text == text)
  }
}

@Suite("Comparing figures: assessments")
struct ComparatorAssessmentTests {
  let comparator = Comparator()

  @Test func almostFourHoursAndFiveHoursDiffer() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0123:1"), try ComparisonCorpus.item("il1203:1"),
    ])
    #expect(comparison.assessment == .differ)
    #expect(comparison.entries.map(\.unit) == ["hour", "hour"])
    #expect(comparison.entries[0].interval == Interval(lower: Decimal(string: "3.6")!, upper: 4))
    #expect(comparison.entries[1].interval == .point(5))
    #expect(comparison.entries[1].difference == Decimal(string: "1.2")!)
    #expect(comparison.explanations.contains(.hedged(["“almost” on almost four hours"])))
  }

  @Test func atLeastTwentyThousandAndTwentyOneThousandAreConsistent() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("gra1204:5"),
      try ComparisonCorpus.item("21,000", in: "Russia had taken 21,000 Ukrainian children."),
    ])
    #expect(comparison.assessment == .consistent)
    #expect(comparison.entries[1].difference == 1_000)
    #expect(comparison.entries[1].relativeDifference == 5)
  }

  @Test func atLeastTwentyThousandAndNineteenThousandDiffer() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("gra1204:5"),
      try ComparisonCorpus.item("19,000", in: "Russia had taken 19,000 Ukrainian children."),
    ])
    #expect(comparison.assessment == .differ)
  }

  @Test func anApproximateRangeIsConsistentWithAValueInside() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:8"), try ComparisonCorpus.typed("$4.5 billion"),
    ])
    #expect(comparison.assessment == .consistent)
    #expect(comparison.entries[0].interval == Interval(lower: 3_600_000_000, upper: 5_500_000_000))
    #expect(comparison.entries[1].interval == .point(4_500_000_000))
    #expect(comparison.entries[1].difference == -50_000_000)
  }

  @Test func anApproximateRangeDiffersFromAValueBeyondItsReach() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:8"), try ComparisonCorpus.typed("$6 billion"),
    ])
    #expect(comparison.assessment == .differ)
  }

  @Test func moreThanExcludesItsOwnBound() throws {
    let atTheBound = comparator.compare([
      try ComparisonCorpus.item("bl0123:8"),
      try ComparisonCorpus.item("1,900", in: "Officials counted 1,900 buildings without heat."),
    ])
    #expect(atTheBound.assessment == .differ)
    let above = comparator.compare([
      try ComparisonCorpus.item("bl0123:8"),
      try ComparisonCorpus.item("1,901", in: "Officials counted 1,901 buildings without heat."),
    ])
    #expect(above.assessment == .consistent)
  }

  @Test func theToleranceDecidesHowFarAboutReaches() throws {
    let items = [
      try ComparisonCorpus.item("About 100", in: "About 100 people came."),
      try ComparisonCorpus.item("115", in: "Officials counted 115 people."),
    ]
    let strict = Comparator(tolerance: Decimal(string: "0.1")!).compare(items)
    #expect(strict.assessment == .differ)
    #expect(strict.entries[0].interval == Interval(lower: 90, upper: 110))
    let loose = Comparator(tolerance: Decimal(string: "0.2")!).compare(items)
    #expect(loose.assessment == .consistent)
    #expect(loose.entries[0].interval == Interval(lower: 80, upper: 120))
    // At 0.15 the interval ends exactly at 115, inclusive.
    #expect(
      Comparator(tolerance: Decimal(string: "0.15")!).compare(items).assessment == .consistent)
  }

  @Test func theDefaultToleranceIsTenPercent() {
    #expect(Comparator().tolerance == Decimal(string: "0.1")!)
  }

  @Test func equalPlainFiguresAgree() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("gra1204:4"), try ComparisonCorpus.item("il1203:15"),
    ])
    #expect(comparison.assessment == .agree)
    #expect(comparison.entries[1].difference == 0)
    #expect(comparison.entries[1].relativeDifference == 0)
  }

  @Test func durationsInDifferentUnitsAreConvertedToTheFirstOnesUnit() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("48 hours", in: "The talks lasted 48 hours."),
      try ComparisonCorpus.item("two days", in: "The talks lasted two days."),
    ])
    #expect(comparison.entries.map(\.unit) == ["hour", "hour"])
    #expect(comparison.entries[1].interval == .point(48))
    #expect(comparison.assessment == .agree)
  }

  @Test func hoursConvertExactlyIntoDays() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("two days", in: "The talks lasted two days."),
      try ComparisonCorpus.item("48 hours", in: "The talks lasted 48 hours."),
    ])
    #expect(comparison.entries.map(\.unit) == ["day", "day"])
    #expect(comparison.entries[1].interval == .point(2))
    #expect(comparison.assessment == .agree)
  }

  @Test func monthsAndYearsAgreeExactly() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("two years", in: "The loan runs for two years."),
      try ComparisonCorpus.item("24 months", in: "The loan runs for 24 months."),
    ])
    #expect(comparison.entries.map(\.unit) == ["year", "year"])
    #expect(comparison.entries[1].interval == .point(2))
    #expect(comparison.assessment == .agree)
  }

  @Test func sixQuartersAreEighteenMonths() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("18 months", in: "Prices rose for 18 months."),
      try ComparisonCorpus.item("six quarters", in: "Prices rose for six quarters."),
    ])
    #expect(comparison.entries.map(\.unit) == ["month", "month"])
    #expect(comparison.entries[1].interval == .point(18))
    #expect(comparison.assessment == .agree)
  }

  @Test func ninetyMinutesIsAnHourAndAHalf() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("1.5 hours", in: "The call lasted 1.5 hours."),
      try ComparisonCorpus.item("90 minutes", in: "The call lasted 90 minutes."),
    ])
    #expect(comparison.entries[1].interval == .point(Decimal(string: "1.5")!))
    #expect(comparison.assessment == .agree)
  }

  @Test func aFractionAndAPercentageAreComparedInTheFirstOnesTerms() throws {
    let thirds = comparator.compare([
      try ComparisonCorpus.item("68%", in: "A survey found 68% opposed the plan."),
      try ComparisonCorpus.item("two-thirds", in: "Polls suggest two-thirds oppose the plan."),
    ])
    #expect(thirds.entries.map(\.unit) == ["percent", "percent"])
    #expect(thirds.assessment == .differ)
    // "Two-thirds" is the round one: it stands for any share from about 62% to 71%.
    #expect(thirds.explanations.contains(.rounding(rounded: "two-thirds", precise: "68%")))
    let half = comparator.compare([
      try ComparisonCorpus.item("one in two", in: "Only one in two trains ran."),
      try ComparisonCorpus.item("50%", in: "Only 50% of trains ran."),
    ])
    #expect(half.entries.map(\.unit) == ["fraction", "fraction"])
    #expect(half.entries[1].interval == .point(Decimal(string: "0.5")!))
    #expect(half.assessment == .agree)
  }

  @Test func differentKindsAreIncomparable() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("il1203:11"), try ComparisonCorpus.item("il1203:5"),
    ])
    #expect(comparison.assessment == .incomparable)
    #expect(comparison.explanations.contains(.differentUnits(["money", "percent"])))
    #expect(comparison.entries[1].interval == nil)
  }

  @Test func nothingToCompareIsIncomparable() {
    let comparison = comparator.compare([])
    #expect(comparison.assessment == .incomparable)
    #expect(comparison.entries.isEmpty)
  }
}

@Suite("Comparing figures: currencies at dated rates")
struct ComparatorCurrencyTests {
  static let ecbDecember3 = ExchangeRate(
    base: "EUR", quote: "USD", rate: Decimal(string: "1.1650")!, date: "2025-12-03",
    source: "ECB reference rate")
  static let ecbDecember10 = ExchangeRate(
    base: "EUR", quote: "USD", rate: Decimal(string: "1.1500")!, date: "2025-12-10",
    source: "ECB reference rate")
  static let ecbJanuary20 = ExchangeRate(
    base: "EUR", quote: "USD", rate: Decimal(string: "1.2")!, date: "2026-01-20",
    source: "ECB reference rate")

  @Test func convertsEurosToDollarsAtTheRateOfTheArticlesDate() throws {
    let comparator = Comparator(
      rates: RateTable(rates: [Self.ecbDecember10, Self.ecbDecember3, Self.ecbJanuary20]),
      reference: .none)
    // $300 billion (2026-01-22) is the reference; €210 billion is from 2025-12-03.
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
    ])
    let euros = comparison.entries[1]
    #expect(euros.sourceDate == "2025-12-03")
    #expect(euros.unit == "USD")
    #expect(euros.interval == .point(244_650_000_000))
    let conversion = try #require(euros.conversion)
    #expect(conversion.from == "EUR")
    #expect(conversion.to == "USD")
    #expect(conversion.factor == Decimal(string: "1.165")!)
    #expect(conversion.rates == [Self.ecbDecember3])
    #expect(conversion.description == "1 EUR = 1.165 USD (ECB reference rate, 2025-12-03)")
    #expect(comparison.entries[0].conversion == nil)
    #expect(euros.difference == -55_350_000_000)
    #expect(euros.relativeDifference == Decimal(string: "-18.45")!)
    #expect(comparison.assessment == .differ)
    #expect(!comparison.explanations.contains { if case .noRate = $0 { true } else { false } })
  }

  @Test func convertsDollarsToEurosWithTheInverseRateOfTheirOwnDate() throws {
    let comparator = Comparator(
      rates: RateTable(rates: [Self.ecbDecember3, Self.ecbDecember10, Self.ecbJanuary20]),
      reference: .none)
    let comparison = comparator.compare([
      try ComparisonCorpus.item("il1203:11"), try ComparisonCorpus.item("bl0122:9"),
    ])
    let dollars = comparison.entries[1]
    #expect(dollars.unit == "EUR")
    #expect(dollars.conversion?.rates == [Self.ecbJanuary20])
    let center = try #require(dollars.interval?.center)
    #expect(abs(center - 250_000_000_000) < Decimal(string: "0.000001")!)
    #expect(dollars.interval == .point(250_000_000_000))
    #expect(dollars.difference == 40_000_000_000)
  }

  @Test func anAmountThatMatchesAtTheInverseRateAgrees() throws {
    let comparator = Comparator(rates: RateTable(rates: [Self.ecbJanuary20]), reference: .none)
    let comparison = comparator.compare([
      try ComparisonCorpus.typed("€250 billion"), try ComparisonCorpus.item("bl0122:9"),
    ])
    #expect(comparison.entries[1].conversion?.rates == [Self.ecbJanuary20])
    #expect(comparison.assessment == .agree)
  }

  @Test func withoutARateOnOrBeforeTheDateTheFiguresAreIncomparable() throws {
    // Only a rate from after the €210 billion article: it must not be used.
    let comparator = Comparator(rates: RateTable(rates: [Self.ecbDecember10]), reference: .none)
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(comparison.assessment == .incomparable)
    #expect(comparison.explanations.contains(.noRate(from: "EUR", to: "USD", day: "2025-12-03")))
    #expect(comparison.entries[1].interval == nil)
    #expect(comparison.entries[1].conversion == nil)
    #expect(comparison.entries[1].difference == nil)
  }

  @Test func withNoRatesAtAllTheExplanationSaysHowToAddOne() throws {
    let comparison = Comparator(reference: .none).compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(comparison.assessment == .incomparable)
    let explanation = Explanation.noRate(from: "EUR", to: "USD", day: "2025-12-03")
    #expect(comparison.explanations.contains(explanation))
    #expect(
      explanation.description.hasPrefix(
        "no EUR→USD rate on or before 2025-12-03; add one with 'rate EUR USD RATE --date YYYY-MM-DD'"
      ))
  }

  @Test func aTypedFigureUsesTheLatestRate() throws {
    let comparator = Comparator(
      rates: RateTable(rates: [Self.ecbDecember3, Self.ecbJanuary20]), reference: .none)
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.typed("€250 billion"),
    ])
    #expect(comparison.entries[1].interval == .point(300_000_000_000))
    #expect(comparison.entries[1].conversion?.rates == [Self.ecbJanuary20])
    #expect(comparison.assessment == .agree)
  }
}

@Suite("Comparing figures: explanations offered")
struct ComparatorExplanationTests {
  let comparator = Comparator(
    rates: RateTable(rates: [
      ExchangeRate(
        base: "EUR", quote: "USD", rate: Decimal(string: "1.1650")!, date: "2025-12-03",
        source: "ECB reference rate")
    ]))

  @Test func differentScopes() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(comparison.explanations.contains(.differentScope(["worldwide", "Europe, in 2022"])))
    #expect(
      Explanation.differentScope(["worldwide", "Europe, in 2022"]).description
        == "different scope: worldwide vs Europe, in 2022")
  }

  @Test func sameScopeAndDateOfferNeitherExplanation() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("il1203:17"), try ComparisonCorpus.item("il1203:17"),
    ])
    #expect(
      !comparison.explanations.contains {
        switch $0 {
        case .differentScope, .differentDates: true
        default: false
        }
      })
  }

  @Test func differentPublicationDates() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(comparison.explanations.contains(.differentDates(["2026-01-22", "2025-12-03"])))
  }

  @Test func aTypedFigureHasNoScopeOrDateToDifferIn() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:8"), try ComparisonCorpus.typed("$4.5 billion"),
    ])
    #expect(
      !comparison.explanations.contains {
        switch $0 {
        case .differentScope, .differentDates, .differentSubjects: true
        default: false
        }
      })
    #expect(
      comparison.explanations.contains(.hedged(["“about” on about $4 billion to $5 billion"])))
  }

  @Test func aCountBeforeAndAnOrdinalNowAreConsistent() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:5"), try ComparisonCorpus.item("bl0123:2"),
    ])
    #expect(comparison.assessment == .consistent)
    #expect(
      comparison.explanations.contains(
        .countAndOrdinal(count: "six", ordinal: "seventh", consistent: true)))
    #expect(comparison.entries.allSatisfy { $0.difference == nil })
    #expect(
      Explanation.countAndOrdinal(count: "six", ordinal: "seventh", consistent: true).description
        == "a count and an ordinal: six before, plus this one, make the seventh — consistent")
  }

  @Test func theOrdinalMayComeFirst() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0123:2"), try ComparisonCorpus.item("bl0122:5"),
    ])
    #expect(comparison.assessment == .consistent)
    #expect(
      comparison.explanations.contains(
        .countAndOrdinal(count: "six", ordinal: "seventh", consistent: true)))
  }

  @Test func aCountAndAnOrdinalTooFarApartDiffer() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("three", in: "Witkoff has met Putin three times."),
      try ComparisonCorpus.item("bl0123:2"),
    ])
    #expect(comparison.assessment == .differ)
    #expect(
      comparison.explanations.contains(
        .countAndOrdinal(count: "three", ordinal: "seventh", consistent: false)))
  }

  @Test func roundingIsOfferedWithinTenPercent() throws {
    // €200 billion vs €210 billion: 5% apart, one significant digit against two.
    let near = comparator.compare([
      try ComparisonCorpus.item("il1203:17"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(near.explanations.contains(.rounding(rounded: "€200 billion", precise: "€210 billion")))
    // €200 billion vs €185 billion: 7.5% apart.
    let belgium = comparator.compare([
      try ComparisonCorpus.item("il1203:13"), try ComparisonCorpus.item("il1203:17"),
    ])
    #expect(
      belgium.explanations.contains(.rounding(rounded: "€200 billion", precise: "€185 billion")))
  }

  @Test func roundingIsNotOfferedBeyondTenPercent() throws {
    // €185 billion vs €210 billion: 11.9% apart.
    let comparison = comparator.compare([
      try ComparisonCorpus.item("il1203:13"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(!comparison.explanations.contains { if case .rounding = $0 { true } else { false } })
  }

  @Test func roundingIsNotOfferedBetweenEquallyPreciseFigures() throws {
    let comparison = comparator.compare([
      try ComparisonCorpus.item("€210 billion", in: "Europe holds €210 billion of assets."),
      try ComparisonCorpus.item("€220 billion", in: "Europe holds €220 billion of assets."),
    ])
    #expect(!comparison.explanations.contains { if case .rounding = $0 { true } else { false } })
  }

  @Test func significantDigitsIgnoreTheScale() throws {
    #expect(comparator.significantDigits(try ComparisonCorpus.item("il1203:17").figure) == 1)
    #expect(comparator.significantDigits(try ComparisonCorpus.item("il1203:11").figure) == 2)
    #expect(comparator.significantDigits(try ComparisonCorpus.item("il1203:13").figure) == 3)
  }

  @Test func differentSubjects() throws {
    // A €90 billion loan and €185 billion of assets share no key word.
    let comparison = comparator.compare([
      try ComparisonCorpus.item("gra1204:4"), try ComparisonCorpus.item("il1203:13"),
    ])
    #expect(comparison.explanations.contains(.differentSubjects(["loan", "assets"])))
  }

  @Test func sharedSubjectWordsOfferNoSubjectExplanation() throws {
    // "country’s total frozen assets" and "Russian assets" share "asset".
    let comparison = comparator.compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
    ])
    #expect(
      !comparison.explanations.contains { if case .differentSubjects = $0 { true } else { false } })
  }

  @Test func explanationsAreNotRepeated() throws {
    // Only the session's rates, and it has none.
    let comparison = Comparator(reference: .none).compare([
      try ComparisonCorpus.item("bl0122:9"), try ComparisonCorpus.item("il1203:11"),
      try ComparisonCorpus.item("il1203:13"),
    ])
    let noRates = comparison.explanations.filter { if case .noRate = $0 { true } else { false } }
    #expect(noRates == [.noRate(from: "EUR", to: "USD", day: "2025-12-03")])
  }
}
