/// "The average asking price … €352,400" against "the median price paid … €340,000": an
/// average and a median summarize one set of values in two ways, and of prices, pay or ages
/// they differ by design. Figures whose subjects (or, failing those, the words before them in
/// their clauses) name different statistics are different measures: the two score half and
/// never share a group. A figure that names none ("prices rose 5%") meets either.
enum SummaryStatistic: UInt8, Sendable {
  case none, mean, median

  /// A pair of figures with different statistics score this much of their sameness.
  static let factor = 0.5

  /// The statistic a subject's stemmed word names, if any.
  static func named(byStem stem: String) -> SummaryStatistic? {
    ScanVocabulary.statisticStems[stem]
  }

  /// Both name a statistic, and not the same one.
  @inline(__always)
  static func areApart(_ a: Measure, _ b: Measure) -> Bool {
    a.statistic != .none && b.statistic != .none && a.statistic != b.statistic
  }
}
