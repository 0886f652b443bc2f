import Foundation
import Testing

@testable import CrossCheckCore

/// Counts of one document's divisions in two units ("four parts" and "19 points" of one plan)
/// are its structure counted twice: one measure, differing as a counting difference.
@Suite("A document's structure counted in two units")
struct ScanDocumentStructureTests: ScanArticleFixtures {
  let plan =
    "Envoys said the 28-point plan was rearranged into four parts by negotiators in Vienna.\n"
    + "Diplomats in Oslo said the plan was redrafted to contain 19 points.\n"

  @Test func countsOfOnePlansDivisionsInTwoUnitsAreOneMeasure() throws {
    let (profiles, topics) = self.profiles([plan])
    let parts = try profile("four", in: profiles)
    let points = try profile("19", in: profiles)
    #expect(parts.measure.countsDivisions && points.measure.countsDivisions)
    #expect(DocumentStructure.isOneStructure(parts, points))
    let score = try #require(PairScore.score(parts, points, topics: topics))
    // Alike enough to be offered though both are of one article.
    #expect(score.sameness >= SuggestionGrouper.oneArticleThreshold)
  }

  @Test func aPlansPartsAndPointsAreOfferedAsACountingDifference() throws {
    let found = suggestions([plan])
    let pair = try #require(found.first { holds($0, ["four", "19"]) })
    #expect(pair.reasons.first == .countingDifference)
  }

  @Test func divisionsOfDifferentThingsAreNotOneStructure() throws {
    let (profiles, topics) = self.profiles([
      "The reform bill was split into four parts by the committee.\n",
      "The home side won the match by 19 points in Leeds.\n",
    ])
    let parts = try profile("four", in: profiles)
    let points = try profile("19", in: profiles)
    #expect(!DocumentStructure.isOneStructure(parts, points))
    let score = PairScore.score(parts, points, topics: topics)
    #expect((score?.sameness ?? 0) < DiscrepancyScanner.threshold)
  }
}
