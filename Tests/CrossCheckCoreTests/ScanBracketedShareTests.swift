import Foundation
import Testing

@testable import CrossCheckCore

/// A share in brackets right after a count ("won 412,000 votes (52.4 percent)") restates the
/// count: it is held by whoever holds the count.
@Suite("Shares in brackets after a count")
struct ScanBracketedShareTests: ScanArticleFixtures {
  @Test func aBracketedShareIsHeldByTheCountsHolder() throws {
    let (profiles, _) = self.profiles([
      "The commission said Lindqvist had won 412,000 votes (52.4 percent) in the runoff, against 371,000 (47.1 percent) for his rival Marta Oyelaran.\n"
    ])
    let winner = try profile("52.4 percent", in: profiles)
    let rival = try profile("47.1 percent", in: profiles)
    #expect(winner.holder != nil)
    #expect(rival.holder != nil)
    #expect(winner.holder != rival.holder)
  }

  @Test func oneCandidatesBracketedShareNeverJoinsTheOthersShares() {
    let found = suggestions([
      "The commission said Oyelaran got 3,100,000 votes (48.5%) in the runoff.\n",
      "The commission said Lindqvist had won almost 3.3 million votes (50.6 percent) in the runoff, against 3.1 million (48.9 percent) for his rival Marta Oyelaran.\n",
      "The commission data shows 48.5 per cent for Oyelaran in the runoff.\n",
    ])
    #expect(!found.contains { holds($0, ["50.6 percent", "48.5%"]) })
    #expect(!found.contains { holds($0, ["50.6 percent", "48.5 per cent"]) })
    // The rival's bracketed share still meets the rival's other shares.
    #expect(found.contains { holds($0, ["48.5%", "48.9 percent"]) })
  }
}
