import Foundation
import Testing

@testable import CrossCheckCore

/// What a suggestion needs beyond its figures' words: figures that share a single word are
/// offered only when their values vouch for it (close, or a difference their writing explains).
@Suite("Suggestions on one shared word")
struct ScanThinEvidenceTests: ScanArticleFixtures {
  /// Two reports of one company's results, the second with `exportsFell` as its only falling
  /// figure; `volumesFell` is the first's.
  func scan(volumesFell: String, exportsFell: String) -> [[String]] {
    let sources = [
      source(
        "a", date: "2026-03-10",
        "Brenford Foods lifts forecast as profit climbs\n\nBrenford Foods said on Tuesday its third-quarter profit rose to $412 million, beating analysts' forecasts, as the maker of cereals and snacks raised prices. Volumes fell \(volumesFell) in the quarter. Brenford raised its full-year forecast and said it would cut 900 jobs.\n"
      ),
      source(
        "b", date: "2026-03-10",
        "Brenford Foods beats forecasts on price rises\n\nBrenford Foods reported third-quarter profit of $412 million on Tuesday, beating analysts' forecasts. The snacks division's exports fell \(exportsFell). Brenford raised its full-year forecast and will cut 900 jobs.\n"
      ),
    ]
    return DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan(sources).map { $0.figures.map(\.figure.text) }
  }

  @Test func farApartValuesSharingOneWordAreNotOffered() {
    let found = scan(volumesFell: "2%", exportsFell: "3%")
    #expect(!found.contains { $0.contains("2%") && $0.contains("3%") })
    // The figures that share their clauses' words are still offered.
    #expect(found.contains { $0 == ["900", "900"] })
  }

  @Test func closeValuesVouchForTheirOneSharedWord() {
    let found = scan(volumesFell: "2.0%", exportsFell: "2.1%")
    #expect(found.contains { $0.contains("2.0%") && $0.contains("2.1%") })
  }

  /// Two reports of one blaze whose only shared word is the noun both count.
  func scan(crewsSent: String) -> [[String]] {
    let sources = [
      source(
        "a", date: "2026-07-02",
        "Hillside blaze forces evacuations\n\nThe fire broke out on Monday afternoon above the town of Carvel. Some 300 firefighters went door to door overnight, county officials said.\n"
      ),
      source(
        "b", date: "2026-07-02",
        "Crews battle wildfire in the hills\n\nWinds drove the flames toward homes on the ridge. The state said \(crewsSent) firefighters would be deployed by Wednesday.\n"
      ),
    ]
    return DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan(sources).map { $0.figures.map(\.figure.text) }
  }

  @Test func countsOfOneNounVouchForTheirOneSharedWord() {
    let found = scan(crewsSent: "450")
    #expect(found.contains { $0.contains("Some 300") && $0.contains("450") }, "\(found)")
  }

  /// Two reports of one trial whose only shared word is who the shares are of, said in passing:
  /// no sentence is about the patients, so nothing says the figures measure one thing.
  @Test func aWordSaidInPassingDoesNotVouchForItself() {
    let sources = [
      source(
        "a", date: "2026-09-02",
        "Anticoagulant trial reports safety data\n\nMajor bleeding occurred in 1.6% of patients on the older drug.\n"
      ),
      source(
        "b", date: "2026-09-02",
        "New drug cuts clots\n\nIn absolute terms, 1.1% of patients had a clot on the new tablet.\n"
      ),
    ]
    let found = DiscrepancyScanner(comparator: Comparator(reference: .none), limit: 100)
      .scan(sources).map { $0.figures.map(\.figure.text) }
    #expect(!found.contains { $0.contains("1.6%") && $0.contains("1.1%") }, "\(found)")
  }
}
