import Testing

@testable import CrossCheckCore

/// Words numbered on several cores, each in tables of its own and renumbered source by source,
/// get exactly the numbers one core reading the sources in order gives them.
extension ScanDataLayoutTests {
  /// Every article the project has, twice over (so that later sources repeat earlier words),
  /// dated so that years and periods vary.
  static func articles() throws -> [Source] {
    let texts = try DevsetFixtures.articleTexts()
    return (texts + texts).enumerated().map { index, text in
      Source(
        id: SourceID("s\(index)"), path: "\(index).txt", canonicalPath: "/\(index).txt",
        metadata: SourceMetadata(outlet: "Outlet", date: "202\(index % 6)-0\(1 + index % 9)-12"),
        text: text, sha256: "\(index)", byteCount: text.utf8.count)
    }
  }

  @Test(arguments: [2, 3, 8])
  func wordsNumberedOnSeveralCoresAreNumberedAsOnOne(cores: Int) throws {
    let sources = try ScanDataLayoutTests.articles()
    let rates = RateSources(session: RateTable(), reference: .builtIn)
    var one = FigureProfiler()
    let plain = one.profiles(of: sources, kind: nil, rates: rates, cores: 1)
    var several = FigureProfiler()
    let fast = several.profiles(of: sources, kind: nil, rates: rates, cores: cores)
    try #require(plain.profiles.count == fast.profiles.count)
    #expect(plain.profiles.count > 1000)
    for (a, b) in zip(plain.profiles, fast.profiles) {
      #expect(a.figure.id == b.figure.id && a.source == b.source)
      #expect(a.context.entries.map(\.term) == b.context.entries.map(\.term))
      #expect(
        a.context.entries.map(\.weight.bitPattern) == b.context.entries.map(\.weight.bitPattern))
      #expect(a.context.norm.bitPattern == b.context.norm.bitPattern)
      #expect(Array(a.names) == Array(b.names) && Array(a.nearNames) == Array(b.nearNames))
      #expect(a.subjects == b.subjects)
      #expect(a.countedNoun == b.countedNoun && a.outcome == b.outcome)
      #expect(a.period == b.period && Array(a.years) == Array(b.years))
      #expect(a.partStart == b.partStart && a.date == b.date)
      #expect(
        a.measure.magnitude == b.measure.magnitude && a.measure.dimension == b.measure.dimension)
    }
    try #require(plain.topics.count == fast.topics.count)
    for (a, b) in zip(plain.topics, fast.topics) {
      #expect(a.entries.map(\.term) == b.entries.map(\.term))
      #expect(a.entries.map(\.weight.bitPattern) == b.entries.map(\.weight.bitPattern))
    }
    #expect(one.terms.words == several.terms.words)
    #expect(
      one.terms.words.indices.allSatisfy { one.terms.frequency($0) == several.terms.frequency($0) })
    #expect(
      one.terms.words.indices.map(one.surface) == several.terms.words.indices.map(several.surface))
    // Names are shown as written somewhere.
    #expect(one.terms.words.indices.contains { one.surface($0) != one.terms.words[$0] })
  }
}

extension ScanDataLayoutTests {
  @Test func topicsWeighedOnSeveralCoresAreThoseOfTheOneCoreLoop() throws {
    var numbers = Numbers(state: 19)
    var table = TermTable()
    for word in 0..<200 { _ = table.id(of: "w\(word)") }
    var (terms, counts, starts): ([Int32], [Double], [Int]) = ([], [], [0])
    // More sources than one core's run, each with a word of its own (used once, left out).
    for source in 0..<700 {
      var distinct = Set((0..<numbers.next(90)).map { _ in numbers.next(200) })
      distinct.insert(table.id(of: "only\(source)"))
      for term in distinct.sorted() {
        terms.append(Int32(term))
        counts.append(Double(numbers.next(9) + 1))
      }
      table.addDocument(distinct)
      starts.append(terms.count)
    }
    let idf = (0..<table.words.count).map { table.idf($0) }
    let fast = FigureProfiler.topics(
      terms: terms, counts: counts, starts: starts, table: table, idf: idf)
    // The loop the topics were made by on one core.
    var plain: [WeightedTerms] = []
    for source in 0..<(starts.count - 1) {
      var pairs: [(term: Int, weight: Double)] = []
      for entry in starts[source]..<starts[source + 1] {
        let term = Int(terms[entry])
        guard table.frequency(term) > 1 else { continue }
        pairs.append((term, counts[entry].squareRoot() * idf[term]))
      }
      plain.append(WeightedTerms(pairs, keep: FigureProfiler.topicSize))
    }
    try #require(fast.count == plain.count)
    for (a, b) in zip(fast, plain) {
      #expect(a.entries.map(\.term) == b.entries.map(\.term))
      #expect(a.entries.map(\.weight.bitPattern) == b.entries.map(\.weight.bitPattern))
      #expect(a.norm.bitPattern == b.norm.bitPattern)
    }
    #expect(fast.count == 700 && fast.contains { $0.entries.count == FigureProfiler.topicSize })
    let none = FigureProfiler.topics(terms: [], counts: [], starts: [0], table: table, idf: idf)
    #expect(none.isEmpty)
  }
}
