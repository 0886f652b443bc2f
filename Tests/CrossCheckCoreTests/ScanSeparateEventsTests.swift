import Foundation
import Testing

@testable import CrossCheckCore

/// Articles published months apart report two events of one kind: their figures are kept
/// apart (``SeparateEvents``), while reports of one event a week apart still pair.
@Suite("The scan keeps separate events apart")
struct ScanSeparateEventsTests: ScanArticleFixtures {
  /// Two reports of an earthquake's toll, alike in every word but the number.
  static let first =
    "At least 410 people were killed when a powerful earthquake struck the mountainous "
    + "province on Sunday, the provincial government said. Rescue teams searched collapsed "
    + "homes through the night."
  static let second =
    "At least 398 people were killed when a powerful earthquake struck the mountainous "
    + "province on Sunday, the provincial government said. Rescue teams searched collapsed "
    + "homes through the night."

  func suggestions(dated dates: [String], _ texts: [String]) -> [Suggestion] {
    let sources = zip(dates, texts).enumerated().map { index, pair in
      source("s\(index)", date: pair.0, pair.1)
    }
    let scanner = DiscrepancyScanner(
      comparator: Comparator(rates: RateTable(), reference: .none), limit: 100)
    return scanner.scan(sources)
  }

  func pairsTolls(_ suggestions: [Suggestion]) -> Bool {
    suggestions.contains { holds($0, ["At least 410", "At least 398"]) }
  }

  @Test func reportsOfOneEventAWeekApartStillPair() {
    let found = suggestions(dated: ["2014-08-03", "2014-08-10"], [Self.first, Self.second])
    #expect(pairsTolls(found))
  }

  @Test func reportsOfTwoEventsAYearApartAreNotPaired() {
    let found = suggestions(dated: ["2013-07-22", "2014-08-03"], [Self.first, Self.second])
    #expect(!pairsTolls(found))
  }

  @Test func aFollowUpFourWeeksLaterStillPairs() {
    let found = suggestions(dated: ["2014-08-03", "2014-08-31"], [Self.first, Self.second])
    #expect(pairsTolls(found))
  }

  @Test(arguments: [("2025-11-27", "2026-01-23"), ("2014-08-03", "2014-12-01")])
  func aRunningStoryMonthsLongStillPairs(_ first: String, _ second: String) {
    let found = suggestions(dated: [first, second], [Self.first, Self.second])
    #expect(pairsTolls(found))
  }

  @Test func articlesWithoutADateAreNotKeptApart() {
    let found = suggestions(dated: ["", "2014-08-03"], [Self.first, Self.second])
    #expect(pairsTolls(found))
  }

  @Test func figuresOfOneArticleAreNeverKeptApart() throws {
    let sources = [
      source("a", date: "2013-07-22", "Officials said 410 people died. " + Self.second),
      source("b", date: "2014-08-03", Self.first),
    ]
    var profiler = FigureProfiler()
    let (profiles, _) = profiler.profiles(
      of: sources, kind: nil, rates: RateSources(session: RateTable(), reference: .none))
    let own = try profile("410", in: profiles, source: 0)
    let same = try profile("At least 398", in: profiles, source: 0)
    let other = try profile("At least 410", in: profiles, source: 1)
    #expect(SeparateEvents.eventFactor(own, same) == 1)
    #expect(SeparateEvents.eventFactor(own, other) == SeparateEvents.factor)
    #expect(SeparateEvents.factor < 1)
  }

  @Test func publicationDatesAreReadAsDayNumbers() {
    #expect(SeparateEvents.day(of: "1970-01-01") == 0)
    #expect(SeparateEvents.day(of: "2000-03-01") == 11_017)
    #expect(SeparateEvents.day(of: "2023-09-13T08:30:00Z") == SeparateEvents.day(of: "2023-09-13"))
    let before = SeparateEvents.day(of: "2013-07-22")
    let after = SeparateEvents.day(of: "2014-08-03")
    #expect(after.flatMap { a in before.map { a - $0 } } == 377)
    #expect(SeparateEvents.day(of: "") == nil)
    #expect(SeparateEvents.day(of: "2023-13-01") == nil)
    #expect(SeparateEvents.day(of: "13 September 2023") == nil)
    #expect(SeparateEvents.day(of: nil) == nil)
  }
}
