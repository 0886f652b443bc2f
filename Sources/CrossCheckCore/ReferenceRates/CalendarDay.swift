/// Arithmetic on ISO 8601 days (YYYY-MM-DD) in the proleptic Gregorian calendar, without
/// Foundation's calendars and time zones: an exchange rate's day is a date, not an instant.
enum CalendarDay {
  /// Days since 1970-01-01, or nil when `text` is not a day.
  static func number(_ text: String) -> Int? {
    guard ExchangeRate.isDay(text) else { return nil }
    let parts = text.split(separator: "-").compactMap { Int($0) }
    // Howard Hinnant's days_from_civil.
    let (year, month, day) = (parts[0] - (parts[1] <= 2 ? 1 : 0), parts[1], parts[2])
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// How many days `later` is after `earlier` (0 when either is not a day).
  static func daysBetween(_ earlier: String, and later: String) -> Int {
    guard let from = number(earlier), let to = number(later) else { return 0 }
    return to - from
  }

  /// Whether every day after `earlier` up to `later` is a Saturday or a Sunday.
  static func onlyWeekendBetween(_ earlier: String, and later: String) -> Bool {
    guard let from = number(earlier), let to = number(later), to > from, to - from <= 2 else {
      return false
    }
    // 1970-01-01 was a Thursday: day number 2 is a Saturday, 3 a Sunday.
    return (from + 1...to).allSatisfy { (($0 % 7) + 7) % 7 == 2 || (($0 % 7) + 7) % 7 == 3 }
  }
}
