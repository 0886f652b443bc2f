/// Figures that share a single word ("fell" in "sales fell 2%" and "margins fell 3%") are thin
/// ground for a suggestion: one word is as often a coincidence of wording as a sign of one
/// measure. Values are a second sign: figures within a rounding or a hedge of one another, or
/// one value in two units or currencies, vouch for the word. Figures whose difference only a
/// change over time, a different scope or a contradiction could explain need a second shared
/// word or name before the scan claims they measure one thing, unless the one word is what every
/// figure counts ("1,200 vaccinators", "1,500 vaccinators"): a shared counted noun names the
/// measure itself, the strongest sign there is that two counts are of one thing.
enum ValueCorroboration {
  /// Values this close (the larger over the smaller) vouch for each other whatever else differs.
  static let widestRatio = 1.1

  /// The reasons that leave a difference unexplained by how the figures are written.
  static let unexplained: Set<ScanReason> = [.timeDifference, .scopeDifference, .contradiction]

  /// Whether figures sharing `sharedTerms` words and names, whose differences have `reasons`,
  /// may be offered together.
  static func isOffered(_ members: [FigureProfile], sharedTerms: Int, reasons: [ScanReason])
    -> Bool
  {
    // A vague amount ("thousands") is near, or within a hedge of, any value of its order of
    // magnitude: its value vouches for nothing (``VagueAmount``).
    let valuesVouch =
      !members.contains { VagueAmount.isVague($0.figure) }
      && (!reasons.contains(where: unexplained.contains)
        || valuesAreClose(members.map(\.measure)))
    return sharedTerms >= 2 || valuesVouch || countTheSameNoun(members)
      || shareTheirSubject(members)
  }

  /// Whether every figure is a change in percent whose own subject (not one borrowed from a
  /// sentence before) holds one and the same word: the subject names what moved ("Westbrook
  /// shares fell 8.4%", "its shares have lost about 12%"), as a counted noun names what is
  /// counted.
  static func shareTheirSubject(_ members: [FigureProfile]) -> Bool {
    guard let first = members.first else { return false }
    let ownChanges = members.allSatisfy {
      !$0.figure.subjectInferred && $0.measure.dimension == .share
        && $0.measure.shareRole == .change
    }
    // The verb of the change ("fell", "rose") is in every such subject and names nothing.
    return ownChanges
      && first.figure.subjectTerms.contains { word in
        !ScanVocabulary.changeStems.contains(word)
          && !ScanVocabulary.genericCounters.contains(word)
          && members.allSatisfy { $0.figure.subjectTerms.contains(word) }
      }
  }

  /// Whether every figure is a count of one and the same noun.
  static func countTheSameNoun(_ members: [FigureProfile]) -> Bool {
    guard let first = members.first?.countedNoun else { return false }
    return members.allSatisfy { $0.countedNoun == first }
  }

  /// Every two values within ``widestRatio`` of each other once in one unit (values that cannot
  /// be brought to one unit, or not both above zero, say nothing either way and are let be).
  static func valuesAreClose(_ measures: [Measure]) -> Bool {
    for (index, a) in measures.enumerated() {
      for b in measures[(index + 1)...] {
        guard let (x, y) = Measure.magnitudes(a, b), x > 0, y > 0 else { continue }
        if max(x, y) / min(x, y) > widestRatio { return false }
      }
    }
    return true
  }
}
