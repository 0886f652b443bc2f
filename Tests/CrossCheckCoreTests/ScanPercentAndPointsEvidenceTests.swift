import Foundation
import Testing

@testable import CrossCheckCore

/// One unhedged number given as a change in percent in one report and in percentage points in
/// another vouches for the pair as a shared word would (``PercentAndPointsEvidence``).
@Suite("One change in percent and in points")
struct ScanPercentAndPointsEvidenceTests: ScanArticleFixtures {
  static let terminal =
    "Lagos port strike: terminal statement\n\nSome 12,000 dockworkers at the Lagos ports have been on strike over pay since Tuesday, the union says.\n\nUse of our quays has dropped by 36 percentage points since the walkout began.\n"

  @Test func oneChangeInPercentAndInPointsIsOffered() throws {
    let found = suggestions([
      "Lagos port strike enters third day\n\nAbout 12,000 dockworkers at the Lagos ports went on strike on Tuesday over pay, the union said.\n\nBerth occupancy was down 36 pct this week, according to port data.\n",
      Self.terminal,
    ])
    let pair = try #require(
      found.first { holds($0, ["36 pct", "36 percentage points"]) }, "\(found.map(\.figures))")
    #expect(pair.reasons.contains(.percentVsPoints))
  }

  @Test func aHedgedRiseOfTheSameNumberIsNotVouchedFor() {
    let found = suggestions([
      "Lagos port strike enters third day\n\nAbout 12,000 dockworkers at the Lagos ports went on strike on Tuesday over pay, the union said.\n\nThe union wants a wage rise of about 36 per cent under a new deal.\n",
      Self.terminal,
    ])
    #expect(
      !found.contains { holds($0, ["about 36 per cent", "36 percentage points"]) },
      "\(found.map(\.figures))")
  }
}
