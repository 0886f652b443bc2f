extension DiscrepancyScanner {
  /// Every candidate pair the scan scores in `sources` (after the index picks partners, before
  /// the threshold, grouping and gates), as a row of features, in the scan's pair order.
  public func pairFeatures(_ sources: [Source]) -> [PairFeatureRow] {
    // The rates the scan converts with, the articles' own among them.
    var comparator = self.comparator
    comparator.cited.add(contentsOf: CitedRates.table(in: sources).rates)
    var profiler = FigureProfiler()
    let (profiles, topics) = profiler.profiles(
      of: sources, kind: kind, rates: comparator.rateSources, shouldStop: { _ in false })
    let pairs = candidatePairs(profiles, topics: topics)
    func place(_ profile: FigureProfile) -> PairFeatureRow.Place {
      PairFeatureRow.Place(
        path: sources[profile.source].path, start: profile.figure.start, end: profile.figure.end)
    }
    var rows: [PairFeatureRow] = []
    pairs.forEachPair { x, y, score in
      let (a, b) = (profiles[x], profiles[y])
      guard
        let parts = PairScore.parts(
          a, b,
          cosines: {
            (a.context.cosine(b.context), PairScore.storySimilarity(a, b, topics: topics))
          })
      else { return }
      rows.append(
        PairFeatureRow(
          first: place(a), second: place(b), sameness: score.sameness,
          features: parts.featureValues))
    }
    return rows
  }
}
