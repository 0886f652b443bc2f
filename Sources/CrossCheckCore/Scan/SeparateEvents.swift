/// Coverage of one event clusters in time: reports of one earthquake, one transfer, one vote
/// come out within days, and follow-ups with revised figures within weeks. Two articles
/// published months apart are most likely about two events of one kind (two earthquakes a year
/// apart, two transfers years apart), whose figures are alike in every word but never the same
/// measure. Figures of two such articles are kept apart by a strong factor rather than a block,
/// and never share a larger group; figures of one article are never affected.
enum SeparateEvents {
  /// The widest gap, in days, between the publication dates of two reports of one event or
  /// story: follow-ups come within weeks, but a running story (a peace plan's drafts, the
  /// corpus's own articles) spans two months and more, so half a year; recurring events of
  /// one kind (a yearly flood, the next quake, transfers of other seasons) lie further apart.
  static let maximumDays: Int32 = 180
  /// The factor on the sameness of figures of articles published further apart.
  static let factor = 0.3

  /// Whether the two figures come from different articles whose publication dates lie more
  /// than ``maximumDays`` apart (false when either date is unknown).
  static func areApart(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.source != b.source, let x = a.day, let y = b.day else { return false }
    return abs(x - y) > maximumDays
  }

  /// ``factor`` for figures of articles published far apart, otherwise 1.
  static func eventFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    areApart(a, b) ? factor : 1
  }

  /// The day number (days since 1970-01-01) of an ISO 8601 date that starts "YYYY-MM-DD",
  /// or nil when the text does not start with a valid date.
  static func day(of date: String?) -> Int32? {
    guard let date else { return nil }
    var fields: [Int32] = [0, 0, 0]
    var field = 0
    var digits = 0
    for byte in date.utf8 {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        fields[field] = fields[field] * 10 + Int32(byte - UInt8(ascii: "0"))
        digits += 1
      } else if byte == UInt8(ascii: "-") && field < 2 && digits == (field == 0 ? 4 : 2) {
        field += 1
        digits = 0
      } else {
        break
      }
      if field == 2 && digits == 2 { break }
    }
    guard field == 2, digits == 2 else { return nil }
    let (year, month, dayOfMonth) = (fields[0], fields[1], fields[2])
    guard (1...12).contains(month), (1...31).contains(dayOfMonth) else { return nil }
    return daysFromCivil(year: year, month: month, day: dayOfMonth)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int32, month: Int32, day: Int32) -> Int32 {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
