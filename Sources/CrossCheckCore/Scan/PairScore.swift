import Foundation

/// How alike two figures are, and how their values relate: the parts of a pair's score, each
/// small and named so it can be tested and explained.
struct PairScore: Sendable {
  /// 0…1: how sure the scan is that the two figures measure the same thing.
  var sameness: Double
  var relation: ValueRelation
  /// The figures are said of different periods or different names: they may pair, but never
  /// inside a larger group.
  var conflict = false
  /// One value written in two units of measure ("3.2 percentage points", "320 basis points"):
  /// equal, yet a reader sees two different numbers.
  var unitsDiffer = false
  /// The figures are one sentence's parts (``SentenceParts/areParts(_:_:relation:)``): a
  /// larger group keeps only one of them.
  var isSentencePart = false
  /// A title's figure and the body's, rounded or hedged anew (``TitleRestatement``): worth
  /// offering from one article, even when the values are equal and only the hedge differs.
  var titleRestated = false
  /// One value given as a bound in one report and not so in the other
  /// (``boundsDiffer(_:_:)``): equal, yet worth a look.
  var boundsDiffer = false

  /// How two values relate once in one unit.
  enum ValueRelation: Sendable, Equatable {
    /// Equal, or both in one hedged interval with the same center.
    case equal
    /// Within a few percent, one of them round or hedged.
    case close
    /// Different values.
    case different
    /// Values in currencies with no rate between them.
    case unknown
  }

  /// Weights of the parts of `sameness`.
  static let contextWeight = 0.45
  static let topicWeight = 0.2
  static let magnitudeWeight = 0.15
  static let nameWeight = 0.04
  static let subjectWeight = 0.1
  /// Sources this alike (cosine of their words) are taken to be on one story.
  static let sameStory = 0.3

  /// The widest ratio between two values of the same thing: counts grow over time (a death toll,
  /// aftershocks) and so do spells of time; other measures stay within a factor of three.
  static func magnitudeWindow(_ dimension: MeasureDimension) -> Double {
    switch dimension {
    case .count: 5
    case .duration: 4
    default: 3
    }
  }

  /// Scores a candidate pair, or nil when the values rule it out (different dimensions, or too
  /// far apart to be the same measure).
  static func score(
    _ a: FigureProfile, _ b: FigureProfile, topics: [WeightedTerms]
  ) -> PairScore? {
    score(a, b) { (a.context.cosine(b.context), storySimilarity(a, b, topics: topics)) }
  }

  /// The score, with the two costly cosines (the figures' contexts, ``storySimilarity(_:_:topics:)``
  /// of their sources) asked of `cosines` once the values allow the pair: the scan answers them
  /// from a row's scattered context and a cache of source pairs.
  @inline(__always)
  static func score(
    _ a: FigureProfile, _ b: FigureProfile, cosines: () -> (context: Double, story: Double)
  ) -> PairScore? {
    parts(a, b, cosines: cosines).map(PairScore.init(parts:))
  }

  /// The named parts of the score (``PairParts``), or nil when the values rule the pair out.
  @inline(__always)
  static func parts(
    _ a: FigureProfile, _ b: FigureProfile, cosines: () -> (context: Double, story: Double)
  ) -> PairParts? {
    guard a.measure.isComparable(with: b.measure), !TitleRestatement.isTwinAbroad(a, b),
      !isPartAndWhole(a, b),
      !isRankAgainstCount(a.measure, b.measure), !PersonAge.isAgeAgainstSpell(a.measure, b.measure),
      !TimesCount.isTimesAgainstCount(a.measure, b.measure),
      let relation = valueRelation(a.measure, b.measure)
    else { return nil }
    // Each factor once per pair: over millions of pairs, a topic cosine is not cheap.
    let (context, story) = cosines()
    let oneStructure = DocumentStructure.isOneStructure(a, b)
    let restated = Restatement.areOne(a, b)
    let anaphor = Anaphor.areLinked(a, b)
    return PairParts(
      relation: relation, dimension: a.measure.dimension,
      context: context, story: story, magnitude: magnitudeCloseness(a.measure, b.measure),
      sharedNames: min(3, sharedCount(a.names, b.names)),
      subject: oneStructure ? 1 : subjectOverlap(a.subjects, b.subjects),
      oneStructure: oneStructure,
      period: periodFactor(a, b),
      countedNoun: oneStructure ? DocumentStructure.confusionFactor : countedNounFactor(a, b),
      nounOnly: nounOnlyFactor(a, b, context: context, relation: relation),
      outcome: outcomeFactor(a, b),
      modifier: modifierFactor(a, b),
      sameSentence: sameSentenceFactor(a, b),
      list: listFactor(a, b, relation: relation),
      otherStory: otherStoryFactor(story),
      ordinal: OrdinalConfusion.countsOtherThings(a, b)
        ? OrdinalConfusion.otherThingsFactor
        : countAndOrdinalFactor(a.measure, b.measure, relation: relation),
      percentAndPoints: percentAndPointsFactor(a.measure, b.measure),
      converted: ConvertedValue.factor(a, b, relation: relation, context: context),
      name: nameFactor(a, b),
      event: SeparateEvents.eventFactor(a, b),
      otherHolder: isHeldByOthers(a, b) || JointFigure.isOneHoldersPart(a, b),
      otherWhole: isOfAnotherWhole(a, b),
      partAndTotal: isPartAgainstTotal(a, b),
      changeAndLevel: isChangeAgainstLevel(a.measure, b.measure),
      otherSide: TallySide.areOpposite(a.measure, b.measure),
      twoMoments: ProgressReading.areTwoMoments(a.measure, b.measure, relation: relation)
        || ProgressReading.isProgressAgainstResult(a.measure, b.measure),
      normAndMeasurement: NormFigure.areNormAndMeasurement(a.measure, b.measure),
      complements: RemainderCount.areComplements(a.measure, b.measure),
      severity: SeverityPart.areApart(a.measure, b.measure),
      otherStatistic: SummaryStatistic.areApart(a.measure, b.measure),
      restated: restated,
      derivedMatch: !restated && Restatement.isDerivedMatch(a, b, relation: relation),
      anaphor: anaphor,
      revision: anaphor && Revision.areEstimates(a, b),
      titleRestated: TitleRestatement.areOne(a, b, relation: relation, context: context),
      specificMatch: SpecificValueMatch.areOne(
        a.measure, b.measure, sameSource: a.source == b.source, story: story),
      hedgedMatch: HedgedValueMatch.areOne(a, b, relation: relation, story: story),
      outcomeConflict: isOutcomeConflict(a, b),
      sameSource: a.source == b.source,
      sameSentenceStart: a.source == b.source && a.figure.sentenceStart == b.figure.sentenceStart,
      unitsDiffer: a.measure.dimension != .count && a.measure.unitFamily != nil
        && b.measure.unitFamily != nil && a.measure.unitFamily != b.measure.unitFamily,
      isSentencePart: SentenceParts.areParts(a, b, relation: relation),
      boundsDiffer: relation == .equal && boundsDiffer(a.figure.qualifier, b.figure.qualifier))
  }

  /// Whether one value is given as a bound in one report and otherwise in the other ("more
  /// than 118,000" against "about 118,000" or "118,000"): two claims a reader sees differ.
  static func boundsDiffer(_ a: Qualifier?, _ b: Qualifier?) -> Bool {
    func isBound(_ qualifier: Qualifier?) -> Bool {
      qualifier != nil && qualifier != .approx
    }
    return a != b && (isBound(a) || isBound(b))
  }

  /// "118 of the 233 camps": a part and its whole, in one sentence.
  static func isPartAndWhole(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.source == b.source else { return false }
    func holds(_ whole: FigureProfile, _ part: FigureProfile) -> Bool {
      guard let start = whole.partStart else { return false }
      return part.figure.start <= start && start < part.figure.end
    }
    return holds(a, b) || holds(b, a)
  }

  /// The relation of two values, or nil when they are too far apart to be one measure.
  static func valueRelation(_ a: Measure, _ b: Measure) -> ValueRelation? {
    guard let (x, y) = Measure.magnitudes(a, b) else {
      return a.dimension == .money ? .unknown : nil
    }
    if a.dimension == .tally { return x == y ? .equal : .different }
    // "6 per cent" and "six percentage points" share a number, not a value.
    if x == y { return isPercentAgainstPoints(a, b) ? .different : .equal }
    let (small, large) = (min(abs(x), abs(y)), max(abs(x), abs(y)))
    if a.dimension == .temperature || a.dimension == .magnitude {
      return large - small <= max(3, large * 0.2) ? (large - small <= 1 ? .close : .different) : nil
    }
    guard small > 0, large / small <= magnitudeWindow(a.dimension) else { return nil }
    let relative = (large - small) / large
    // "€352,000" for €352,400: one value rounded to its last significant digit.
    let roundish =
      a.isHedged || b.isHedged || min(a.significantDigits, b.significantDigits) <= 2
      || a.unitFamily != b.unitFamily
      || Measure.areWithinRounding(a, b, small, large)
    return relative <= 0.05 && roundish ? .close : .different
  }

  /// 1 for one source or sources on one story, less as their words part.
  static func storySimilarity(_ a: FigureProfile, _ b: FigureProfile, topics: [WeightedTerms])
    -> Double
  {
    storySimilarity(a, b) { topics[a.source].cosine(topics[b.source]) }
  }

  /// The same, with the cosine of the sources' topics asked of `topicCosine` when needed.
  @inline(__always)
  static func storySimilarity(
    _ a: FigureProfile, _ b: FigureProfile, topicCosine: () -> Double
  ) -> Double {
    guard a.source != b.source else { return 1 }
    return min(1, topicCosine() / sameStory)
  }

  /// 1 for equal values, falling to 0 at the edge of the dimension's window (0.5 when the
  /// values cannot be brought to one unit).
  static func magnitudeCloseness(_ a: Measure, _ b: Measure) -> Double {
    guard let (x, y) = Measure.magnitudes(a, b), x != 0, y != 0, x.sign == y.sign else {
      return 0.5
    }
    if a.dimension == .temperature || a.dimension == .magnitude {
      return max(0, 1 - abs(x - y) / 3)
    }
    let ratio = max(abs(x), abs(y)) / min(abs(x), abs(y))
    return max(0, 1 - log(ratio) / log(magnitudeWindow(a.dimension)))
  }

  /// Shared stemmed subject words (``FigureProfile/subjects``), as a share of the smaller
  /// subject.
  static func subjectOverlap(_ a: [Int32], _ b: [Int32]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let shared = a.reduce(0) { $0 + (b.contains($1) ? 1 : 0) }
    return Double(shared) / Double(min(a.count, b.count))
  }

  /// How many members two small sets share, without building a third.
  static func sharedCount(_ a: TermSet, _ b: TermSet) -> Int {
    a.sharedCount(with: b)
  }

  /// A figure of another period (an earlier year, "the previous Sunday") is not the story's
  /// figure: the same subject in two periods is a different measure.
  static func periodFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    // Both name their years, and no year is shared: surely two periods.
    if !a.years.isEmpty, !b.years.isEmpty, a.years.isDisjoint(with: b.years) { return 0.35 }
    // Both changes name the year they are measured against, and the years differ.
    if !a.baselineYears.isEmpty, !b.baselineYears.isEmpty,
      a.baselineYears.isDisjoint(with: b.baselineYears)
    {
      return 0.35
    }
    if a.period != b.period {
      if isCountOfThoseBefore(a, b) || isCountOfThoseBefore(b, a) { return 1 }
      // "Up from about 85,000 the previous Sunday" against another report's 120,000: the
      // value a change started from is the earlier reading; another report's different value
      // is of the later one.
      if a.isBaseline != b.isBaseline, a.source != b.source,
        let (x, y) = Measure.magnitudes(a.measure, b.measure), x != y
      {
        return 0.35
      }
      // One names a year its story is past, the other no year and no other period: the
      // other is of its story's time, so the two periods are as plain as two years.
      let (dated, undated) = a.years.isEmpty ? (b, a) : (a, b)
      // A headline leaves out the year its own body gives with the figure it rounds ("debt
      // peak pushed back to 77% of GDP" over "77.4% of GDP in 2028/29"): no other period.
      if undated.isTitle, undated.source == dated.source, undated.period == .current,
        !dated.years.isEmpty, undated.measure.significantDigits >= 2,
        let (x, y) = Measure.magnitudes(a.measure, b.measure), x != y,
        Measure.areWithinRounding(a.measure, b.measure, x, y)
      {
        return 1
      }
      if !dated.years.isEmpty, undated.years.isEmpty, undated.period == .current {
        // Unless the undated figure's article opens on the dated one's years: its story is
        // of them ("Matric results 2026" over "achieved 88 percent"). In the dated one's own
        // article only its headline's years count: its opening's may be the dated figure's.
        let storyYears = undated.source == dated.source ? undated.headlineYears : undated.storyYears
        return dated.years.allSatisfy(storyYears.contains) ? 1 : 0.35
      }
      // One is marked as earlier or later than the story: perhaps the period it was counted
      // over.
      return 0.65
    }
    return 1
  }

  /// "Three previous rounds" and "its fourth round": the events before this one, counted, and
  /// this one's place among them are one series, whatever "previous" says of the count's period.
  static func isCountOfThoseBefore(_ count: FigureProfile, _ ordinal: FigureProfile) -> Bool {
    guard count.measure.dimension == .count, !count.measure.isOrdinal,
      ordinal.measure.isOrdinal, count.period == .earlier, ordinal.period == .current,
      let (before, place) = Measure.magnitudes(count.measure, ordinal.measure)
    else { return false }
    return place == before + 1
  }

  /// Two counts of different nouns ("69 deaths", "69 aftershocks") are different measures,
  /// unless each noun appears near the other figure.
  static func countedNounFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    guard let x = a.countedNoun, let y = b.countedNoun, x != y else { return 1 }
    if b.context.weight(of: x) > 0 || a.context.weight(of: y) > 0 { return 0.9 }
    return 0.7
  }

  /// Two counts of one noun whose clauses share no other word and whose sentences share no
  /// name ("eight candidates", "two candidates"; "1,150 firefighters", "around 450
  /// firefighters") are said only to count the same kind of thing, not the same thing: a
  /// story counts its protesters, homes or firefighters many times over, in many ways. Values
  /// within a rounding or a hedge of each other ("about 610,000 vehicles", "612,400
  /// vehicles") vouch for the noun: that is one count written twice.
  static func nounOnlyFactor(
    _ a: FigureProfile, _ b: FigureProfile, context: Double, relation: ValueRelation
  ) -> Double {
    guard !isRoundingOrHedge(a, b, relation: relation),
      let noun = a.countedNoun, noun == b.countedNoun, context > 0
    else {
      return 1
    }
    let dot = context * a.context.norm * b.context.norm
    let nounDot = a.countedNounWeight * b.countedNounWeight
    // The noun's product is the whole dot product (to rounding): no other word is shared.
    // The names last: most pairs of one noun share other words, and names cost a merge.
    guard nounDot >= dot * 0.999 else { return 1 }
    return sharedCount(a.names, b.names) == 0 ? 0.5 : 1
  }

  /// Close values one of which is hedged, or rounds the other at its last significant digit:
  /// not any two values a few percent apart ("96" and "98 firefighters" are two counts).
  static func isRoundingOrHedge(
    _ a: FigureProfile, _ b: FigureProfile, relation: ValueRelation
  ) -> Bool {
    guard relation == .close else { return false }
    // Two hedged values a few percent apart both stand near one count.
    if a.measure.isHedged && b.measure.isHedged { return true }
    if a.measure.isHedged || b.measure.isHedged {
      // The hedge must take the other value in ("more than 1,150" is no 1,100).
      return HedgeReach.isHedgeAgainstExact(ScanReasons.Member(a), ScanReasons.Member(b))
    }
    guard let (x, y) = Measure.magnitudes(a.measure, b.measure) else { return false }
    return Measure.areWithinRounding(a.measure, b.measure, x, y)
  }

  /// Counts of one noun qualified in different ways ("412 relief camps", "233 anti-poaching
  /// camps") count different things, unless either qualifier appears near the other figure.
  static func modifierFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    guard let noun = a.countedNoun, noun == b.countedNoun, !a.modifiers.isEmpty,
      !b.modifiers.isEmpty, a.modifiers.isDisjoint(with: b.modifiers)
    else { return 1 }
    let mentioned =
      a.modifiers.contains { b.context.weight(of: $0) > 0 }
      || b.modifiers.contains { a.context.weight(of: $0) > 0 }
    return mentioned ? 1 : 0.6
  }

  /// Counts of people with different fates ("230 were injured", "nearly 70 died") are
  /// different measures however alike the rest of their clauses.
  static func outcomeFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    isOutcomeConflict(a, b) ? 0.5 : 1
  }

  static func isOutcomeConflict(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    if let x = a.outcome, let y = b.outcome { return x != y }
    // A fate counts people; a count of a named thing with none ("19 districts") does not. (A
    // thing on one side of a contest, "141 seats won", is still the thing: "142 seats".)
    return (a.outcome != nil && !a.countsThing && b.countsThing)
      || (b.outcome != nil && !b.countsThing && a.countsThing)
  }

  /// Two figures of one sentence share all their words: only the nearest words can tell
  /// whether they measure the same thing, so such pairs need more.
  static func sameSentenceFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    guard a.source == b.source else { return 1 }
    // "250,000, police said, while the union put the figure at 800,000": an article gives two
    // values of one thing when two named bodies give them.
    if let x = a.attribution, let y = b.attribution, x != y { return 1 }
    // One article rarely gives two values for one thing: it needs more evidence.
    return a.figure.sentenceStart == b.figure.sentenceStart ? 0.6 : 0.8
  }

  /// "47 were in X, 19 in Y and three in Z": different values listed in one sentence are parts
  /// of one whole, side by side, not two reports of one thing (a conversion, "€1.6bn ($1.86bn)",
  /// is one value and is left alone).
  static func listFactor(_ a: FigureProfile, _ b: FigureProfile, relation: ValueRelation)
    -> Double
  {
    guard a.source == b.source, a.figure.sentenceStart == b.figure.sentenceStart,
      a.isListed, b.isListed, relation == .different, a.measure.unitFamily == b.measure.unitFamily
    else { return 1 }
    return 0.5
  }

  /// "Six times" before and "the seventh" now: an ordinal one above a count (or equal to it)
  /// is the classic way two reports count the same events; any other ordinal and count are
  /// a rank and a quantity.
  static func countAndOrdinalFactor(_ a: Measure, _ b: Measure, relation: ValueRelation)
    -> Double
  {
    guard a.dimension == .count, a.isOrdinal != b.isOrdinal,
      let (x, y) = Measure.magnitudes(a, b)
    else { return 1 }
    let (count, ordinal) = a.isOrdinal ? (y, x) : (x, y)
    // Otherwise a rank and a quantity ("the 12th march", "24 students") are two measures.
    return ordinal == count + 1 || ordinal == count ? 1.4 : 0.6
  }

  /// "Finished third" is a place in a ranking, "two regions" a quantity, whatever their values:
  /// the two never measure one thing.
  static func isRankAgainstCount(_ a: Measure, _ b: Measure) -> Bool {
    a.dimension == .count && a.isOrdinal != b.isOrdinal && (a.isRank || b.isRank)
  }

  /// "Shares fell 7.2%" and "the margin narrowed to 6.5%": a change and a level are two
  /// measures, whatever their subjects share.
  static func isChangeAgainstLevel(_ a: Measure, _ b: Measure) -> Bool {
    a.dimension == .share
      && ((a.shareRole == .change && b.shareRole == .level)
        || (a.shareRole == .level && b.shareRole == .change))
  }

  /// One share in percent, the other in percentage points.
  static func isPercentAgainstPoints(_ a: Measure, _ b: Measure) -> Bool {
    // The two units are "percent" and "percentage_point" in either order, compared without
    // building a set: this is asked of every pair of equal values.
    a.dimension == .share && b.dimension == .share
      && ((a.unitFamily == "percent" && b.unitFamily == "percentage_point")
        || (a.unitFamily == "percentage_point" && b.unitFamily == "percent"))
  }

  /// "6 per cent" and "six percentage points": one number, once in percent and once in points,
  /// is the classic confusion of a change in a rate. Other numbers in percent and in points are a level (or relative change) and a change in
  /// points: two different measures ("52 per cent of the park", "up 18 percentage points").
  static func percentAndPointsFactor(_ a: Measure, _ b: Measure) -> Double {
    // The dimensions first: a set of two strings per pair was half the cost of scoring.
    guard a.dimension == .share, b.dimension == .share else { return 1 }
    func either(_ unit: String) -> Bool { a.unitFamily == unit || b.unitFamily == unit }
    // A fraction ("about half") is a level, as a share in percent is.
    guard either("percent") || either("fraction"),
      either("percentage_point") || either("basis_point")
    else { return 1 }
    guard let x = a.magnitude, x == b.magnitude else {
      return PointsWrittenAsPercent.isSlip(a, b) ? 1 : 0.5
    }
    return isPercentAgainstPoints(a, b) ? 1.4 : 1
  }

  /// Figures each said of names or places, none shared ("in Spain", "in Italy"), are
  /// probably of different things; sharing one is evidence for the same.
  static func nameFactor(_ a: FigureProfile, _ b: FigureProfile) -> Double {
    guard !a.nearNames.isEmpty, !b.nearNames.isEmpty else { return 1 }
    return a.nearNames.isDisjoint(with: b.nearNames) ? 0.75 : 1.1
  }

  /// "Echeverría on 32.4%" and "Arriagada on 28.1%": shares or counts their clauses give to
  /// different names (``FigureProfile/holder``) are the names' own, two measures.
  static func isHeldByOthers(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard let x = a.holder, let y = b.holder, x != y else { return false }
    return a.measure.dimension == .share || a.measure.dimension == .count
  }

  /// "23 of the 50 seats" and "63 of the 155 seats" (or the 50 and the 155 themselves):
  /// figures of wholes of clearly different sizes (``FigureProfile/partitiveWhole``) are of
  /// different things, a chamber's seats and another's; of one whole, the whole and a part
  /// are too.
  /// A whole against another report's figure of no such phrase: the whole is a fixed total,
  /// so a figure far from it is no report of it ("the 155 seats", "won 61 seats"), and a
  /// part against a figure near its whole is a part against the whole ("63 of the 155
  /// seats", "the 155-seat chamber").
  static func isOfAnotherWhole(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    func ratio(_ x: Double, _ y: Double) -> Double { max(x, y) / min(x, y) }
    switch (a.partitiveWhole, b.partitiveWhole) {
    case (let x?, let y?):
      if x > 0 && y > 0 && ratio(x, y) > maximumWholeRatio { return true }
      // "10 of the train's 17 coaches" and another report's "the 17 cars": a part and the
      // whole.
      return (a.measure.magnitude == x) != (b.measure.magnitude == y)
    case (let whole?, nil):
      return isApart(a, whole: whole, from: b)
    case (nil, let whole?):
      return isApart(b, whole: whole, from: a)
    default:
      return false
    }
  }

  /// Whether `other` is no report of what `figure` (of a partitive with `whole`) measures.
  static func isApart(_ figure: FigureProfile, whole: Double, from other: FigureProfile)
    -> Bool
  {
    guard whole > 0, let own = figure.measure.magnitude, let value = other.measure.magnitude,
      value > 0
    else { return false }
    let ratio = { (x: Double, y: Double) in max(x, y) / min(x, y) }
    let near = ratio(value, whole) <= maximumWholeRatio
    // The whole itself: only a value near it reports it, and no name's or winner's figure of
    // another value ("the 50 seats" against "Chile Primero won 61 seats": a holder's count is
    // its part of some whole). A part: a value near its whole, and nearer it than the part
    // ("38 of the 50 seats" against "36 seats" reports the part), is that whole. One article
    // is read so as well as two: it states a whole's size once.
    if own == whole {
      return !near || ((other.holder != nil || other.measure.isGain) && value != whole)
    }
    return near && ratio(value, whole) < ratio(value, own)
  }

  /// The widest ratio between two sizes of one whole (a total reported by two sources).
  static let maximumWholeRatio = 1.5

  /// "27 of them strong enough to be felt" in one report and "more than 120 aftershocks" in
  /// another: a part of a whole (``FigureProfile/partPredicate``) and another report's figure
  /// that is no part are two measures, unless the other's words say what singles the part
  /// out ("41 of them had been formally arrested", "41 people had been arrested"). Within one
  /// article a part and its total are a scope to check, and left alone.
  static func isPartAgainstTotal(_ a: FigureProfile, _ b: FigureProfile) -> Bool {
    guard a.source != b.source else { return false }
    switch (a.partPredicate, b.partPredicate) {
    case (let predicate?, nil): return !predicate.contains { b.context.weight(of: $0) > 0 }
    case (nil, let predicate?): return !predicate.contains { a.context.weight(of: $0) > 0 }
    default: return false
    }
  }

  /// Sources on different stories hardly ever report the same measure.
  static func otherStoryFactor(_ storySimilarity: Double) -> Double {
    storySimilarity < 0.5 ? 0.5 : 1
  }
}

extension PairScore {
  /// The hand-weighted score of a pair's parts: the additive parts times each factor, each
  /// rule's factor, then the floors of a restatement and an anaphor.
  init(parts p: PairParts) {
    var sameness = p.additive
    sameness *= p.period
    sameness *= p.countedNoun
    sameness *= p.nounOnly
    sameness *= p.outcome
    sameness *= p.modifier
    sameness *= p.sameSentence
    sameness *= p.list
    sameness *= p.otherStory
    sameness *= p.ordinal
    sameness *= p.percentAndPoints
    sameness *= p.converted
    sameness *= p.name
    sameness *= p.event
    if p.otherHolder { sameness *= 0.4 }
    if p.otherWhole { sameness *= 0.4 }
    if p.partAndTotal { sameness *= 0.5 }
    if p.changeAndLevel { sameness *= 0.5 }
    if p.otherSide { sameness *= 0.5 }
    if p.twoMoments { sameness *= 0.35 }
    if p.normAndMeasurement { sameness *= 0.4 }
    if p.complements { sameness *= RemainderCount.factor }
    if p.severity { sameness *= SeverityPart.factor }
    if p.otherStatistic { sameness *= SummaryStatistic.factor }
    // A figure and its restatement in another unit are one quantity, however their clauses
    // read.
    if p.restated {
      sameness = max(sameness, Restatement.sameness)
    } else if p.derivedMatch {
      sameness *= Restatement.derivedMatchFactor
    }
    // A figure and the one its subject refers back to ("the number could rise to") measure
    // one thing.
    if p.anaphor {
      sameness = max(sameness, p.revision ? Revision.sameness : Anaphor.sameness)
    }
    // A title's figure and the body's, rounded or hedged anew: one figure written twice.
    if p.titleRestated && TitleRestatement.isUncontested(p) {
      sameness = max(sameness, TitleRestatement.sameness)
    }
    // One specific value, or its rounding, in two reports of one story: one figure.
    if p.specificMatch && TitleRestatement.isUncontested(p) {
      sameness = max(sameness, SpecificValueMatch.sameness)
    }
    // A specific value and another report's hedge of it: one figure, hedged.
    if p.hedgedMatch && TitleRestatement.isUncontested(p) {
      sameness = max(sameness, HedgedValueMatch.sameness)
    }
    let conflict =
      !p.restated
      && (p.period < 1 || p.event < 1 || p.outcomeConflict || p.changeAndLevel || p.otherHolder
        || p.otherWhole || p.otherSide || p.twoMoments || p.normAndMeasurement || p.complements
        || p.severity || p.otherStatistic || (p.relation == .equal && p.sameSource))
    self.init(
      sameness: sameness, relation: p.relation, conflict: conflict, unitsDiffer: p.unitsDiffer,
      isSentencePart: p.isSentencePart,
      titleRestated: p.titleRestated && TitleRestatement.isUncontested(p),
      boundsDiffer: p.boundsDiffer)
  }
}
