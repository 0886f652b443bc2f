import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Clock times are times, never counts")
struct ClockTimeTests {
  static let examples: [(String, String, String, String?)] = [
    ("It struck at 9:45 p.m. on Monday.", "9:45 p.m.", "21:45", nil),
    ("Polls closed at 10 p.m. in the capital.", "10 p.m.", "22:00", nil),
    ("The vote was at 21:30 GMT yesterday.", "21:30 GMT", "21:30", "GMT"),
    ("It began at 1447 GMT after a delay.", "1447 GMT", "14:47", "GMT"),
    ("The meeting began at 2.30pm on Thursday.", "2.30pm", "14:30", nil),
    ("Reported by 6 a.m. on Friday.", "6 a.m.", "06:00", nil),
    ("19:05 CEST\nWe are pausing our live coverage.", "19:05 CEST", "19:05", "CEST"),
    ("Broadcast from 7.30 pm IST tonight.", "7.30 pm IST", "19:30", "IST"),
    ("Shortly before 12 a.m. the lights went out.", "12 a.m.", "00:00", nil),
  ]

  @Test(arguments: examples)
  func readsTheTimeAndZone(
    _ sentence: String, _ text: String, _ normalized: String, _ zone: String?
  ) throws {
    let figures = FigureExtractor.extract(from: sentence, source: SourceID("t"))
    let time = try #require(figures.first { $0.text == text }, "\(figures.map(\.text))")
    #expect(time.kind == .time)
    #expect(time.time == normalized)
    #expect(time.zone == zone)
    #expect(time.value == nil)
    #expect(!time.isComparable)
    // No digit of the time is also a count.
    #expect(figures.filter { $0.kind != .time }.isEmpty, "\(figures.map(\.text))")
  }

  @Test func timeRangesAreTwoTimes() {
    let figures = FigureExtractor.extract(
      from: "Outdoor work is banned between 14:00 and 20:00 on red-alert days.",
      source: SourceID("t"))
    #expect(figures.map(\.kind) == [.time, .time])
    #expect(figures.map(\.time) == ["14:00", "20:00"])
  }

  @Test func aZoneOffsetIsNoFigure() {
    let figures = FigureExtractor.extract(
      from: "All times are Santiago time (UTC-3).", source: SourceID("t"))
    #expect(figures.isEmpty, "\(figures.map(\.text))")
  }

  @Test func decimalsAndRatiosStayNumbers() throws {
    let rate = try #require(figure("8.30", in: "The index closed at 8.30 on Friday."))
    #expect(rate.kind != .time)
    #expect(rate.value == Decimal(string: "8.3"))
  }
}
