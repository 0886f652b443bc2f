import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Scanning for discrepancies")
struct ScannerTests {
  static let corpus: Corpus = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path
    var corpus = Corpus()
    _ = corpus.load(folder)
    return corpus
  }()

  func suggestions(_ scanner: DiscrepancyScanner = DiscrepancyScanner(comparator: Comparator()))
    -> [Suggestion]
  {
    scanner.scan(Self.corpus.sources)
  }

  /// The suggestion holding all these figure texts, if any.
  func group(with texts: [String], in suggestions: [Suggestion]) -> Suggestion? {
    suggestions.first { suggestion in
      texts.allSatisfy { text in suggestion.figures.contains { $0.figure.text == text } }
    }
  }

  @Test func findsTheFrozenAssetFigures() throws {
    let found = suggestions()
    let assets = try #require(
      group(
        with: ["$300 billion", "€210 billion", "€185 billion", "€200 billion"], in: found))
    #expect(assets.rank <= 6)
    #expect(assets.reasons.contains(.currencyDifference))
    // The built-in ECB rates compare the euro and dollar figures.
    #expect(
      !assets.comparison.explanations.contains { if case .noRate = $0 { true } else { false } })
    #expect(assets.comparison.assessment != .incomparable)
    #expect(assets.explanation.contains("different scope"))
  }

  @Test func withoutAnyRateTheCurrenciesAreComparedApart() throws {
    let found = suggestions(DiscrepancyScanner(comparator: Comparator(reference: .none)))
    // The dollar total is offered with one of the euro figures, whichever its group holds.
    let assets = try #require(
      found.first { suggestion in
        let texts = suggestion.figures.map(\.figure.text)
        return texts.contains("$300 billion")
          && texts.contains { ["€210 billion", "€185 billion", "€200 billion"].contains($0) }
      })
    #expect(
      assets.comparison.explanations.contains { if case .noRate = $0 { true } else { false } })
  }

  @Test func withARateTheAssetFiguresDiffer() throws {
    let rates = RateTable(rates: [
      ExchangeRate(
        base: "EUR", quote: "USD", rate: Decimal(string: "1.16")!, date: "2025-12-03",
        source: "ECB reference rate")
    ])
    let found = suggestions(DiscrepancyScanner(comparator: Comparator(rates: rates)))
    let assets = try #require(
      group(with: ["$300 billion", "€210 billion", "€185 billion"], in: found))
    #expect(assets.comparison.assessment == .differ)
    #expect(assets.comparison.entries.contains { $0.conversion?.rates.first?.date == "2025-12-03" })
  }

  @Test func pairsSixTimesWithTheSeventhVisit() throws {
    let found = suggestions()
    let witkoff = try #require(group(with: ["six", "seventh"], in: found))
    #expect(witkoff.rank <= 5)
    #expect(witkoff.reasons.first == .countingDifference)
    #expect(
      witkoff.comparison.explanations.contains(
        .countAndOrdinal(count: "six", ordinal: "seventh", consistent: true)))
  }

  @Test func groupsThePeacePlanPoints() throws {
    // One article's "28-point" plan and its "19" points pair too, with the other articles'
    // "20-point" plan. ("four parts" of the same plan is not found: 19 is 4.75 times four.)
    let plan = try #require(group(with: ["20-point", "28-point", "19"], in: suggestions()))
    #expect(plan.comparison.assessment == .differ)
    #expect(plan.rank <= 5)
    #expect(plan.evidence.contains("plan"))
  }

  @Test func groupsTheMeetingLengthsAndSaysTheDatesDiffer() throws {
    let meetings = try #require(
      group(with: ["almost four hours", "five hours"], in: suggestions()))
    #expect(meetings.comparison.assessment == .differ)
    #expect(
      meetings.comparison.explanations.contains {
        if case .differentDates = $0 { true } else { false }
      })
  }

  @Test func neverPairsUnrelatedNumbersThatShareAValue() {
    for suggestion in suggestions() {
      let texts = suggestion.figures.map(\.figure.text)
      #expect(!(texts.contains("19") && texts.contains("19%")), "\(texts)")
      // A group never mixes dimensions: money with counts, or shares with durations.
      let dimensions = Set(
        suggestion.figures.map {
          Measure.of(
            $0.figure, date: nil, rates: RateSources(session: RateTable(), reference: .none))?
            .dimension
        })
      #expect(dimensions.count == 1, "\(texts)")
      #expect((2...6).contains(suggestion.figures.count), "\(texts)")
    }
  }

  @Test func everySuggestionShowsWhyItsFiguresBelongTogether() {
    let all = suggestions(DiscrepancyScanner(comparator: Comparator(), limit: 1000))
    #expect(!all.isEmpty)
    for suggestion in all {
      let texts = suggestion.figures.map(\.figure.text)
      #expect(!suggestion.evidence.isEmpty, "\(texts)")
      // One article giving one value twice is no discrepancy.
      let sources = Set(suggestion.figures.map(\.source.id))
      let values = Set(suggestion.figures.map { $0.figure.value })
      #expect(sources.count > 1 || values.count > 1, "\(texts)")
    }
  }

  @Test func filtersByKindAndMinimumDifference() {
    let money = suggestions(DiscrepancyScanner(comparator: Comparator(), kind: .money))
    #expect(!money.isEmpty)
    #expect(money.allSatisfy { $0.figures.allSatisfy { $0.figure.kind == .money } })
    let big = suggestions(DiscrepancyScanner(comparator: Comparator(), minimumDifference: 30))
    for suggestion in big {
      let largest =
        suggestion.comparison.entries.compactMap(\.relativeDifference).map { abs($0) }.max() ?? 0
      #expect(largest >= 30)
    }
  }

  @Test func ranksAreConsecutiveAndLimited() {
    let found = suggestions(DiscrepancyScanner(comparator: Comparator(), limit: 3))
    #expect(found.map(\.rank) == [1, 2, 3])
    #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
  }
}
