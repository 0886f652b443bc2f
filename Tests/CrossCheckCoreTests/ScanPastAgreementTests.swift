import Foundation
import Testing

@testable import CrossCheckCore

/// Reports agreeing on a figure of an earlier period ("58 league goals last season") give a
/// checker nothing to check: such groups are not offered.
@Suite("Agreement on an earlier period's figure")
struct ScanPastAgreementTests: ScanArticleFixtures {
  @Test func reportsAgreeingOnAnEarlierPeriodsFigureAreNotOffered() throws {
    let past = suggestions([
      "The manager wanted a midfielder after Rovers conceded 58 league goals last season.\n",
      "Rovers conceded 58 league goals last season, the club's worst record.\n",
    ])
    #expect(!past.contains { holds($0, ["58"]) && $0.figures.count >= 2 })
    // The same agreement on the story's own figure is still offered.
    let current = suggestions([
      "The manager wanted a midfielder after Rovers conceded 58 league goals this season.\n",
      "Rovers conceded 58 league goals this season, the club's worst record.\n",
    ])
    #expect(
      current.contains { $0.figures.count == 2 && $0.figures.allSatisfy { $0.figure.text == "58" } }
    )
  }
}
