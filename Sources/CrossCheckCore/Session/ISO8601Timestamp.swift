import Foundation

/// Reads the times in session files: `2025-12-04T09:30:00Z`, as CrossCheck writes them, by
/// hand (a session of thousands of notes and journal entries holds tens of thousands of times,
/// and a format style parsing each was a large part of opening one); any other form is left to
/// Foundation's ISO 8601 parser, so what is accepted is exactly what was accepted before.
enum ISO8601Timestamp {
  static func parse(_ text: String) -> Date? {
    written(text) ?? (try? Date.ISO8601FormatStyle().parse(text))
  }

  /// The time of a text of exactly the form `YYYY-MM-DDTHH:MM:SSZ` with a real day from 1600 on
  /// (Foundation counts earlier days in the Julian calendar) and a time of day below 24:00:00;
  /// nil for anything else.
  static func written(_ text: String) -> Date? {
    var text = text
    return text.withUTF8(written)
  }

  /// ``written(_:)`` of a text's UTF-8 bytes.
  static func written(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ start: Int, _ count: Int) -> Int? {
      var value = 0
      for index in start..<(start + count) {
        let digit = Int(bytes[index]) - 0x30
        guard digit >= 0 && digit <= 9 else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      year >= 1600, CalendarDays.isDay(year: year, month: month, day: day), hour < 24,
      minute < 60, second < 60
    else { return nil }
    let days = daysSince1970(year: year, month: month, day: day)
    return Date(
      timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
  }

  /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
  /// days_from_civil).
  private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
