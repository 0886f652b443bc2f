import Dispatch

/// The scored pairs of a scan, in flat arrays: each pair is kept once, in the row of its
/// smaller figure, rows sorted by the other figure. Millions of pairs cost a few arrays, not a
/// hash table of tuples, and a pair is found by a binary search in a short row.
struct PairTable: Sendable {
  /// Where each figure's row starts in `partners` and `scores`; one more entry than figures.
  private var rowStart: [Int] = [0]
  private var partners: [Int32] = []
  private var scores: [PairScore] = []

  /// How many pairs the table holds.
  var count: Int { scores.count }

  /// Appends the row of the next figure: `row` pairs it with larger figures, in increasing
  /// order.
  mutating func appendRow(_ row: [(other: Int, score: PairScore)]) {
    for entry in row {
      partners.append(Int32(entry.other))
      scores.append(entry.score)
    }
    rowStart.append(scores.count)
  }

  /// Appends the rows of `other`, scored for the figures after this table's.
  mutating func append(_ other: PairTable) {
    let offset = scores.count
    partners.append(contentsOf: other.partners)
    scores.append(contentsOf: other.scores)
    rowStart.append(contentsOf: other.rowStart.dropFirst().lazy.map { $0 + offset })
  }

  /// Empties the table, keeping its storage for the next rows.
  mutating func removeAll() {
    rowStart.removeAll(keepingCapacity: true)
    rowStart.append(0)
    partners.removeAll(keepingCapacity: true)
    scores.removeAll(keepingCapacity: true)
  }

  /// The score of two figures, in either order; nil when they were not scored.
  func score(_ x: Int, _ y: Int) -> PairScore? {
    let (row, other) = x < y ? (x, y) : (y, x)
    guard row + 1 < rowStart.count else { return nil }
    let (first, end) = (rowStart[row], rowStart[row + 1])
    guard first < end else { return nil }
    let target = Int32(other)
    // A binary search that halves the range without a branch on the comparison (the grouper
    // looks pairs up in its innermost loop, and which half comes next cannot be guessed):
    // the first partner not below `target` stays within `base...base + count`.
    let found = partners.withUnsafeBufferPointer { partners in
      var base = first
      var count = end - first
      while count > 1 {
        let half = count / 2
        base = partners[base + half] < target ? base + half : base
        count -= half
      }
      return partners[base] < target ? base + 1 : base
    }
    return found < end && partners[found] == target ? scores[found] : nil
  }

  /// Every pair, row by row: the smaller figure, the larger, and their score.
  func forEachPair(_ body: (Int, Int, PairScore) -> Void) {
    for row in 0..<(rowStart.count - 1) {
      for index in rowStart[row]..<rowStart[row + 1] {
        body(row, Int(partners[index]), scores[index])
      }
    }
  }

  /// How many figures the table speaks of: its rows, or more when a row names a later figure.
  var figureCount: Int {
    max(rowStart.count - 1, partners.lazy.map { Int($0) + 1 }.max() ?? 0)
  }

  /// Every pair whose sameness is at least `threshold` (above 0), most alike first, ties by
  /// the smaller figure and then the larger: the order the grouper joins clusters in.
  /// The rows are cut in `parts` runs, each gathered and sorted on a core, and the runs merged
  /// two by two on all cores until one is left: no two pairs share a key, so the merges give
  /// the order one sort of all the pairs gives. `shouldStop` is asked between the sorts and
  /// between the rounds of merging (millions of pairs take a while); nil once it says to stop.
  func orderedPairs(
    atLeast threshold: Double, parts: Int = 16, shouldStop: () -> Bool = { false }
  ) -> [OrderedPair]? {
    let rows = rowStart.count - 1
    let parts = max(1, min(parts, rows))
    let runs = Runs(buffer: .allocate(capacity: parts))
    defer { runs.buffer.deallocate() }
    let cores = DiscrepancyScanner.workers
    for first in stride(from: 0, to: parts, by: cores) {
      if shouldStop() {
        runs.buffer.baseAddress!.deinitialize(count: first)
        return nil
      }
      DispatchQueue.concurrentPerform(iterations: min(cores, parts - first)) { offset in
        let part = first + offset
        var result: [OrderedPair] = []
        for row in (rows * part / parts)..<(rows * (part + 1) / parts) {
          for index in rowStart[row]..<rowStart[row + 1]
          where scores[index].sameness >= threshold {
            result.append(
              OrderedPair(sameness: scores[index].sameness, row, Int(partners[index])))
          }
        }
        result.sort(by: OrderedPair.precedes)
        (runs.buffer.baseAddress! + part).initialize(to: result)
      }
    }
    var sorted = Array(runs.buffer)
    runs.buffer.deinitialize()
    while sorted.count > 1 {
      if shouldStop() { return nil }
      let merges = Runs(buffer: .allocate(capacity: (sorted.count + 1) / 2))
      let round = sorted
      DispatchQueue.concurrentPerform(iterations: merges.buffer.count) { index in
        let left = round[2 * index]
        let merged = 2 * index + 1 < round.count ? Self.merge(left, round[2 * index + 1]) : left
        (merges.buffer.baseAddress! + index).initialize(to: merged)
      }
      sorted = Array(merges.buffer)
      merges.buffer.deinitialize()
      merges.buffer.deallocate()
    }
    return sorted.first ?? []
  }

  /// Two runs of pairs in the grouper's order as one.
  private static func merge(_ first: [OrderedPair], _ second: [OrderedPair]) -> [OrderedPair] {
    var merged: [OrderedPair] = []
    merged.reserveCapacity(first.count + second.count)
    var (i, j) = (0, 0)
    while i < first.count && j < second.count {
      if OrderedPair.precedes(second[j], first[i]) {
        merged.append(second[j])
        j += 1
      } else {
        merged.append(first[i])
        i += 1
      }
    }
    merged.append(contentsOf: first[i...])
    merged.append(contentsOf: second[j...])
    return merged
  }

  /// Runs of pairs, each written by one core.
  private struct Runs: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<[OrderedPair]>
  }

  /// A pair as two integers that sort in the grouper's order: a positive sameness's bits
  /// order as the number does, so their complement puts the most alike first.
  struct OrderedPair {
    let order: UInt64
    /// The smaller figure in the high half, the larger in the low half.
    let figures: UInt64

    init(sameness: Double, _ x: Int, _ y: Int) {
      order = ~sameness.bitPattern
      figures = UInt64(min(x, y)) << 32 | UInt64(max(x, y))
    }

    var sameness: Double { Double(bitPattern: ~order) }

    /// The grouper's order: the most alike first, then by the smaller figure and the larger.
    static func precedes(_ x: OrderedPair, _ y: OrderedPair) -> Bool {
      x.order != y.order ? x.order < y.order : x.figures < y.figures
    }
    var a: Int { Int(figures >> 32) }
    var b: Int { Int(figures & 0xFFFF_FFFF) }
  }
}
