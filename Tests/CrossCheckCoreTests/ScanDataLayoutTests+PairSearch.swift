import Testing

@testable import CrossCheckCore

/// The pair search's shortcuts answer as the plain score does: the table's scores, made from
/// flat contexts, cached story similarities and index keys worked out on several cores, are
/// the plain scores, and a test of units written without a set answers as the set did.
extension ScanDataLayoutTests {
  /// The profiles of every real article the project has (news-a, news-b, Corpus/), as the
  /// scan makes them, with dates spread over a few days and outlets over a few names.
  static func devsetProfiles() throws -> (profiles: [FigureProfile], topics: [WeightedTerms]) {
    let sources = try DevsetFixtures.articleTexts().enumerated().map { index, text in
      Source(
        id: SourceID("d\(index)"), path: "d\(index).txt", canonicalPath: "/d\(index).txt",
        metadata: SourceMetadata(outlet: "Outlet \(index % 7)", date: "2025-11-1\(index % 9)"),
        text: text, sha256: "d\(index)", byteCount: text.utf8.count)
    }
    var profiler = FigureProfiler()
    return profiler.profiles(
      of: sources, kind: nil, rates: RateSources(session: RateTable(), reference: .builtIn))
  }

  @Test func theTablesScoresAreThePlainScores() throws {
    let (profiles, topics) = try Self.devsetProfiles()
    let table = DiscrepancyScanner(comparator: Comparator()).candidatePairs(
      profiles, topics: topics)
    #expect(table.count > 1000)
    var compared = 0
    for a in profiles.indices {
      for b in (a + 1)..<profiles.count {
        guard let fast = table.score(a, b) else { continue }
        let plain = try #require(PairScore.score(profiles[a], profiles[b], topics: topics))
        #expect(fast.sameness.bitPattern == plain.sameness.bitPattern)
        #expect(fast.relation == plain.relation && fast.conflict == plain.conflict)
        #expect(fast.unitsDiffer == plain.unitsDiffer)
        compared += 1
      }
    }
    #expect(compared == table.count)
  }

  @Test func percentAgainstPointsAsTheSetOfBothUnitsSays() {
    let units: [String?] = [nil, "percent", "percentage_point", "basis_point", "EUR"]
    for dimensionA in [MeasureDimension.share, .count] {
      for dimensionB in [MeasureDimension.share, .money] {
        for unitA in units {
          for unitB in units {
            let a = Measure(dimension: dimensionA, unitFamily: unitA, significantDigits: 1)
            let b = Measure(dimension: dimensionB, unitFamily: unitB, significantDigits: 1)
            let plain =
              a.dimension == .share && b.dimension == .share
              && Set([a.unitFamily, b.unitFamily]) == ["percent", "percentage_point"]
            #expect(PairScore.isPercentAgainstPoints(a, b) == plain)
          }
        }
      }
    }
  }
}
