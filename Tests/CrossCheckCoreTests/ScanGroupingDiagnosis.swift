import Foundation
import Testing

@testable import CrossCheckCore

/// A debugging aid, run only when `SCAN_DIAGNOSIS_SET` names a labelled set (a folder with
/// `articles/`, `figures.jsonl` and `discrepancies.json`): for every target group the grouper
/// never offers whole, it writes to `SCAN_DIAGNOSIS_OUT` each pair of the group's figures (its
/// score, or why it has none) and the groups that took each figure, so a miss can be laid at
/// one stage: no pair, a pair below the threshold, a conflict, or a figure taken by another group.
@Suite struct ScanGroupingDiagnosis {
  static let set = ProcessInfo.processInfo.environment["SCAN_DIAGNOSIS_SET"]

  @Test(.enabled(if: set != nil)) func diagnoseMissedGroups() throws {
    let folder = URL(fileURLWithPath: try #require(Self.set))
    let output = ProcessInfo.processInfo.environment["SCAN_DIAGNOSIS_OUT"] ?? "/dev/stdout"
    var articles = folder.appendingPathComponent("articles")
    if !FileManager.default.fileExists(atPath: articles.path) { articles = folder }
    var corpus = Corpus()
    _ = corpus.load(articles.path)
    let sources = corpus.sources
    var profiler = FigureProfiler()
    let comparator = Comparator()
    let (profiles, topics) = profiler.profiles(
      of: sources, kind: nil,
      rates: RateSources(session: comparator.rates, reference: comparator.reference),
      shouldStop: { _ in false })
    let pairs = DiscrepancyScanner(comparator: comparator).candidatePairs(
      profiles, topics: topics)
    let figureSources = profiles.map(\.source)
    let rescore = { (x: Int, y: Int) in PairScore.score(profiles[x], profiles[y], topics: topics) }
    let groups = SuggestionGrouper(threshold: DiscrepancyScanner.threshold).groups(
      pairs, source: { figureSources[$0] }, rescore: rescore)
    let suggestions = DiscrepancyScanner(comparator: comparator, limit: 1000).scan(sources)
    func name(_ source: Int) -> String { (sources[source].path as NSString).lastPathComponent }
    func profileIndex(file: String, start: Int, end: Int) -> Int? {
      profiles.indices.first {
        name(profiles[$0].source) == file && profiles[$0].figure.start < end
          && start < profiles[$0].figure.end
      }
    }
    func describe(_ index: Int) -> String {
      "\(index):\(name(profiles[index].source)):\(profiles[index].figure.text)"
    }
    func describe(_ score: PairScore?) -> String {
      guard let score else { return "none" }
      return String(
        format: "%.3f %@%@", score.sameness, "\(score.relation)", score.conflict ? " conflict" : "")
    }
    let raw = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("discrepancies.json")))
        as? [[String: Any]])
    var report = "== \(folder.lastPathComponent)\n"
    for group in raw {
      guard let status = group["status"] as? String, status != "consistent",
        status != "hard_negative", let figures = group["figures"] as? [[String: Any]]
      else { continue }
      let members = figures.compactMap { figure -> Int? in
        guard let file = figure["file"] as? String, let start = figure["start"] as? Int,
          let end = figure["end"] as? Int
        else { return nil }
        return profileIndex(file: (file as NSString).lastPathComponent, start: start, end: end)
      }
      guard members.count >= 2 else { continue }
      let rank = suggestions.firstIndex { suggestion in
        members.filter { member in
          suggestion.figures.contains {
            $0.1.path == sources[profiles[member].source].path
              && $0.0.start == profiles[member].figure.start
          }
        }.count >= 2
      }
      if let rank, rank < 60 { continue }
      report += "\(group["id"] ?? "?") \(status) rank \(rank.map { "\($0 + 1)" } ?? "never")\n"
      for (index, a) in members.enumerated() {
        for b in members[(index + 1)...] {
          let table = pairs.score(a, b)
          report += "  pair \(a)-\(b) table \(describe(table))"
          report += table == nil ? " rescore \(describe(rescore(a, b)))\n" : "\n"
        }
      }
      for member in members {
        report += "  \(describe(member))\n"
        for (position, taken) in groups.enumerated() where taken.members.contains(member) {
          report += String(format: "    group #%d worth %.3f: ", position + 1, taken.worth)
          report +=
            taken.members.map { other in
              other == member
                ? "*" : "\(describe(other)) [\(describe(pairs.score(member, other)))]"
            }.joined(separator: " | ") + "\n"
        }
      }
    }
    try report.write(toFile: output, atomically: false, encoding: .utf8)
  }
}
