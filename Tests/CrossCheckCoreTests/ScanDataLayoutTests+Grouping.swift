import Testing

@testable import CrossCheckCore

/// The grouper's flat arrays and packed sort keys give exactly the groups the dictionaries,
/// sets and tuple sort gave, and the index's key numbering numbers keys as a dictionary did.
extension ScanDataLayoutTests {
  /// Two figures, smaller first, as the plain grouper keyed its sets.
  struct PlainKey: Hashable, Comparable {
    let a: Int
    let b: Int

    init(_ x: Int, _ y: Int) {
      a = min(x, y)
      b = max(x, y)
    }

    static func < (lhs: PlainKey, rhs: PlainKey) -> Bool { (lhs.a, lhs.b) < (rhs.a, rhs.b) }
  }

  /// The grouper as it was written with dictionaries, sets and a tuple sort, line for line.
  static func plainGroups(
    _ pairs: PairTable, listed: [(key: PlainKey, score: PairScore)], threshold: Double,
    source: (Int) -> Int, rescore: (Int, Int) -> PairScore?
  ) -> [SuggestionGrouper.Group] {
    let pairThreshold = threshold + 0.1
    let ordered = listed.filter { $0.score.sameness >= threshold }.sorted {
      $0.score.sameness != $1.score.sameness
        ? $0.score.sameness > $1.score.sameness : $0.key < $1.key
    }
    var cluster: [Int: Int] = [:]
    var members: [Int: [Int]] = [:]
    for (key, _) in ordered {
      let a = cluster[key.a] ?? key.a
      let b = cluster[key.b] ?? key.b
      guard a != b else { continue }
      let left = members[a] ?? [key.a]
      let right = members[b] ?? [key.b]
      guard left.count + right.count <= SuggestionGrouper.maximumSize else { continue }
      var total = 0.0
      var conflict = false
      for x in left {
        for y in right {
          let score = pairs.score(x, y) ?? rescore(x, y)
          total += score?.sameness ?? 0
          conflict = conflict || score?.conflict == true
          if source(x) == source(y), score?.relation != .equal,
            (score?.sameness ?? 0) < threshold
          {
            conflict = true
          }
        }
      }
      guard !conflict, total / Double(left.count * right.count) >= threshold * 0.75 else {
        continue
      }
      let merged = left + right
      members[a] = merged
      members[b] = nil
      for x in merged { cluster[x] = a }
    }
    var result: [SuggestionGrouper.Group] = []
    var covered: Set<PlainKey> = []
    for group in members.values where group.count >= 2 {
      let sorted = group.sorted()
      var scores: [PairScore] = []
      for (index, a) in sorted.enumerated() {
        for b in sorted[(index + 1)...] {
          covered.insert(PlainKey(a, b))
          if let score = pairs.score(a, b) ?? rescore(a, b) { scores.append(score) }
        }
      }
      let sources = Set(sorted.map(source)).count
      guard sources > 1 || SuggestionGrouper.isWorthOffering(oneArticle: scores) else { continue }
      let worth = SuggestionGrouper.groupWorth(scores.map(SuggestionGrouper.worth))
      result.append(
        SuggestionGrouper.Group(
          members: sorted, worth: worth * SuggestionGrouper.sourcesFactor(sources),
          isAgreement: scores.allSatisfy(SuggestionGrouper.agrees)))
    }
    var paired: Set<Int> = []
    for (key, score) in ordered
    where score.sameness >= pairThreshold && !covered.contains(key)
      && !paired.contains(key.a) && !paired.contains(key.b)
    {
      paired.formUnion([key.a, key.b])
      let sources = Set([source(key.a), source(key.b)]).count
      guard sources > 1 || SuggestionGrouper.isWorthOffering(oneArticle: [score]) else { continue }
      result.append(
        SuggestionGrouper.Group(
          members: [key.a, key.b],
          worth: SuggestionGrouper.worth(score) * 0.9 * SuggestionGrouper.sourcesFactor(sources),
          isAgreement: SuggestionGrouper.agrees(score)))
    }
    return result.sorted {
      $0.worth != $1.worth ? $0.worth > $1.worth : $0.members.lexicographicallyPrecedes($1.members)
    }
  }

  /// A random table: few distinct samenesses (ties are common), every relation, some
  /// conflicts, figures of few sources, and a rescoring that knows some pairs the table lacks.
  struct RandomPairs {
    var table = PairTable()
    var listed: [(key: PlainKey, score: PairScore)] = []
    var sources: [Int] = []

    init(_ numbers: inout Numbers) {
      let figures = 2 + numbers.next(30)
      sources = (0..<figures).map { _ in numbers.next(1 + numbers.next(5)) }
      let relations: [PairScore.ValueRelation] = [.equal, .close, .different, .unknown]
      for row in 0..<figures {
        var entries: [(other: Int, score: PairScore)] = []
        for other in (row + 1)..<max(row + 1, figures) where numbers.next(3) == 0 {
          let score = PairScore(
            sameness: Double(numbers.next(16)) / 16, relation: relations[numbers.next(4)],
            conflict: numbers.next(10) == 0, unitsDiffer: numbers.next(6) == 0)
          entries.append((other, score))
          listed.append((PlainKey(row, other), score))
        }
        table.appendRow(entries)
      }
    }

    /// A score for pairs the table lacks, the same on every call: some pairs have none.
    static func rescore(_ x: Int, _ y: Int) -> PairScore? {
      let mixed = (x &* 31 &+ y &* 17) % 7
      guard mixed > 1 else { return nil }
      return PairScore(
        sameness: Double(mixed) / 8, relation: mixed == 3 ? .equal : .different,
        conflict: mixed == 6)
    }
  }

  @Test func theFlatGrouperGroupsAsThePlainOneDid() {
    var numbers = Numbers(state: 29)
    var grouped = 0
    for _ in 0..<400 {
      let pairs = RandomPairs(&numbers)
      for threshold in [0.2, 0.35, 0.5] {
        let grouper = SuggestionGrouper(threshold: threshold)
        let fast = grouper.groups(
          pairs.table, source: { pairs.sources[$0] }, rescore: RandomPairs.rescore)
        let plain = ScanDataLayoutTests.plainGroups(
          pairs.table, listed: pairs.listed, threshold: threshold,
          source: { pairs.sources[$0] }, rescore: RandomPairs.rescore)
        #expect(fast.map(\.members) == plain.map(\.members))
        #expect(fast.map(\.worth.bitPattern) == plain.map(\.worth.bitPattern))
        #expect(fast.map(\.isAgreement) == plain.map(\.isAgreement))
        grouped += fast.filter { $0.members.count > 2 }.count
      }
    }
    // The tables are rich enough to make groups larger than pairs.
    #expect(grouped > 100)
  }

  @Test(arguments: [1, 2, 3, 16, 1000])
  func orderedPairsComeInTheOrderOfTheTupleSort(parts: Int) throws {
    var numbers = Numbers(state: 31)
    for _ in 0..<200 {
      let pairs = RandomPairs(&numbers)
      let fast = try #require(pairs.table.orderedPairs(atLeast: 0.3, parts: parts)).map {
        ($0.a, $0.b, $0.sameness)
      }
      let plain = pairs.listed.filter { $0.score.sameness >= 0.3 }.sorted {
        $0.score.sameness != $1.score.sameness
          ? $0.score.sameness > $1.score.sameness : $0.key < $1.key
      }.map { ($0.key.a, $0.key.b, $0.score.sameness) }
      #expect(fast.map(\.0) == plain.map(\.0))
      #expect(fast.map(\.1) == plain.map(\.1))
      #expect(fast.map(\.2) == plain.map(\.2))
      #expect(pairs.table.figureCount == pairs.sources.count)
    }
  }

  /// Ordering millions of pairs takes a while: it looks whether to stop between its sorts and
  /// its rounds of merging, and gives nothing once told to.
  @Test func orderingPairsStopsWhenAsked() {
    var numbers = Numbers(state: 7)
    let pairs = RandomPairs(&numbers)
    var looks = 0
    _ = pairs.table.orderedPairs(atLeast: 0.3, parts: 8) {
      looks += 1
      return false
    }
    #expect(looks > 1)
    for stopAt in 1...looks {
      var asked = 0
      let stopped = pairs.table.orderedPairs(atLeast: 0.3, parts: 8) {
        asked += 1
        return asked >= stopAt
      }
      #expect(stopped == nil && asked == stopAt)
    }
  }

  @Test func keysAreNumberedInTheOrderTheyAreFirstSeenAsByADictionary() {
    var numbers = Numbers(state: 37)
    var numbering = KeyNumbering()
    var dictionary: [Int: Int32] = [:]
    // Enough keys to grow the table many times; negative and huge keys too.
    for _ in 0..<20_000 {
      let key =
        switch numbers.next(4) {
        case 0: -numbers.next(5000)
        case 1: numbers.next(5000) &* 1_000_003
        default: numbers.next(8000)
        }
      let expected = dictionary[key] ?? Int32(dictionary.count)
      if dictionary[key] == nil { dictionary[key] = expected }
      #expect(numbering.number(of: key, next: Int32(numbering.count)) == expected)
    }
    #expect(numbering.count == dictionary.count)
  }
}
