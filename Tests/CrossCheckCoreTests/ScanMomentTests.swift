import Foundation
import Testing

@testable import CrossCheckCore

/// Readings of one day at two moments ("in morning trading", "by the afternoon", "at 1530
/// GMT") may differ by the hours between: the scan names a time difference for them, as it does
/// for two publication dates.
@Suite("Moments of the day")
struct ScanMomentTests: ScanArticleFixtures {
  @Test func readingsAtTwoMomentsOfOneDayDifferInTime() throws {
    let (profiles, _) = self.profiles([
      "Shares of the lender rose 5.1% in morning trading. By the afternoon, shares of the lender"
        + " were up 4.8%.\n"
    ])
    let morning = try profile("5.1%", in: profiles)
    let afternoon = try profile("4.8%", in: profiles)
    #expect(morning.moment != nil)
    #expect(morning.moment != afternoon.moment)
    let reasons = ScanReasons.reasons(
      for: [ScanReasons.Member(morning), ScanReasons.Member(afternoon)])
    #expect(reasons.contains(.timeDifference))
  }

  @Test func aClockTimeIsAMoment() throws {
    let (profiles, _) = self.profiles([
      "The rand traded at 17.92 per dollar at 1100 GMT. The rand was at 17.95 per dollar at"
        + " 1530 GMT.\n"
    ])
    let eleven = try profile("17.92", in: profiles)
    let later = try profile("17.95", in: profiles)
    #expect(eleven.moment != nil && later.moment != nil)
    #expect(eleven.moment != later.moment)
  }

  /// Without a moment, one article's two readings of one day are no time difference.
  @Test func readingsWithoutAMomentAreNoTimeDifference() throws {
    let (profiles, _) = self.profiles([
      "Shares of the lender rose 5.1%, the exchange said. Shares of the lender were up 4.8%, a"
        + " broker said.\n"
    ])
    let first = try profile("5.1%", in: profiles)
    let second = try profile("4.8%", in: profiles)
    #expect(first.moment == nil && second.moment == nil)
    let reasons = ScanReasons.reasons(for: [ScanReasons.Member(first), ScanReasons.Member(second)])
    #expect(!reasons.contains(.timeDifference))
  }
}
