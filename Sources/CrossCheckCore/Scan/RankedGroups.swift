/// The scan's groups in their final order (worth once their evidence is weighed, highest
/// first, ties in the grouper's order), evidence worked out only for the groups that can still
/// come next: evidence only ever lowers a group's worth, and the grouper hands groups over
/// best first, so a group whose worth before evidence is below the best weighed one cannot
/// come before it. A scan that shows twenty suggestions weighs a few dozen groups, not
/// thousands.
struct RankedGroups<Ranked> {
  /// The grouper's groups, in its order (worth before evidence, highest first).
  private let groups: [SuggestionGrouper.Group]
  private let weigh: (SuggestionGrouper.Group) -> (ranked: Ranked, worth: Double)
  /// The next group to weigh.
  private var next = 0
  /// Weighed groups not yet handed out, in reverse final order (the next one last).
  private var waiting: [(offset: Int, ranked: Ranked, worth: Double)] = []
  /// Whether the shortcut holds: every worth is at least 0 and evidence never raises one.
  private let isLazy: Bool

  /// `weigh` gives a group's ranked form and its final worth; `evidenceFactors` are all the
  /// factors evidence can apply.
  init(
    _ groups: [SuggestionGrouper.Group], evidenceFactors: [Double],
    weigh: @escaping (SuggestionGrouper.Group) -> (ranked: Ranked, worth: Double)
  ) {
    self.groups = groups
    self.weigh = weigh
    isLazy =
      evidenceFactors.allSatisfy { $0 >= 0 && $0 <= 1 }
      && groups.allSatisfy { $0.worth >= 0 && $0.worth.isFinite }
      && zip(groups, groups.dropFirst()).allSatisfy { $0.worth >= $1.worth }
  }

  /// The next group in final order, or nil after the last.
  mutating func nextGroup() -> Ranked? {
    // A group not yet weighed can come first only when its worth before evidence is above
    // the best weighed one (on a tie the earlier group comes first, as a weighed one is).
    while next < groups.count
      && (!isLazy || waiting.isEmpty || groups[next].worth > waiting[waiting.count - 1].worth)
    {
      let (ranked, worth) = weigh(groups[next])
      let entry = (offset: next, ranked: ranked, worth: worth)
      // Kept in reverse order of (worth descending, offset ascending).
      var low = 0
      var high = waiting.count
      while low < high {
        let middle = (low + high) / 2
        let other = waiting[middle]
        let entryFirst =
          entry.worth != other.worth ? entry.worth > other.worth : entry.offset < other.offset
        if entryFirst { low = middle + 1 } else { high = middle }
      }
      waiting.insert(entry, at: low)
      next += 1
    }
    return waiting.popLast()?.ranked
  }
}
