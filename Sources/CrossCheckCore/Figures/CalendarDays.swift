/// The days of the Gregorian calendar, for every reader of a written day: the dates in
/// articles, session times, and the days of exchange rates.
enum CalendarDays {
  /// How many days the month (1–12) has in the year.
  static func count(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether the year, month and day name a day of the calendar.
  static func isDay(year: Int, month: Int, day: Int) -> Bool {
    (1...12).contains(month) && day >= 1 && day <= count(inMonth: month, year: year)
  }
}
