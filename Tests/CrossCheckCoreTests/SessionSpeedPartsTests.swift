import Foundation
import Testing

@testable import CrossCheckCore

/// The parts that make opening and replaying long sessions fast must behave exactly as what
/// they replace: the hand-read times of session files, and the bounded undo history.
@Suite("Session reading and undo history")
struct SessionSpeedPartsTests {
  @Test(arguments: [
    "2025-12-04T09:30:00Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "1969-12-31T23:59:59Z",
    "2400-02-29T12:00:00Z", "1600-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
  ])
  func aWrittenTimeReadsAsFoundationReadsIt(_ text: String) throws {
    let expected = try Date.ISO8601FormatStyle().parse(text)
    #expect(ISO8601Timestamp.written(text) == expected)
    #expect(ISO8601Timestamp.parse(text) == expected)
  }

  /// Every day of four years, at a time of day that changes with it.
  @Test func everyDayReadsAsFoundationReadsIt() throws {
    var date = try Date.ISO8601FormatStyle().parse("2023-01-01T00:00:00Z")
    for day in 0..<(4 * 366) {
      date += 86_400 + 37
      let text = date.formatted(.iso8601)
      #expect(ISO8601Timestamp.written(text) == date, "day \(day): \(text)")
    }
  }

  /// Other forms and impossible times are left to Foundation, which decides.
  @Test(arguments: [
    "0001-01-01T00:00:00Z", "1582-10-15T00:00:00Z", "2025-02-29T00:00:00Z",
    "2025-13-01T00:00:00Z", "2025-12-04T24:00:00Z",
    "2025-12-04T09:30:60Z", "2025-12-04T09:30:00+01:00", "2025-12-04T09:30:00.5Z",
    "2025-12-04 09:30:00Z", "2025-12-4T09:30:00Z", "２025-12-04T09:30:00Z", "",
  ])
  func anythingElseIsFoundations(_ text: String) {
    #expect(ISO8601Timestamp.written(text) == nil)
    #expect(ISO8601Timestamp.parse(text) == (try? Date.ISO8601FormatStyle().parse(text)))
  }

  @Test func theUndoHistoryKeepsTheLastChangesOnly() {
    var stack = BoundedStack<Int>(limit: 3)
    for value in 1...10 { stack.push(value) }
    #expect(stack.count == 3)
    #expect(stack.pop() == 10)
    stack.push(11)
    stack.push(12)
    #expect([stack.pop(), stack.pop(), stack.pop(), stack.pop()] == [12, 11, 9, nil])
    #expect(stack.isEmpty)
  }

  @Test func aSessionUndoesAtMostItsLimit() {
    var session = Session()
    for tolerance in 1...(Session.undoLimit + 5) {
      session.change(as: "set tolerance") {
        $0.settings.approxTolerance = Decimal(tolerance) / 100_000
      }
    }
    var undone = 0
    while session.undo() != nil { undone += 1 }
    #expect(undone == Session.undoLimit)
    #expect(session.analysis.settings.approxTolerance == Decimal(5) / 100_000)
  }
}
