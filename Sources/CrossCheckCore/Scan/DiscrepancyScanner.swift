import Dispatch
import Foundation

/// Proposes discrepancies nobody asked about: small groups of figures that measure the same
/// thing, most worth checking first, each with the reasons its values may differ and the words
/// that made the scan put them together.
///
/// Each figure is described by what it measures (its dimension once normalized: money in one
/// currency, a quantity in its base unit, a share, a duration, a count and its noun) and by the
/// words of its clause, weighted by how rare they are in the loaded sources (TF-IDF). Figures
/// are indexed by dimension and by their rarest words, so only figures sharing one are
/// compared — never all pairs; a pair needs values within a plausible ratio, and is scored by
/// how alike the clauses, sources and names are, less when the figures belong to different
/// periods or count different nouns. Time and memory grow with the number of figures.
public struct DiscrepancyScanner: Sendable {
  public var comparator: Comparator
  /// Only groups of these kinds (nil: all but dates).
  public var kind: FigureKind?
  /// Only groups whose values differ by at least this many percent.
  public var minimumDifference: Decimal?
  /// How many suggestions to return.
  public var limit: Int
  /// The most figures a suggestion holds.
  public static let maximumGroupSize = SuggestionGrouper.maximumSize
  /// The least sameness for figures to be offered together.
  static let threshold = 0.35
  /// How many of its words index a figure.
  static let indexTerms = 16
  /// A word shared by more figures of one dimension than this is too common to pair them.
  static let maximumPosting = 150
  /// How many figures one figure is scored against at most.
  static let maximumPartners = 40
  /// A near value is a weaker sign than a shared word or an equal value: figures meet on one
  /// only while few figures share it, as in a handful of reports of one story.
  static let maximumNearPosting = 20
  /// How many figures one core compares between two looks at whether to stop (and progress).
  static let stopCheckInterval = 256
  /// The most cores the comparing uses.
  static let maximumWorkers = 8
  /// How many cores the scan's stages share their work among: the machine's, up to
  /// ``maximumWorkers``.
  static var workers: Int {
    max(1, min(ProcessInfo.processInfo.activeProcessorCount, maximumWorkers))
  }

  public init(
    comparator: Comparator, kind: FigureKind? = nil, minimumDifference: Decimal? = nil,
    limit: Int = 20
  ) {
    self.comparator = comparator
    self.kind = kind
    self.minimumDifference = minimumDifference
    self.limit = limit
  }

  /// Waits until the memory of the scans made so far is freed (it is freed on another thread
  /// once they return): a benchmark times one scan at a time.
  public static func waitForFreedMemory() { BackgroundRelease.waitUntilFreed() }

  public func scan(_ sources: [Source]) -> [Suggestion] {
    (try? scan(sources, progress: { _ in }, isCancelled: { false })) ?? []
  }

  /// The scan, telling `progress` how far it has come and stopping soon after `isCancelled`
  /// answers true: it is asked between sources (a few hundred kilobytes of text at most
  /// between two looks), between the steps of the comparing, every few hundred figures
  /// compared and every few thousand pairs grouped.
  public func scan(
    _ sources: [Source], progress: (ScanProgress) -> Void, isCancelled: () -> Bool
  ) throws(ScanInterrupted) -> [Suggestion] {
    // Once asked to stop, stopped for good: the stages' partial results are thrown away.
    var stopped = false
    func look(_ stage: ScanProgress.Stage, _ done: Int, of total: Int) -> Bool {
      progress(ScanProgress(stage: stage, done: done, total: total))
      stopped = stopped || isCancelled()
      return stopped
    }
    // The rates the articles give themselves join the comparator's, for currencies and days
    // nothing else converts.
    var comparator = self.comparator
    comparator.cited.add(contentsOf: CitedRates.table(in: sources).rates)
    var profiler = FigureProfiler()
    // The profiles are freed in the background once the suggestions are made.
    var profiles: [FigureProfile]
    let topics: [WeightedTerms]
    (profiles, topics) = profiler.profiles(
      of: sources, kind: kind, rates: comparator.rateSources,
      shouldStop: { look(.reading, $0, of: sources.count) })
    if stopped {
      BackgroundRelease.release(consume profiler)
      throw ScanInterrupted()
    }
    let pairs = candidatePairs(
      profiles, topics: topics, shouldStop: { look(.comparing, $0, of: profiles.count) })
    // The grouper asks for figures' sources in its innermost loop: from one flat array, not
    // through each profile's box.
    let figureSources = profiles.map(\.source)
    // Not begun once stopped: its first look would report progress past the stop.
    let grouped =
      stopped
      ? []
      : SuggestionGrouper(threshold: DiscrepancyScanner.threshold).groups(
        pairs, source: { figureSources[$0] },
        rescore: { PairScore.score(profiles[$0], profiles[$1], topics: topics) },
        shouldStop: { look(.comparing, profiles.count, of: profiles.count) })
    // After Ctrl-C the prompt comes back at once; the scan's work is freed meanwhile.
    if stopped {
      BackgroundRelease.release(profiles: consume profiles)
      BackgroundRelease.release((consume pairs, consume profiler))
      throw ScanInterrupted()
    }
    BackgroundRelease.release(consume pairs)
    let groups = StatedBaseline.adding(to: grouped, profiles: profiles)
    let suggestions = self.suggestions(
      groups, profiles: profiles, words: profiler, sources: sources, comparator: comparator)
    BackgroundRelease.release(profiles: consume profiles)
    BackgroundRelease.release(consume profiler)
    return suggestions
  }

  /// The first ``limit`` groups as suggestions, in their final order.
  private func suggestions(
    _ groups: [SuggestionGrouper.Group], profiles: [FigureProfile], words: FigureProfiler,
    sources: [Source], comparator: Comparator
  ) -> [Suggestion] {
    // A group is offered with the words its figures share; the fewer they are, the less a
    // checker can see why the figures belong together, and the later the group comes.
    // Only the groups that may be shown are weighed so (``RankedGroups``).
    var ranked = RankedGroups(
      groups, evidenceFactors: (0...ScanEvidence.size).map(ScanEvidence.rankFactor)
    ) { group in
      let members = group.members.map { profiles[$0] }
      let evidence = ScanEvidence.terms(shared: members, words: words)
      // One value in two units, agreeing once converted, is itself a sign of one quantity.
      let converted = ConvertedValue.isAgreementAcrossUnits(members) ? 1 : 0
      // So is one number as a change in percent and in points.
      let vouched = PercentAndPointsEvidence.vouches(members) ? 1 : 0
      let worth = group.worth * ScanEvidence.rankFactor(evidence.count + converted + vouched)
      return (
        ranked: (
          members: members, evidence: evidence, vouched: vouched, worth: worth,
          isAgreement: group.isAgreement
        ), worth: worth
      )
    }
    var suggestions: [Suggestion] = []
    while suggestions.count < max(1, limit), let next = ranked.nextGroup() {
      let (members, evidence, vouched, worth, isAgreement) = next
      guard evidence.count + vouched >= ScanEvidence.leastTerms(agreeing: isAgreement),
        !PastAgreement.isBackground(members, isAgreement: isAgreement)
      else { continue }
      let comparison = comparator.compare(
        members.map { ($0.figure, sources[$0.source].metadata.date) })
      if let minimum = minimumDifference {
        let largest = comparison.entries.compactMap(\.relativeDifference).map { abs($0) }.max() ?? 0
        guard largest >= minimum else { continue }
      }
      let reasons = ScanReasons.reasons(for: members.map(ScanReasons.Member.init))
      guard ValueCorroboration.isOffered(members, sharedTerms: evidence.count, reasons: reasons),
        !SentenceParts.isOneSentencesParts(members, reasons: reasons)
      else { continue }
      suggestions.append(
        Suggestion(
          rank: suggestions.count + 1, subject: subject(of: members.map(\.figure)),
          figures: members.map { ($0.figure, sources[$0.source]) }, comparison: comparison,
          score: worth, reasons: reasons, evidence: evidence))
    }
    return suggestions
  }

  /// Pairs of figures that share a dimension and one of their rarest words, scored.
  /// The figures are shared out in batches among the cores, each batch's rows appended in
  /// figure order, so the table is the same whatever the number of cores. `shouldStop` is
  /// asked before each batch (a few hundred figures) with the number done; when it answers
  /// true the table so far is returned.
  func candidatePairs(
    _ profiles: [FigureProfile], topics: [WeightedTerms],
    shouldStop: (Int) -> Bool = { _ in false }
  ) -> PairTable {
    // The index and the flat vectors take a while for many figures: the index looks as it is
    // built and once done, the vectors once built.
    guard let postings = DiscrepancyScanner.postings(profiles, shouldStop: { shouldStop(0) })
    else { return PairTable() }
    let contexts = TermVectors(count: profiles.count) { profiles[$0].context }
    if shouldStop(0) { return PairTable() }
    let layout = Layout(
      postings: postings, contexts: contexts,
      topics: TermVectors(count: topics.count) { topics[$0] })
    // Room for every term of the contexts and topics scattered.
    let terms = max(layout.contexts.termLimit, layout.topics.termLimit)
    let workers = DiscrepancyScanner.workers
    let scorers = PairRowScorer.Slots(count: workers) {
      PairRowScorer(figures: profiles.count, terms: terms, sources: topics.count)
    }
    defer { scorers.release() }
    var table = PairTable()
    let batch = DiscrepancyScanner.stopCheckInterval
    var start = 0
    while start < profiles.count {
      if shouldStop(start) { break }
      let first = start
      let end = min(profiles.count, first + workers * batch)
      if workers == 1 {
        scorers.buffer[0].score(first..<end, profiles: profiles, layout: layout)
      } else {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
          let low = min(end, first + worker * batch)
          scorers.buffer[worker].score(
            low..<min(end, low + batch), profiles: profiles, layout: layout)
        }
      }
      for worker in 0..<workers { table.append(scorers.buffer[worker].rows) }
      start = end
    }
    return table
  }

  /// Every figure's index keys (dimension with each of its heaviest words, its counted noun,
  /// its value) and, for each key, the figures that hold it in increasing order, as flat arrays.
  /// The keys are worked out on all cores, a run of figures each (sorting each figure's words
  /// is most of the work), and numbered after in figure order, as one core would number them.
  /// `shouldStop` is asked between batches of runs; when it answers true, nil is returned.
  static func postings(
    _ profiles: [FigureProfile], shouldStop: () -> Bool = { false }
  ) -> Postings? {
    let run = 2048
    let keyed = IndexKeys.Slots(count: (profiles.count + run - 1) / run)
    defer { keyed.release() }
    // A batch of 16 runs per core between looks.
    let batch = 16 * DiscrepancyScanner.workers
    for first in stride(from: 0, to: keyed.buffer.count, by: batch) {
      if shouldStop() { return nil }
      let count = min(batch, keyed.buffer.count - first)
      DispatchQueue.concurrentPerform(iterations: count) { offset in
        let part = first + offset
        var keys = IndexKeys()
        for index in (part * run)..<min(profiles.count, (part + 1) * run) {
          keys.add(profiles[index])
        }
        keyed.buffer[part] = keys
      }
    }
    var ids = KeyNumbering()
    var keyLists: [Int32] = []
    var keyStart = [0]
    keyStart.reserveCapacity(profiles.count + 1)
    var counts: [Int32] = []
    var limits: [Int] = []
    for keys in keyed.buffer {
      var first = 0
      for (end, exactKeys) in zip(keys.ends, keys.exactCounts) {
        for (position, key) in keys.keys[first..<end].enumerated() {
          let list = ids.number(of: key, next: Int32(counts.count))
          if Int(list) == counts.count {
            counts.append(0)
            limits.append(
              position < exactKeys
                ? DiscrepancyScanner.maximumPosting : DiscrepancyScanner.maximumNearPosting)
          }
          counts[Int(list)] += 1
          keyLists.append(list)
        }
        keyStart.append(keyLists.count)
        first = end
      }
    }
    // Each list's run in `members`, filled in figure order.
    var listStart = [Int](repeating: 0, count: counts.count + 1)
    for list in counts.indices { listStart[list + 1] = listStart[list] + Int(counts[list]) }
    var fill = listStart
    var members = [Int32](repeating: 0, count: keyLists.count)
    for index in profiles.indices {
      for entry in keyStart[index]..<keyStart[index + 1] {
        let list = Int(keyLists[entry])
        members[fill[list]] = Int32(index)
        fill[list] += 1
      }
    }
    // Numbering the keys of many figures takes a while too: a look once it is done.
    if shouldStop() { return nil }
    return Postings(
      keyLists: keyLists.map { Int($0) }, keyStart: keyStart, members: members,
      listStart: listStart, limits: limits)
  }

  /// What the pair search reads for every partner, laid out flat: the index, and the
  /// figures' contexts and the sources' topics end to end in figure and source order.
  struct Layout: Sendable {
    var postings: Postings
    var contexts: TermVectors
    var topics: TermVectors
  }

  /// The inverted index of ``postings(_:)``.
  struct Postings: Sendable {
    /// Figure `n`'s keys, as list numbers, from `keyStart[n]` to `keyStart[n + 1]`, in the
    /// order the figure gives them.
    var keyLists: [Int]
    var keyStart: [Int]
    /// List `k`'s figures from `listStart[k]` to `listStart[k + 1]`.
    var members: [Int32]
    var listStart: [Int]
    /// The longest list `k` may be and still bring partners.
    var limits: [Int]

    @inline(__always)
    func count(_ list: Int) -> Int { listStart[list + 1] - listStart[list] }

    /// Whether list `k` is short enough to say something about its figures.
    @inline(__always)
    func isUsable(_ list: Int) -> Bool { count(list) <= limits[list] }

    @inline(__always)
    func figures(_ list: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
      members[listStart[list]..<listStart[list + 1]].lazy.map { Int($0) }
    }
  }

  /// A negative key for a value to three significant digits, in the dimension's base unit.
  static func valueKey(_ measure: Measure) -> Int? {
    guard let value = measure.baseMagnitude ?? measure.magnitude, value.isFinite, value > 0
    else { return nil }
    let exponent = floor(log10(value)) - 2
    let mantissa = (value / pow(10, exponent)).rounded()
    return -(Int(exponent + 400) * 1000 + Int(mantissa)) - 1
  }

  /// How wide a band of values one near-value key covers, as a ratio.
  static let nearValueBand = 1.025

  /// Negative keys, below every ``valueKey``, for the band of values a figure's falls in and
  /// the next one up: values within a few percent meet ("17.0%" and "17.2%", "40km" and "25
  /// miles", a total and its net) though their words differ.
  static func nearValueKeys(_ measure: Measure) -> [Int] {
    guard measure.dimension != .tally,
      let value = measure.baseMagnitude ?? measure.magnitude, value.isFinite, value > 0
    else { return [] }
    let band = Int((log(value) / log(nearValueBand)).rounded(.down))
    guard abs(band) < 100_000 else { return [] }
    let key = -(1_000_000 + 100_000 + band)
    return [key, key - 1]
  }

  /// The subject most of the group's figures share.
  private func subject(of figures: [Figure]) -> String {
    let subjects = figures.compactMap(\.subject)
    let counts = Dictionary(subjects.map { ($0, 1) }, uniquingKeysWith: +)
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "(no subject)"
  }
}
