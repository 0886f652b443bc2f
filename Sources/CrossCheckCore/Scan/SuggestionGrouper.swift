/// Turns scored pairs into small, coherent groups. Figures are clustered by average linkage:
/// the most alike pairs first, two clusters joining only while their figures are, on average,
/// alike enough and the result holds at most six; so every member measures the same thing.
/// Strong pairs the clusters leave apart are offered as pairs after them.
struct SuggestionGrouper {
  /// The least sameness for two figures to be offered together.
  var threshold: Double
  /// The most figures a suggestion holds.
  static let maximumSize = 6
  /// How many pairs the clustering joins between two looks at whether to stop.
  static let stopCheckInterval = 1 << 14
  /// Pairs left apart by clustering are offered when at least this alike.
  var pairThreshold: Double { threshold + 0.1 }

  struct Group {
    var members: [Int]
    /// How worth checking the group is; higher first.
    var worth: Double
    /// Every pair of its figures gives one value in one unit: the figures agree.
    var isAgreement = false
  }

  /// `source` gives each profile's source, for ranking; `rescore` scores two figures the
  /// candidate search did not pair (nil when their values are too far apart to compare).
  /// `shouldStop` is asked every ``stopCheckInterval`` pairs; when it answers true, no groups
  /// are returned.
  func groups(
    _ pairs: PairTable, source: (Int) -> Int, rescore: (Int, Int) -> PairScore?,
    shouldStop: () -> Bool = { false }
  ) -> [Group] {
    // The most alike pairs first (ties: smaller figures first), sorted on packed keys.
    guard let ordered = pairs.orderedPairs(atLeast: threshold, shouldStop: shouldStop) else {
      return []
    }
    // Each figure's cluster (its first figure's number, or itself) and each cluster's
    // figures, in arrays indexed by figure.
    let figures = pairs.figureCount
    var cluster = [Int32](unsafeUninitializedCapacity: figures) { buffer, count in
      for figure in 0..<figures { buffer[figure] = Int32(figure) }
      count = figures
    }
    var members = [[Int]](repeating: [], count: figures)
    var joined: [Int] = []
    for (index, pair) in ordered.enumerated() {
      if index % SuggestionGrouper.stopCheckInterval == 0, shouldStop() { return [] }
      let (keyA, keyB) = (pair.a, pair.b)
      let a = Int(cluster[keyA])
      let b = Int(cluster[keyB])
      guard a != b,
        max(1, members[a].count) + max(1, members[b].count) <= SuggestionGrouper.maximumSize
      else { continue }
      let left = members[a].isEmpty ? [keyA] : members[a]
      let right = members[b].isEmpty ? [keyB] : members[b]
      var total = 0.0
      var conflict = false
      for x in left {
        for y in right {
          // Pairs the candidate search skipped are scored now: a group never hides a conflict.
          let score = pairs.score(x, y) ?? rescore(x, y)
          total += score?.sameness ?? 0
          conflict = conflict || score?.conflict == true
          // Two values of one article in one group must be alike on their own: an article
          // rarely gives two values of one thing, so the average cannot vouch for them.
          if source(x) == source(y), score?.relation != .equal,
            (score?.sameness ?? 0) < threshold
          {
            conflict = true
          }
        }
      }
      // A group is joined only when no two of its figures are said of different periods or
      // names, and its figures are on average alike enough.
      guard !conflict, total / Double(left.count * right.count) >= threshold * 0.75 else {
        continue
      }
      let merged = left + right
      if members[a].isEmpty { joined.append(a) }
      members[a] = merged
      members[b] = []
      for x in merged { cluster[x] = Int32(a) }
    }
    var result: [Group] = []
    for (index, root) in joined.enumerated() {
      if index % (SuggestionGrouper.stopCheckInterval / 16) == 0, shouldStop() { return [] }
      guard members[root].count >= 2 else { continue }
      // One sentence's parts never both: the group keeps the one more like the rest.
      let sorted = SentenceParts.withoutParts(members[root].sorted()) {
        pairs.score($0, $1) ?? rescore($0, $1)
      }
      var scores: [PairScore] = []
      for (index, a) in sorted.enumerated() {
        for b in sorted[(index + 1)...] {
          if let score = pairs.score(a, b) ?? rescore(a, b) { scores.append(score) }
        }
      }
      let sources = Set(sorted.map(source)).count
      guard sources > 1 || SuggestionGrouper.isWorthOffering(oneArticle: scores) else { continue }
      let worth = SuggestionGrouper.groupWorth(scores.map(SuggestionGrouper.worth))
      result.append(
        Group(
          members: sorted,
          worth: worth * SuggestionGrouper.sourcesFactor(sources),
          isAgreement: scores.allSatisfy(SuggestionGrouper.agrees)))
    }
    // Each figure joins at most one pair beyond its cluster: its best one. A pair is inside a
    // cluster when its figures share one (every cluster left holds two figures or more).
    var paired = [Bool](repeating: false, count: figures)
    for pair in ordered
    where pair.sameness >= pairThreshold && cluster[pair.a] != cluster[pair.b]
      && !paired[pair.a] && !paired[pair.b]
    {
      paired[pair.a] = true
      paired[pair.b] = true
      // The pair came from the table, so the table holds its score.
      guard let score = pairs.score(pair.a, pair.b) else { continue }
      let sources = Set([source(pair.a), source(pair.b)]).count
      guard sources > 1 || SuggestionGrouper.isWorthOffering(oneArticle: [score]) else { continue }
      result.append(
        Group(
          members: [pair.a, pair.b],
          worth: SuggestionGrouper.worth(score) * 0.9 * SuggestionGrouper.sourcesFactor(sources),
          isAgreement: SuggestionGrouper.agrees(score)))
    }
    return result.sorted {
      $0.worth != $1.worth ? $0.worth > $1.worth : $0.members.lexicographicallyPrecedes($1.members)
    }
  }

  /// A group is about as worth checking as its most telling pair, tempered by the rest (halfway
  /// between their mean and the best): two reports that agree do not make a third's different
  /// value much less worth a look, though a group that mostly agrees still ranks below the lone
  /// difference offered as a pair.
  static func groupWorth(_ worths: [Double]) -> Double {
    guard let most = worths.max() else { return 0 }
    return (worths.reduce(0, +) / Double(worths.count) + most) / 2
  }

  /// One value in one unit: nothing a reader would see differ.
  static func agrees(_ score: PairScore) -> Bool {
    score.relation == .equal && !score.unitsDiffer && !score.titleRestated && !score.boundsDiffer
  }

  /// The least sameness of every pair of a suggestion whose figures all come from one article.
  static let oneArticleThreshold = 0.45

  /// Whether figures of one article alone (their pairs' `scores`) make a suggestion: an article
  /// that gives one value twice only repeats itself, and one that gives two values of a kind
  /// most often gives parts side by side (two regions, two candidates, two years), so its
  /// figures are offered alone only when every pair is more alike than figures of two
  /// articles need to be ("250,000, police said, while the union put the figure at 800,000").
  static func isWorthOffering(oneArticle scores: [PairScore]) -> Bool {
    scores.contains { $0.relation != .equal || $0.titleRestated }
      && scores.allSatisfy { $0.sameness >= oneArticleThreshold }
  }

  /// Figures from several outlets are what a checker compares; one article's figures rarely
  /// measure one thing twice.
  static func sourcesFactor(_ sources: Int) -> Double {
    sources < 2 ? 0.35 : 1 + 0.05 * Double(min(4, sources - 2))
  }

  /// A pair is worth checking when the figures surely measure one thing and their values
  /// differ; agreement comes last.
  static func worth(_ score: PairScore) -> Double {
    let interest: Double
    switch score.relation {
    case .different: interest = 1
    case .unknown: interest = 0.9
    case .close: interest = 0.85
    // Equal values in different units, or a title's figure hedged otherwise than the body's,
    // are worth a look: the reader sees two numbers.
    // So is one value given as a bound by one report and not by the other.
    case .equal:
      interest = score.unitsDiffer || score.titleRestated || score.boundsDiffer ? 0.85 : 0.45
    }
    return score.sameness * interest
  }
}
