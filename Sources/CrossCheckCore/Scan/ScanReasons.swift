/// Which differences a set of figures shows and what may explain them, most likely first; each
/// rule small and named. Shared by the scan and `compare`.
public enum ScanReasons {
  /// One figure within this share of another may be a rounding of it.
  static let roundingShare = 0.08

  /// The reasons for figures, each with its source's date and the session's rates.
  public static func reasons(
    for items: [(figure: Figure, sourceDate: String?)], rates: RateSources
  ) -> [ScanReason] {
    let members = items.compactMap { item in
      Measure.of(item.figure, date: item.sourceDate, rates: rates).map {
        Member(figure: item.figure, measure: $0, date: item.sourceDate)
      }
    }
    return reasons(for: members)
  }

  struct Member {
    var figure: Figure
    var measure: Measure
    var date: String?
  }

  static func reasons(for members: [Member]) -> [ScanReason] {
    guard members.count >= 2 else { return [] }
    let differ = valuesDiffer(members)
    var result: [ScanReason] = []
    if unitsDiffer(members) { result.append(.unitDifference) }
    if currenciesDiffer(members) { result.append(.currencyDifference) }
    if percentAndPoints(members) { result.append(.percentVsPoints) }
    if countedDifferently(members) { result.append(.countingDifference) }
    if differ && roundingExplains(members) { result.append(.rounding) }
    if differ && hedgesDiffer(members) { result.append(.hedgeDifference) }
    let explained = !result.isEmpty
    if differ && scopesDiffer(members) { result.append(.scopeDifference) }
    if differ && datesDiffer(members) { result.append(.timeDifference) }
    if differ && !explained { result.append(.contradiction) }
    return result
  }

  /// Whether any two members' values differ once in one unit (amounts in currencies with no
  /// rate between them count as differing: the currency reason covers them).
  static func valuesDiffer(_ members: [Member]) -> Bool {
    for (index, a) in members.enumerated() {
      for b in members[(index + 1)...] {
        guard let (x, y) = Measure.magnitudes(a.measure, b.measure) else { return true }
        if abs(x - y) > 1e-9 * max(abs(x), abs(y), 1) { return true }
        if a.figure.components != b.figure.components { return true }
      }
    }
    return false
  }

  /// Physical quantities in different units ("10 km", "about six miles"), or percentage points
  /// against basis points.
  static func unitsDiffer(_ members: [Member]) -> Bool {
    let physical = members.filter {
      ![.money, .count, .share, .duration, .tally].contains($0.measure.dimension)
    }
    if Set(physical.compactMap(\.measure.unitFamily)).count > 1 { return true }
    let shares = Set(
      members.filter { $0.measure.dimension == .share }.compactMap(\.measure.unitFamily))
    return shares.contains("basis_point") && shares.count > 1
  }

  static func currenciesDiffer(_ members: [Member]) -> Bool {
    Set(members.compactMap(\.measure.currency)).count > 1
  }

  /// "15 per cent" against "15 percentage points".
  static func percentAndPoints(_ members: [Member]) -> Bool {
    let units = Set(
      members.filter { $0.measure.dimension == .share }.compactMap(\.measure.unitFamily))
    return units.contains("percent") && units.contains("percentage_point")
  }

  /// A count against an ordinal ("three times before", "the fourth time"), or spans of years
  /// one apart ("three-year", "two years": counted inclusively or not).
  static func countedDifferently(_ members: [Member]) -> Bool {
    let counts = members.filter { $0.measure.dimension == .count }
    if counts.contains(where: \.measure.isOrdinal)
      && counts.contains(where: { !$0.measure.isOrdinal })
    {
      return true
    }
    let years = members.filter { $0.figure.kind.rawValue == "duration" && $0.figure.unit == "year" }
      .compactMap { $0.figure.value?.doubleValue }
    return Set(years).count > 1 && (years.max()! - years.min()! == 1)
  }

  /// A round or hedged figure within a few percent of another.
  static func roundingExplains(_ members: [Member]) -> Bool {
    pairs(members).contains { a, b in
      guard let (x, y) = Measure.magnitudes(a.measure, b.measure), x != y else { return false }
      let relative = abs(x - y) / max(abs(x), abs(y))
      guard relative <= roundingShare else { return false }
      return a.measure.significantDigits != b.measure.significantDigits
        || a.figure.qualifier == .approx || b.figure.qualifier == .approx
        || a.measure.unitFamily != b.measure.unitFamily
    }
  }

  /// Two hedged figures (bounds, "about", ranges) that differ.
  static func hedgesDiffer(_ members: [Member]) -> Bool {
    pairs(members).contains { a, b in
      guard a.measure.isHedged, b.measure.isHedged else { return false }
      guard let (x, y) = Measure.magnitudes(a.measure, b.measure) else { return false }
      return x != y
    }
  }

  /// Different place or period words, or two figures of one article (which only a different
  /// part of the whole can explain).
  static func scopesDiffer(_ members: [Member]) -> Bool {
    let scopes = members.map { Set($0.figure.scope.map { $0.lowercased() }) }
    if scopes.contains(where: { !$0.isEmpty }) && Set(scopes).count > 1 { return true }
    let sources = members.map(\.figure.id.source)
    return Set(sources).count < sources.count
  }

  static func datesDiffer(_ members: [Member]) -> Bool {
    Set(members.map { $0.date ?? "" }).count > 1
  }

  private static func pairs(_ members: [Member]) -> [(Member, Member)] {
    var result: [(Member, Member)] = []
    for (index, a) in members.enumerated() {
      for b in members[(index + 1)...] { result.append((a, b)) }
    }
    return result
  }
}
