/// One core's part of the candidate search: scores the partners of a run of figures into rows
/// of a pair table, with scratch of its own, so that cores share nothing they write.
struct PairRowScorer {
  /// The rows the last ``score(_:profiles:layout:)`` made, for the scan's table.
  private(set) var rows = PairTable()
  /// A figure's partners are marked in one array rather than a set per figure.
  private var seenBy: [Int]
  private var partners: [Int] = []
  private var lists: [Int] = []
  private var order: [UInt64] = []
  private var row: [(other: Int, score: PairScore)] = []
  /// The row's context, scattered once for all its partners, and its source's topic, once for
  /// all the source's rows (`topicSource`).
  private var context: ScatteredTerms
  private var topic: ScatteredTerms
  private var topicSource = -1
  /// The story similarity of the row's source with each other source, worked out once per
  /// source pair: `storyOf[s]` is valid when `storyFor[s]` is the row's source.
  private var storyOf: [Double]
  private var storyFor: [Int]
  /// What reading the partners ahead added up, kept so that the reads are not left out.
  private(set) var fetched = 0

  /// Scratch for `figures` figures whose contexts hold terms below `terms`, from `sources`
  /// sources.
  init(figures: Int, terms: Int, sources: Int) {
    seenBy = [Int](repeating: -1, count: figures)
    context = ScatteredTerms(termCount: terms)
    topic = ScatteredTerms(termCount: terms)
    storyOf = [Double](repeating: 0, count: sources)
    storyFor = [Int](repeating: -1, count: sources)
  }

  /// Replaces ``rows`` with the rows of the figures in `range`: each figure paired with later
  /// figures that share one of its index keys, scored.
  mutating func score(
    _ range: Range<Int>, profiles: [FigureProfile], layout: DiscrepancyScanner.Layout
  ) {
    let postings = layout.postings
    rows.removeAll()
    for index in range {
      // The rarest keys first, and a bounded number of partners per figure, so that common
      // words and values cannot make the work grow with the square of the figures.
      partners.removeAll(keepingCapacity: true)
      row.removeAll(keepingCapacity: true)
      lists.removeAll(keepingCapacity: true)
      // The lists ordered by length, ties in the figure's order, by sorting plain integers:
      // the length in the high half, the list's place among the figure's in the low half (a
      // sort comparing lengths through the index copied the index per comparison).
      order.removeAll(keepingCapacity: true)
      for list in postings.keyLists[postings.keyStart[index]..<postings.keyStart[index + 1]]
      where postings.isUsable(list) {
        order.append(UInt64(postings.count(list)) << 32 | UInt64(lists.count))
        lists.append(list)
      }
      order.sort()
      for key in order where partners.count < DiscrepancyScanner.maximumPartners {
        let list = lists[Int(key & 0xFFFF_FFFF)]
        for other in postings.figures(list) where other > index && seenBy[other] != index {
          seenBy[other] = index
          partners.append(other)
        }
      }
      partners.sort()
      // Each partner's profile is read once before any is scored: these reads do not wait on
      // one another, so their cache misses overlap instead of coming one after another.
      // The partner's context is read ahead too (its norm, its first terms, and its weights'
      // first and last lines): the context cosine waited on these misses one partner at a time.
      var touched = 0
      let contexts = layout.contexts
      for other in partners {
        let partner = profiles[other]
        touched &+= partner.source &+ partner.figure.start &+ partner.figure.sentenceStart
        touched &+= (partner.measure.dimension == .money ? 1 : 0) &+ partner.period.rawValue
        touched &+= partner.names.count &+ partner.nearNames.count &+ partner.subjects.count
        let (first, end) = (contexts.starts[other], contexts.starts[other + 1])
        touched &+= Int(contexts.norms[other].bitPattern & 1)
        if first < end {
          touched &+= Int(contexts.terms[first]) &+ Int(contexts.terms[end - 1])
          touched &+= Int(contexts.weights[first].bitPattern & 1)
          touched &+= Int(contexts.weights[end - 1].bitPattern & 1)
        }
      }
      fetched &+= touched
      let figure = profiles[index]
      context.scatter(layout.contexts, index)
      if topicSource != figure.source {
        topicSource = figure.source
        topic.scatter(layout.topics, figure.source)
      }
      for other in partners {
        let partner = profiles[other]
        let score = PairScore.score(figure, partner) {
          let source = partner.source
          if storyFor[source] != figure.source {
            storyFor[source] = figure.source
            storyOf[source] = PairScore.storySimilarity(figure, partner) {
              topic.cosine(layout.topics, source)
            }
          }
          return (context.cosine(layout.contexts, other), storyOf[source])
        }
        if let score { row.append((other, score)) }
      }
      rows.appendRow(row)
    }
  }

  /// One scorer per core, each used by one concurrent iteration only (its own index) and
  /// read after all have finished, so no two threads touch one scorer.
  struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<PairRowScorer>

    init(count: Int, _ make: () -> PairRowScorer) {
      buffer = .allocate(capacity: count)
      for index in 0..<count { (buffer.baseAddress! + index).initialize(to: make()) }
    }

    func release() {
      buffer.deinitialize()
      buffer.deallocate()
    }
  }
}
