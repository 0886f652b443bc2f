import Foundation

/// Decades: "the 1990s", "the mid-1980s", "since the 2010s". A four-digit year ending in 0 with
/// a plural "s" names ten years of the calendar, a date, not 1,990 of anything.
extension FigureRecognizer {
  /// The decade as an ISO 8601 date (its first three digits: "199" for the 1990s), or nil.
  func decadeDate(_ mention: NumberMention) -> String? {
    guard mention.isDecade else { return nil }
    return String(NSDecimalNumber(decimal: mention.value).intValue / 10)
  }
}
