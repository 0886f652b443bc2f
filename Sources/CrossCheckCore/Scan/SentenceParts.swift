/// Different values of one kind that one sentence gives ("37 structures destroyed, 22 of them
/// homes", "6.2% and 6.9%, respectively", "four of the 17 regions") are that sentence's parts,
/// side by side: a sentence does not state one thing twice with two values. Offered on their
/// own, such figures are no discrepancy, unless their writing or their sources make one to
/// check: the same value in two units or currencies, in percent and in points, a count against
/// an ordinal, two bodies' counts ("250,000, police said, while the union put it at 800,000"),
/// or one count given to a source and another to none ("250,000, police said; the toll was
/// 300,000"): two accounts of one thing. A different hedge alone is not: "at least 30 killed and
/// 12 injured" hedges one part of two.
/// Figures of one article in different sentences ("28 points" in one paragraph, "19" in another)
/// are left to the scan's other rules.
enum SentenceParts {
  /// The reasons that make one sentence's figures worth checking against each other.
  static let checkable: Set<ScanReason> = [
    .unitDifference, .currencyDifference, .percentVsPoints, .countingDifference,
  ]

  /// Whether `members`, whose differences have `reasons`, are only one sentence's parts.
  static func isOneSentencesParts(_ members: [FigureProfile], reasons: [ScanReason]) -> Bool {
    guard let first = members.first else { return false }
    let oneSentence = members.allSatisfy {
      $0.source == first.source && $0.figure.sentenceStart == first.figure.sentenceStart
    }
    return oneSentence && !reasons.contains(where: checkable.contains)
      && !attributionsDiffer(members) && !Anaphor.linksAll(members)
      && !StatedBaseline.linksAll(members)
  }

  /// Whether two figures are one sentence's parts ("96 Singaporeans and 112 Canadians", "rose
  /// from $19.16 to $19.68", "€5,120 a square metre, against €3,050 elsewhere"): different
  /// values in one unit (or counts), given by one source, not linked as a restatement, a
  /// reference back or a part of the other.
  /// Other reports' figures in a larger group vouch for one of them, not for both at once
  /// (``withoutParts(_:score:)``).
  static func areParts(
    _ a: FigureProfile, _ b: FigureProfile, relation: PairScore.ValueRelation
  ) -> Bool {
    a.source == b.source && a.figure.sentenceStart == b.figure.sentenceStart
      && relation == .different
      // Counts of different nouns are parts too; other units may be one value converted.
      && (a.measure.dimension == .count || a.measure.unitFamily == b.measure.unitFamily)
      && a.measure.isOrdinal == b.measure.isOrdinal && a.attribution == b.attribution
      // "730 people, 310 of them in Augusta": a whole and its part are a scope to check.
      && a.partPredicate == nil && b.partPredicate == nil
      && !Anaphor.areLinked(a, b)
  }

  /// A group's `members` with one figure of each pair of one sentence's parts left out: the
  /// one less alike the rest of the group (the later on a tie), until no such pair is left or
  /// two figures are. `score` gives a pair's score (nil: not comparable).
  static func withoutParts(_ members: [Int], score: (Int, Int) -> PairScore?) -> [Int] {
    var kept = members
    while kept.count > 2,
      let (x, y) = firstParts(kept, score: score)
    {
      func likeness(_ figure: Int, apart partner: Int) -> Double {
        let others = kept.filter { $0 != figure && $0 != partner }
        let total = others.reduce(0.0) { $0 + (score(figure, $1)?.sameness ?? 0) }
        return total / Double(max(1, others.count))
      }
      let dropped = likeness(x, apart: y) < likeness(y, apart: x) ? x : y
      kept.removeAll { $0 == dropped }
    }
    return kept
  }

  /// The first pair of `members` that are one sentence's parts, in member order.
  private static func firstParts(_ members: [Int], score: (Int, Int) -> PairScore?) -> (
    Int, Int
  )? {
    for (index, x) in members.enumerated() {
      for y in members[(index + 1)...] where score(x, y)?.isSentencePart == true {
        return (x, y)
      }
    }
    return nil
  }

  /// Whether the sentence gives its figures to different sources, or one to a source and
  /// another to none ("Gunmen killed 50, though local reports put the toll at 58").
  static func attributionsDiffer(_ members: [FigureProfile]) -> Bool {
    guard let first = members.first else { return false }
    return members.contains { $0.attribution != first.attribution }
  }
}
