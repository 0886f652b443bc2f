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

  /// Whether the sentence gives its figures to different sources, or one to a source and
  /// another to none ("Gunmen killed 50, though local reports put the toll at 58").
  static func attributionsDiffer(_ members: [FigureProfile]) -> Bool {
    guard let first = members.first else { return false }
    return members.contains { $0.attribution != first.attribution }
  }
}
