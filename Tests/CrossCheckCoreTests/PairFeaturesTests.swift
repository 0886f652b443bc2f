import Foundation
import Testing

@testable import CrossCheckCore

/// The named parts of the scan's pair score and the pair features `scripts/train-pair-score`
/// reads (`crosscheck-benchmark pair-features`): made-up articles, not fixtures.
@Suite("Pair features")
struct PairFeaturesTests: ScanArticleFixtures {
  static let texts = [
    "At least 58 people died when the ferry capsized off the coast, the coastguard said on Monday. "
      + "Rescuers pulled 112 survivors from the water.\n",
    "The death toll from the ferry that capsized off the coast rose to 63 people on Tuesday, "
      + "the coastguard said. The operator's shares fell 12% on the news.\n",
  ]

  @Test func theSameTollIsAlikeAndHasEveryNamedPart() throws {
    let (profiles, topics) = self.profiles(Self.texts)
    let dead = try profile("At least 58", in: profiles)
    let deadAgain = try profile("63", in: profiles)
    let cosines = {
      (
        dead.context.cosine(deadAgain.context),
        PairScore.storySimilarity(dead, deadAgain, topics: topics)
      )
    }
    let parts = try #require(PairScore.parts(dead, deadAgain, cosines: cosines))
    let score = try #require(PairScore.score(dead, deadAgain, cosines: cosines))
    // The same toll in two reports of one story: alike, and equal to no more than 1.
    #expect(score.sameness > DiscrepancyScanner.threshold && score.sameness <= 1)
    #expect(parts.featureValues.count == PairParts.featureNames.count)
  }

  @Test func pairFeaturesListTheScansCandidatePairsWithTheirSpans() {
    let sources = Self.texts.enumerated().map { index, text in
      source("s\(index)", date: "2026-03-1\(index)", text)
    }
    let rows = DiscrepancyScanner(comparator: Comparator()).pairFeatures(sources)
    let toll = rows.first {
      Set([$0.first.path, $0.second.path]) == ["s0.txt", "s1.txt"]
        && $0.first.start
          == Self.texts[0].unicodeScalars.distance(
            from: Self.texts[0].unicodeScalars.startIndex,
            to: Self.texts[0].range(of: "At least 58")!.lowerBound)
    }
    #expect(toll != nil)
    #expect(rows.allSatisfy { $0.features.count == PairFeatureRow.featureNames.count })
  }
}
