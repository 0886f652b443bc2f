import Foundation

/// Proposes discrepancies nobody asked about: groups of figures from different sources whose
/// subjects match and whose values differ, or whose wording invites a check.
///
/// It never compares all pairs of figures. Figures are blocked by their unit class (money,
/// count, percent, duration, tally) and each key word of their subject and sentence; only
/// figures that share a block are grouped, and only the most promising groups are compared.
/// Time and memory grow with the number of figures, not with its square.
public struct DiscrepancyScanner: Sendable {
  public var comparator: Comparator
  /// Only groups of these kinds (nil: all but dates).
  public var kind: FigureKind?
  /// Only groups whose values differ by at least this many percent.
  public var minimumDifference: Decimal?
  /// How many suggestions to return.
  public var limit: Int
  /// The most figures a group shows; larger blocks are split by subject.
  public static let maximumGroupSize = 10

  public init(
    comparator: Comparator, kind: FigureKind? = nil, minimumDifference: Decimal? = nil,
    limit: Int = 20
  ) {
    self.comparator = comparator
    self.kind = kind
    self.minimumDifference = minimumDifference
    self.limit = limit
  }

  private struct Candidate {
    var members: [Int]
    var key: String
    var weight: Double
  }

  public func scan(_ sources: [Source]) -> [Suggestion] {
    // 1. The figures worth grouping, with their block keys.
    var figures: [(figure: Figure, source: Int)] = []
    for (sourceIndex, source) in sources.enumerated() {
      for figure in source.figures where figure.isComparable && (kind == nil || figure.kind == kind)
      {
        figures.append((figure, sourceIndex))
      }
    }
    var blocks: [String: [Int]] = [:]
    for (index, entry) in figures.enumerated() {
      for key in keys(of: entry.figure, in: sources[entry.source]) {
        blocks[key, default: []].append(index)
      }
    }
    // 2. Candidate groups: blocks holding figures from at least two sources. A key shared by
    // few figures says more (it is rarer): its weight falls with the block's size.
    var candidates: [Candidate] = []
    var seen: Set<[Int]> = []
    for (key, members) in blocks {
      let sourcesInBlock = Set(members.map { figures[$0].source })
      guard sourcesInBlock.count >= 2 else { continue }
      for group in split(members, figures: figures)
      where Set(group.map { figures[$0].source }).count >= 2 {
        let sorted = group.sorted()
        guard seen.insert(sorted).inserted else { continue }
        let weight = 2.0 / log2(Double(members.count) + 1)
        candidates.append(Candidate(members: sorted, key: key, weight: weight))
      }
    }
    // 3. Compare the most promising groups only.
    candidates.sort { ($0.weight, $0.members.count) > ($1.weight, $1.members.count) }
    var suggestions: [Suggestion] = []
    for candidate in candidates.prefix(max(limit * 10, 200)) {
      let members = candidate.members.map { figures[$0] }
      let comparison = comparator.compare(
        members.map { ($0.figure, sources[$0.source].metadata.date) })
      if let minimum = minimumDifference {
        let largest = comparison.entries.compactMap(\.relativeDifference).map { abs($0) }.max() ?? 0
        guard largest >= minimum else { continue }
      }
      let sharedNames = sharedSentenceNames(members.map { ($0.figure, sources[$0.source]) })
      let score =
        (interest(comparison, sources: Set(members.map(\.source)).count)
          + min(2, Double(sharedNames) * 0.5))
        * (1 + candidate.weight)
      guard score > 0 else { continue }
      suggestions.append(
        Suggestion(
          rank: 0, subject: subject(of: members.map(\.figure)),
          figures: members.map { ($0.figure, sources[$0.source]) }, comparison: comparison,
          score: score))
    }
    // 4. A group inside a larger one that scores nearly as well says nothing more: keep the
    // larger. Then rank and number.
    let idSets = suggestions.map { Set($0.figures.map(\.figure.id)) }
    var kept: [Suggestion] = []
    for (index, suggestion) in suggestions.enumerated() {
      let covered = idSets.indices.contains { other in
        other != index && idSets[index].isStrictSubset(of: idSets[other])
          && suggestions[other].score >= suggestion.score * 0.7
      }
      if !covered { kept.append(suggestion) }
    }
    kept.sort { $0.score > $1.score }
    var unique: [Suggestion] = []
    for suggestion in kept where unique.count < limit {
      let ids = Set(suggestion.figures.map(\.figure.id))
      if unique.contains(where: { ids.isSubset(of: Set($0.figures.map(\.figure.id))) }) { continue }
      unique.append(suggestion)
    }
    kept = unique
    for index in kept.indices { kept[index].rank = index + 1 }
    return kept
  }

  /// The unit class of a figure: counts and ordinals meet ("six times" and "the seventh visit").
  static func unitClass(_ figure: Figure) -> String {
    switch figure.kind {
    case .money: return "money"
    case .count, .ordinal, .other: return "count"
    case .percent: return figure.unit == "percentage_point" ? "pp" : "percent"
    case .duration: return "duration"
    case .tally: return "tally"
    case .date: return "date"
    case .quantity: return "quantity:" + UnitTable.dimension(of: figure.unit)
    case .time: return "time"
    }
  }

  /// Block keys: the unit class with each subject term ("money|s:asset"). Names shared by the
  /// sentences only raise a group's score; as keys they would pair every figure about Ukraine.
  private func keys(of figure: Figure, in source: Source) -> [String] {
    let unitClass = DiscrepancyScanner.unitClass(figure)
    return figure.subjectTerms.map { unitClass + "|s:" + $0 }
  }

  /// How many names the group's sentences share (at least two sentences mention them).
  private func sharedSentenceNames(_ members: [(Figure, Source)]) -> Int {
    var counts: [String: Int] = [:]
    for (figure, source) in members {
      for name in Set(names(in: source.text(from: figure.sentenceStart, to: figure.sentenceEnd))) {
        counts[name, default: 0] += 1
      }
    }
    return counts.values.filter { $0 >= 2 }.count
  }

  /// Capitalized words inside a sentence (not its first word): the names it is about.
  private func names(in sentence: String) -> [String] {
    var result: [String] = []
    var first = true
    for word in sentence.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }) {
      defer { first = false }
      guard !first, let initial = word.first, initial.isUppercase, word.count > 2 else { continue }
      let name = Stemmer.stem(String(word))
      if !result.contains(name) { result.append(name) }
    }
    return result
  }

  /// Large blocks are split by subject, so a group stays readable; each part is capped.
  private func split(_ members: [Int], figures: [(figure: Figure, source: Int)]) -> [[Int]] {
    guard members.count > DiscrepancyScanner.maximumGroupSize else { return [members] }
    let bySubject = Dictionary(grouping: members) {
      figures[$0].figure.subjectTerms.sorted().joined(separator: " ")
    }
    return bySubject.values.map { Array($0.prefix(DiscrepancyScanner.maximumGroupSize)) }
  }

  /// How much a comparison invites a check: differences, counting patterns, scope and hedges.
  private func interest(_ comparison: Comparison, sources: Int) -> Double {
    var score = Double(sources) * 0.5
    switch comparison.assessment {
    case .differ: score += 3
    case .consistent: score += 1.5
    case .incomparable:
      // Amounts in two currencies with no rate yet still differ within each currency.
      let missingRate = comparison.explanations.contains {
        if case .noRate = $0 { return true }
        return false
      }
      score += missingRate ? 2.5 : 1
    case .agree: score += 0
    }
    for explanation in comparison.explanations {
      switch explanation {
      case .countAndOrdinal, .countIncludesOrdinal: score += 3
      case .differentScope: score += 1
      case .rounding: score += 1
      case .differentDates: score += 0.5
      case .differentSubjects: score -= 1.5
      default: break
      }
    }
    if comparison.assessment == .agree && comparison.explanations.isEmpty { return 0 }
    return score
  }

  /// The subject most of the group's figures share.
  private func subject(of figures: [Figure]) -> String {
    let subjects = figures.compactMap(\.subject)
    let counts = Dictionary(subjects.map { ($0, 1) }, uniquingKeysWith: +)
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "(no subject)"
  }
}
