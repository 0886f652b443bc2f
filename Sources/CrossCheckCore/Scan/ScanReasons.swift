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
    /// Whether its clause places it before or after the story (unknown for `compare`).
    var period: FigureProfile.Period = .current
    /// Who its sentence says gave it, as a scan term (unknown for `compare`).
    var attribution: Int?
    /// The moment of the day its sentence names (``FigureProfile/moment``; unknown for
    /// `compare`).
    var moment: Int?
  }

  /// The reasons of a group: the differences of each pair of its members that differ, and
  /// what explains them, most likely first. Dates and scopes are offered only for pairs whose
  /// units, currencies, rounding and hedges leave the difference unexplained, and
  /// `contradiction` for pairs nothing explains.
  static func reasons(for members: [Member]) -> [ScanReason] {
    guard members.count >= 2 else { return [] }
    var found: Set<ScanReason> = []
    for (index, a) in members.enumerated() {
      for b in members[(index + 1)...] { found.formUnion(reasons(a, b)) }
    }
    return order.filter(found.contains)
  }

  /// Reasons from the likeliest explanation to the last resort.
  static let order: [ScanReason] = [
    .unitDifference, .currencyDifference, .percentVsPoints, .countingDifference, .rounding,
    .hedgeDifference, .timeDifference, .scopeDifference, .contradiction,
  ]

  /// What tells two figures apart, and what may explain it.
  static func reasons(_ a: Member, _ b: Member) -> [ScanReason] {
    var result: [ScanReason] = []
    if unitsDiffer([a, b]) { result.append(.unitDifference) }
    if currenciesDiffer([a, b]) { result.append(.currencyDifference) }
    if percentAndPoints([a, b]) { result.append(.percentVsPoints) }
    if countedDifferently([a, b]) { result.append(.countingDifference) }
    // "At least six" against six: one value, one of them hedged.
    let hedgedAgainstExact = HedgeReach.isHedgeAgainstExact(a, b)
    guard valuesDiffer([a, b]) else {
      // "More than 118,000" against "about 118,000": one value, hedged two ways.
      if hedgedAgainstExact || hedgesDiffer(a, b) { result.append(.hedgeDifference) }
      return result
    }
    // A number read in percent against points, or as a count against an ordinal, differs
    // by the reading alone.
    if result.contains(.percentVsPoints) || result.contains(.countingDifference) {
      return result
    }
    if rounds(a, b) { result.append(.rounding) }
    if hedgesDiffer(a, b) || hedgedAgainstExact { result.append(.hedgeDifference) }
    if result.contains(.rounding) || result.contains(.hedgeDifference) { return result }
    // "250,000, police said" and "800,000, the union said": two bodies count differently.
    // So do two reports that count different nouns ("280,000 customers", "212,460
    // depositors"): what each counted may explain the difference.
    if let x = a.attribution, let y = b.attribution, x != y {
      result.append(.countingDifference)
    } else if countDifferentNouns(a, b) {
      result.append(.countingDifference)
    }
    // "Up 5.1% in afternoon trading" and "closed up 4.8%": one day's readings at two moments.
    if a.date != b.date || a.period != b.period || a.moment != b.moment {
      result.append(.timeDifference)
    }
    if scopesDiffer([a, b]) { result.append(.scopeDifference) }
    // Publication dates alone explain a change only in a figure that moves (a toll, a count
    // of votes); for one that should not, the difference is still a contradiction to rule out.
    if !result.contains(.scopeDifference) && a.period == b.period {
      result.append(.contradiction)
    }
    return result
  }

  /// Whether one figure may be the other rounded: once in one unit, the rounder one is within
  /// half its last digit's place of the other ("2,300" for 2,316; "six miles" for 10 km), or
  /// a hedged one ("nearly 70", "more than 2.2m") lies within a few percent of the other, on
  /// the side its hedge allows.
  static func rounds(_ a: Member, _ b: Member) -> Bool {
    guard let (x, y) = Measure.magnitudes(a.measure, b.measure), x != y else { return false }
    let relative = abs(x - y) / max(abs(x), abs(y))
    // A word fraction ("one in three" for 30%) is a rounding wider than a few percent: its
    // own step decides.
    if Measure.areWithinRounding(a.measure, b.measure, x, y) {
      if relative <= roundingShare { return true }
      // A bound keeps its side: "more than half" is no rounding of 45%.
      if a.measure.isWordFraction || b.measure.isWordFraction {
        return keepsSide(a.figure.qualifier, written: x, other: y)
          && keepsSide(b.figure.qualifier, written: y, other: x)
      }
    }
    guard relative <= roundingShare else { return false }
    return boundReaches(a, written: x, other: y) || boundReaches(b, written: y, other: x)
  }

  /// Whether a hedge on `written` admits `other` as its rounding: "about" either side, a bound
  /// only on its side and within one step of its last digit ("more than 380" is no rounding of
  /// 398: ``HedgeReach``).
  static func boundReaches(_ member: Member, written: Double, other: Double) -> Bool {
    switch member.figure.qualifier {
    case .approx: true
    case nil: false
    default: HedgeReach.admits(member, written: written, other: other)
    }
  }

  /// Whether `other` lies on the side of `written` its bound allows (any side without one).
  static func keepsSide(_ qualifier: Qualifier?, written: Double, other: Double) -> Bool {
    qualifier == nil || qualifier == .approx || allows(qualifier, written: written, other: other)
  }

  /// Two figures hedged in different ways ("more than 400,000", "about 380,000"; a range
  /// against a bound): the hedges, not the facts, may differ. Two hedged alike ("up to eight
  /// hours", "up to 20 hours") are simply different values.
  static func hedgesDiffer(_ a: Member, _ b: Member) -> Bool {
    guard a.measure.isHedged, b.measure.isHedged else { return false }
    return hedge(a.figure) != hedge(b.figure)
  }

  /// How a figure is hedged: its qualifier, or a range.
  private static func hedge(_ figure: Figure) -> String {
    figure.qualifier?.rawValue ?? (figure.value == nil ? "range" : "")
  }

  /// Whether a hedge on `written` admits `other` nearby: "about" either side, "more than"
  /// above, "up to" below.
  static func allows(_ qualifier: Qualifier?, written: Double, other: Double) -> Bool {
    switch qualifier {
    case .approx: true
    case .atLeast, .moreThan: other >= written
    case .atMost, .lessThan: other <= written
    case nil: false
    }
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
    // "48 hours" and "two days", "a 72-hour" and "a three-day" window: one span in two units
    // of time (their magnitudes are compared in hours).
    let spans = Set(members.filter { $0.measure.dimension == .duration }.compactMap(\.figure.unit))
    if spans.count > 1 { return true }
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

  /// A count against an ordinal ("three times before", "the fourth time"), one document's
  /// divisions in two units ("four parts", "19 points"), or spans of years one apart
  /// ("three-year", "two years": counted inclusively or not).
  static func countedDifferently(_ members: [Member]) -> Bool {
    let counts = members.filter { $0.measure.dimension == .count }
    // "Four parts" and "19 points" of one plan: its structure counted in two units.
    if DocumentStructure.countsInDifferentUnits(counts.map(\.measure)) { return true }
    // A rank ("finished third") is no count of occurrences.
    if counts.contains(where: { $0.measure.isOrdinal && !$0.measure.isRank })
      && counts.contains(where: { !$0.measure.isOrdinal })
    {
      return true
    }
    let years = members.filter { $0.figure.kind.rawValue == "duration" && $0.figure.unit == "year" }
      .compactMap { $0.figure.value?.doubleValue }
    return Set(years).count > 1 && (years.max()! - years.min()! == 1)
  }

  /// Whether two counts of two articles name different counted nouns ("customers",
  /// "depositors"; compared by their stems, as the scan's terms are, so a plural and its
  /// singular are one noun). One article's counts of different nouns are its parts
  /// (``SentenceParts``), not two ways of counting.
  static func countDifferentNouns(_ a: Member, _ b: Member) -> Bool {
    guard a.measure.dimension == .count, b.measure.dimension == .count,
      !a.measure.isOrdinal, !b.measure.isOrdinal, a.figure.id.source != b.figure.id.source,
      let x = a.figure.unit?.lowercased(), let y = b.figure.unit?.lowercased()
    else { return false }
    return Stemmer.stem(x) != Stemmer.stem(y)
  }

  /// Different place or period words, or two figures of one article (which only a different
  /// part of the whole can explain).
  static func scopesDiffer(_ members: [Member]) -> Bool {
    let scopes = members.map { Set($0.figure.scope.map { $0.lowercased() }) }
    if scopes.contains(where: { !$0.isEmpty }) && Set(scopes).count > 1 { return true }
    let sources = members.map(\.figure.id.source)
    return Set(sources).count < sources.count
  }
}

extension ScanReasons.Member {
  /// The member a scanned figure makes: its figure, measure, date, period, attribution and
  /// moment.
  init(_ profile: FigureProfile) {
    self.init(
      figure: profile.figure, measure: profile.measure, date: profile.date,
      period: profile.period, attribution: profile.attribution, moment: profile.moment)
  }
}
