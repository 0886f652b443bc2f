import Foundation
import Testing

@testable import CrossCheckCore

/// A hyphen with spaces around it ("last year - and about 638,000") is a dash written in plain
/// text: it ends a clause as "—" does, so a period word before it belongs to the figure of its
/// own clause; a hyphen inside a word ("full-time") ends none.
@Suite("A spaced hyphen is a dash")
struct ScanPlainDashTests: ScanArticleFixtures {
  @Test(arguments: [" - ", " -- ", " — "])
  func aPeriodBeforeASpacedHyphenIsTheOtherFigures(_ dash: String) throws {
    let (profiles, _) = self.profiles([
      "The minister said almost 20,000 more full-time candidates wrote than last year\(dash)and"
        + " about 638,000 of them passed.\n"
    ])
    let passed = try profile("about 638,000", in: profiles)
    #expect(passed.period == .current)
  }

  /// Between two numbers a spaced hyphen is a range ("the 2022 - 23 season"), no clause
  /// break: the seasons date their figures, which stay apart.
  @Test func aSpacedHyphenBetweenNumbersIsNoBreak() {
    let found = suggestions([
      "Revenue at the club rose 12% to €84.2 million in the 2022 - 23 season, the club said.\n",
      "Revenue at the club rose to €84.2 million in the 2021 - 22 season, the club said.\n",
    ])
    #expect(!found.contains { holds($0, ["23 season", "22 season"]) })
  }
}
