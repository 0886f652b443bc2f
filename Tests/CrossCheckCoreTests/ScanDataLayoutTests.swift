import Foundation
import Testing

@testable import CrossCheckCore

/// The scan's faster data layouts give exactly what the plain ones gave: sorted-array sets
/// answer as sets do, a scattered cosine is bit for bit the merged one, tables of pair rows
/// join in order, and the ECB table read on byte positions keeps every check and first and
/// last day.
@Suite("The scan's data layouts")
struct ScanDataLayoutTests {
  /// A small deterministic generator, so that a failure can be replayed.
  struct Numbers {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test func termSetsAnswerAsSetsDo() {
    var numbers = Numbers(state: 7)
    for _ in 0..<500 {
      let a = (0..<numbers.next(8)).map { _ in numbers.next(20) }
      let b = (0..<numbers.next(8)).map { _ in numbers.next(20) }
      let (x, y) = (TermSet(gathering: a), TermSet(gathering: b))
      #expect(Array(x) == Set(a).sorted())
      #expect(x.count == Set(a).count)
      #expect(x.sharedCount(with: y) == Set(a).intersection(b).count)
      #expect(x.isDisjoint(with: y) == Set(a).isDisjoint(with: b))
      #expect((0..<20).allSatisfy { x.contains($0) == a.contains($0) })
      #expect(x == TermSet(Set(a)))
    }
    #expect(TermSet(gathering: [2019, 2019, 2020]) == [2020, 2019])
    #expect(TermSet().isEmpty && !TermSet(gathering: [3]).isEmpty)
    #expect(TermSet(gathering: []).isEmpty && TermSet(gathering: [3]) == [3])
  }

  @Test func aScatteredCosineIsTheMergedOneBitForBit() {
    var numbers = Numbers(state: 11)
    func vector() -> WeightedTerms {
      var weights: [Int: Double] = [:]
      for _ in 0..<numbers.next(30) {
        weights[numbers.next(60)] = Double(numbers.next(1000) + 1) / 37
      }
      return WeightedTerms(weights, keep: 16)
    }
    var scattered = ScatteredTerms(termCount: 60)
    for _ in 0..<200 {
      let row = vector()
      scattered.scatter(row)
      for _ in 0..<10 {
        let other = vector()
        #expect(scattered.cosine(other).bitPattern == row.cosine(other).bitPattern)
      }
    }
  }

  @Test func flatTermVectorsGiveTheMergedCosineBitForBit() {
    var numbers = Numbers(state: 13)
    func vector() -> WeightedTerms {
      var weights: [Int: Double] = [:]
      for _ in 0..<numbers.next(30) {
        weights[numbers.next(60)] = Double(numbers.next(1000) + 1) / 37
      }
      return WeightedTerms(weights, keep: 16)
    }
    let vectors = (0..<300).map { _ in vector() }
    let flat = TermVectors(vectors)
    #expect(flat.count == vectors.count)
    #expect(flat.termLimit == (vectors.compactMap { $0.entries.last?.term }.max() ?? -1) + 1)
    var scattered = ScatteredTerms(termCount: 60)
    for row in stride(from: 0, to: vectors.count, by: 7) {
      scattered.scatter(flat, row)
      for other in vectors.indices {
        #expect(
          scattered.cosine(flat, other).bitPattern == vectors[row].cosine(vectors[other]).bitPattern
        )
      }
    }
  }

  @Test func termVectorsLaidOutOnSeveralCoresAreTheOneCoreTable() {
    var numbers = Numbers(state: 23)
    func vector() -> WeightedTerms {
      var weights: [Int: Double] = [:]
      for _ in 0..<numbers.next(30) {
        weights[numbers.next(500)] = Double(numbers.next(1000) + 1) / 37
      }
      return WeightedTerms(weights, keep: 16)
    }
    // None, one, and more vectors than one core's run.
    for count in [0, 1, 300, 5000] {
      let vectors = (0..<count).map { _ in vector() }
      let plain = TermVectors(vectors)
      let fast = TermVectors(count: vectors.count) { vectors[$0] }
      #expect(fast.terms == plain.terms && fast.starts == plain.starts)
      #expect(fast.weights.map(\.bitPattern) == plain.weights.map(\.bitPattern))
      #expect(fast.norms.map(\.bitPattern) == plain.norms.map(\.bitPattern))
      #expect(fast.count == count && fast.termLimit == plain.termLimit)
    }
  }

  /// The scan before title lines were read from line ends: every scalar tested in turn.
  static func titlesScalarByScalar(_ text: String) -> [Bool] {
    var titles: [Bool] = []
    var last: Unicode.Scalar?
    var lines = 0
    var ends = 0
    func close() {
      let isTitle = last.map { !TitleLines.sentenceEnds.contains($0) } ?? false
      titles.append(isTitle)
      if last != nil {
        lines += 1
        if !isTitle { ends += 1 }
      }
    }
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        close()
        last = nil
      } else if scalar.value < 0x80 {
        if !["\u{20}", "\u{09}", "\u{0D}", "\"", "'", ")", "]"].contains(scalar) { last = scalar }
      } else if !scalar.properties.isWhitespace && !TitleLines.closers.contains(scalar) {
        last = scalar
      }
    }
    close()
    let isParagraphed = lines > 0 && ends * 2 >= lines
    return isParagraphed ? titles : titles.map { _ in false }
  }

  @Test func titleLinesReadFromLineEndsAsFromEveryScalar() {
    var numbers = Numbers(state: 17)
    let alphabet: [Unicode.Scalar] = [
      "a", "7", ".", "!", "?", "…", " ", "\t", "\r", "\n", "\n", "\"", "'", "”", "’", ")", "]",
      "\u{00A0}", "\u{2003}", "\u{0B}", "é", ":",
    ]
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<numbers.next(40) {
        text.unicodeScalars.append(alphabet[numbers.next(alphabet.count)])
      }
      let scalars = Array(text.unicodeScalars)
      let lines = TitleLines(scalars)
      var offset = 0
      var found: [Bool] = []
      for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
        found.append(lines.isTitle(at: offset))
        offset += line.count + 1
      }
      #expect(found == Self.titlesScalarByScalar(text), "\(text.debugDescription)")
    }
  }

  @Test func withinATenthAsDecimalDivisionSays() {
    var numbers = Numbers(state: 19)
    func decimal() -> Decimal {
      let mantissa = Decimal(numbers.next(2_000_000) - 1_000_000)
      return mantissa * Decimal(sign: .plus, exponent: numbers.next(9) - 6, significand: 1)
    }
    var pairs: [(Decimal, Decimal)] = (0..<3000).map { _ in (decimal(), decimal()) }
    // On the edge and just off it either way, where Doubles alone could answer wrong.
    let third = Decimal(1) / 3
    pairs += [
      (100, 90), (90, 100), (-100, -90), (100, 89.999), (100, 90.001), (third * 10, third * 9),
      (third * 10, third * 9 - Decimal(sign: .plus, exponent: -30, significand: 1)),
      (Decimal(string: "1e100")!, Decimal(string: "9e99")!), (5, -5),
    ]
    for (a, b) in pairs where a != 0 && b != 0 {
      let exact = abs(a - b) / max(abs(a), abs(b)) <= Decimal(string: "0.1")!
      #expect(Comparator.isWithinTenth(a, b) == exact, "\(a) \(b)")
    }
  }

  @Test func groupsWeighedLazilyComeInTheOrderOfAFullSort() {
    var numbers = Numbers(state: 23)
    let factors = [0.4, 0.6, 1.0]
    for _ in 0..<300 {
      // Few distinct worths and factors, so that ties are common.
      // Each group's one member is its place in the grouper's order.
      let worths = (0..<numbers.next(40)).map { _ in Double(numbers.next(8)) / 4 }
      let groups = worths.sorted(by: >).enumerated().map {
        SuggestionGrouper.Group(members: [$0.offset], worth: $0.element)
      }
      let factor = groups.map { _ in factors[numbers.next(factors.count)] }
      let full = groups.enumerated().map {
        (offset: $0.offset, worth: $0.element.worth * factor[$0.offset])
      }
      .sorted { $0.worth != $1.worth ? $0.worth > $1.worth : $0.offset < $1.offset }
      .map(\.offset)
      var weighed = 0
      var ranked = RankedGroups(groups, evidenceFactors: factors) { group in
        weighed += 1
        return (ranked: group.members[0], worth: group.worth * factor[group.members[0]])
      }
      let wanted = numbers.next(groups.count + 1)
      var lazy: [Int] = []
      while lazy.count < wanted, let next = ranked.nextGroup() { lazy.append(next) }
      #expect(lazy == Array(full.prefix(wanted)))
      #expect(weighed <= groups.count)
    }
    // The best group needs no other weighed when none could overtake it.
    var weighed = 0
    var first = RankedGroups(
      [1, 0.5, 0.1].enumerated().map {
        SuggestionGrouper.Group(members: [$0.offset], worth: $0.element)
      },
      evidenceFactors: [1]
    ) { group in
      weighed += 1
      return (ranked: group.members[0], worth: group.worth)
    }
    #expect(first.nextGroup() == 0 && weighed == 1)
    #expect(first.nextGroup() == 1 && weighed == 2)
    // A factor above one could lift a later group past an earlier one: everything is weighed.
    let groups = [SuggestionGrouper.Group(members: [0], worth: 1), .init(members: [1], worth: 0.9)]
    var ranked = RankedGroups(groups, evidenceFactors: [0.5, 2]) { group in
      (ranked: group.members[0], worth: group.worth * (group.members[0] == 1 ? 2 : 0.5))
    }
    #expect(ranked.nextGroup() == 1)
  }

  @Test func pairRowsJoinInOrder() {
    let score = { (sameness: Double) in PairScore(sameness: sameness, relation: .different) }
    var first = PairTable()
    first.appendRow([(other: 2, score: score(0.5)), (other: 3, score: score(0.6))])
    first.appendRow([])
    var second = PairTable()
    second.appendRow([(other: 3, score: score(0.7))])
    var table = PairTable()
    table.append(first)
    table.append(second)
    #expect(table.count == 3)
    #expect(table.score(0, 2)?.sameness == 0.5)
    #expect(table.score(3, 0)?.sameness == 0.6)
    #expect(table.score(1, 2) == nil)
    #expect(table.score(2, 3)?.sameness == 0.7)
    second.removeAll()
    #expect(second.count == 0 && second.score(0, 3) == nil)
  }

  @Test func aPairIsFoundWithoutBranchesAsByALinearSearch() {
    var numbers = Numbers(state: 17)
    let figures = 40
    var table = PairTable()
    var plain: [Int: [(other: Int, sameness: Double)]] = [:]
    for row in 0..<figures {
      // Rows of every length from empty to all later figures, partners increasing.
      let others = (row + 1..<figures).filter { _ in numbers.next(3) > numbers.next(3) }
      let entries = others.map { (other: $0, sameness: Double(numbers.next(1000)) / 1000) }
      plain[row] = entries
      table.appendRow(
        entries.map { (other: $0.other, score: PairScore(sameness: $0.sameness, relation: .close)) }
      )
    }
    for x in 0..<(figures + 2) {
      for y in 0..<(figures + 2) {
        let (row, other) = (min(x, y), max(x, y))
        let expected = plain[row]?.first { $0.other == other }?.sameness
        #expect(table.score(x, y)?.sameness == expected, "\(x), \(y)")
      }
    }
    #expect(table.count == plain.values.reduce(0) { $0 + $1.count } && table.count > 100)
  }

  @Test func theECBTableFindsEachCurrencysFirstAndLastDayInAnyRowOrder() throws {
    let table = try ECBRateTable(
      csv: """
        Date,USD,CYP,GBP,
        2025-11-28,1.16,N/A,0.87,
        2007-12-31,1.47,0.585274,N/A,
        2025-12-01,1.165, N/A ,,
        2008-01-02,1.4721,N/A,0.7383,
        """, origin: "test")
    #expect(table.quotedDays(of: "USD") == "2007-12-31"..."2025-12-01")
    #expect(table.quotedDays(of: "CYP") == "2007-12-31"..."2007-12-31")
    #expect(table.quotedDays(of: "GBP") == "2008-01-02"..."2025-11-28")
    #expect(table.firstDay == "2007-12-31" && table.lastDay == "2025-12-01")
    let rate = try table.rate(of: "USD", on: "2025-11-30").get()
    #expect(rate.rate == Decimal(string: "1.16")! && rate.date == "2025-11-28")
  }

  @Test func theECBTableRefusesWhatItRefusedBefore() {
    func error(_ csv: String) -> String? {
      do {
        _ = try ECBRateTable(csv: csv, origin: "test")
        return nil
      } catch {
        return error.description
      }
    }
    #expect(
      error("Date,USD,\n2025-02-29,1.16,\n") == "line 2: '2025-02-29' is not a date (YYYY-MM-DD)")
    #expect(error("Date,USD,\n2024-02-29,1.16,\n") == nil)
    #expect(error("Date,USD,\n2025-13-01,1.16,\n")?.hasPrefix("line 2:") == true)
    #expect(error("Date,USD,\n2025-1-01,1.16,\n")?.hasPrefix("line 2:") == true)
    #expect(
      error("Date,USD,\n2025-12-01,1.16,2.0,\n")
        == "line 2: the row has more cells than the header has currencies")
    #expect(
      error("Date,USD,\n2025-12-01,1.16,\n2025-12-02, 1.1x ,\n")
        == "line 3: '1.1x' in column USD is not a rate")
    #expect(error("Date,USD,\n2025-12-01,0.00,\n")?.hasPrefix("line 2:") == true)
    #expect(
      error("Date,USD,\n2025-12-01,1.16,\n2025-12-01,1.17,\n")
        == "line 3: 2025-12-01 appears twice (also on line 2)")
    #expect(error("Date,USD,\n") == "line 2: the file has no rows of rates")
  }
}
