/// Different values of one kind that one sentence gives ("37 structures destroyed, 22 of them
/// homes", "6.2% and 6.9%, respectively", "four of the 17 regions") are that sentence's parts,
/// side by side: a sentence does not state one thing twice with two values. Offered on their
/// own, such figures are no discrepancy, unless their writing or their sources make one to
/// check: the same value in two units or currencies, in percent and in points, a count against
/// an ordinal, or two bodies' counts ("250,000, police said, while the union put it at 800,000").
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
  }
}
