/// The index keys of a run of figures (``DiscrepancyScanner/postings(_:)``), worked out on one
/// core: figure `n` of the run holds `keys` from `ends[n - 1]` (0 for the first) to `ends[n]`,
/// the first `exactCounts[n]` of them its words, noun and value, the rest its near values.
struct IndexKeys {
  private(set) var keys: [Int] = []
  private(set) var ends: [Int] = []
  private(set) var exactCounts: [Int] = []
  /// Scratch reused for every figure: its terms heaviest first.
  private var heaviest: [(term: Int, weight: Double)] = []

  /// Adds the keys of the run's next figure.
  mutating func add(_ profile: FigureProfile) {
    let start = keys.count
    let measure = profile.measure
    let dimension = MeasureDimension.allCases.firstIndex(of: measure.dimension) ?? 0
    heaviest.removeAll(keepingCapacity: true)
    heaviest.append(contentsOf: profile.context.entries)
    heaviest.sort { ($0.weight, $1.term) > ($1.weight, $0.term) }
    for entry in heaviest.prefix(DiscrepancyScanner.indexTerms) {
      keys.append(entry.term &* 16 &+ dimension)
    }
    if let noun = profile.countedNoun,
      !heaviest.prefix(DiscrepancyScanner.indexTerms).contains(where: { $0.term == noun })
    {
      keys.append(noun &* 16 &+ dimension)
    }
    // Equal values meet too ("8.7 per cent", "8.7 percent"), on a key words cannot take.
    if let value = DiscrepancyScanner.valueKey(measure) {
      keys.append(value &* 16 &+ dimension)
    }
    exactCounts.append(keys.count - start)
    for near in DiscrepancyScanner.nearValueKeys(measure) {
      keys.append(near &* 16 &+ dimension)
    }
    ends.append(keys.count)
  }

  /// One run's keys per slot, each written by one concurrent iteration only (its own index)
  /// and read after all have finished.
  struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<IndexKeys>

    init(count: Int) {
      buffer = .allocate(capacity: count)
      buffer.initialize(repeating: IndexKeys())
    }

    func release() {
      buffer.deinitialize()
      buffer.deallocate()
    }
  }
}
