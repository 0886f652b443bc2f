import Foundation
import Testing

@testable import CrossCheckCore

/// The scan scored on the labelled sets in Tests/Fixtures/devset as `devset/score_scan.py`
/// scores it: a group is found when one of the first K suggestions (K = 1.5 × the groups to
/// find) holds two of its figures; a suggestion of more than six figures counts for nothing.
/// Thresholds sit just under what the scan achieves, so a change that loses ground fails.
@Suite("The scan on labelled articles")
struct ScanDevsetTests {
  static let fixtures = DevsetFixtures.folder
  static let corpusFolder = DevsetFixtures.corpus
  static let corpusNames = DevsetFixtures.keyNames

  struct Span: Hashable {
    var file: String
    var start: Int
    var end: Int

    func overlaps(_ other: Span) -> Bool {
      file == other.file && start < other.end && other.start < end
    }
  }

  struct Group {
    var id: String
    var status: String
    var members: [Span]
  }

  struct Score {
    var recall: Double
    var precision: Double
    var negativesPaired: Int
    var explained: Double
    var missed: [String]
  }

  static func score(
    set: String, texts: URL, renaming: [String: String] = [:], in folder: URL = fixtures
  ) throws -> Score {
    let key = folder.appendingPathComponent(set)
    var numeric: [Span] = []
    for line in try String(contentsOf: key.appendingPathComponent("figures.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      guard object["kind"] as? String != "date" else { continue }
      numeric.append(
        Span(
          file: try #require(object["file"] as? String),
          start: try #require(object["start"] as? Int),
          end: try #require(object["end"] as? Int)))
    }
    let raw = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: key.appendingPathComponent("discrepancies.json")))
        as? [[String: Any]])
    let groups = try raw.map { group in
      let figures = try #require(group["figures"] as? [[String: Any]])
      let spans = figures.compactMap { figure -> Span? in
        guard let file = figure["file"] as? String, let start = figure["start"] as? Int,
          let end = figure["end"] as? Int
        else { return nil }
        let span = Span(file: (file as NSString).lastPathComponent, start: start, end: end)
        return numeric.contains { $0.overlaps(span) } ? span : nil
      }
      return Group(
        id: try #require(group["id"] as? String), status: try #require(group["status"] as? String),
        members: spans)
    }
    var corpus = Corpus()
    _ = corpus.load(texts.path)
    let targets = groups.filter {
      !["consistent", "hard_negative"].contains($0.status) && $0.members.count >= 2
    }
    let negatives = groups.filter { $0.status == "hard_negative" && $0.members.count >= 2 }
    let k = max(1, Int((1.5 * Double(targets.count)).rounded(.toNearestOrEven)))
    let top = DiscrepancyScanner(comparator: Comparator(), limit: 1000).scan(corpus.sources)
      .prefix(k)
    let suggestions = top.map { suggestion -> [Span] in
      guard suggestion.figures.count <= 6 else { return [] }
      return suggestion.figures.map { figure, source in
        let name = (source.path as NSString).lastPathComponent
        return Span(file: renaming[name] ?? name, start: figure.start, end: figure.end)
      }
    }
    func held(_ spans: [Span], _ group: Group) -> Int {
      group.members.filter { member in spans.contains { $0.overlaps(member) } }.count
    }
    let reasons = top.map { $0.figures.count <= 6 ? $0.reasons.map(\.rawValue) : [] }
    let found = targets.filter { group in suggestions.contains { held($0, group) >= 2 } }
    let explained = found.filter { group in
      guard let first = suggestions.firstIndex(where: { held($0, group) >= 2 }) else {
        return false
      }
      return reasons[first].contains(group.status)
    }
    let good = suggestions.filter { spans in
      groups.contains {
        $0.status != "hard_negative" && $0.members.count >= 2 && held(spans, $0) >= 2
      }
    }
    return Score(
      recall: Double(found.count) / Double(max(1, targets.count)),
      precision: Double(good.count) / Double(max(1, suggestions.count)),
      negativesPaired: negatives.filter { group in suggestions.contains { held($0, group) >= 2 } }
        .count,
      explained: Double(explained.count) / Double(max(1, found.count)),
      missed: targets.filter { group in !found.contains { $0.id == group.id } }.map(\.id))
  }

  @Test func findsTheDiscrepanciesOfTheCorpusKey() throws {
    let score = try Self.score(
      set: "corpus-key", texts: Self.corpusFolder, renaming: Self.corpusNames)
    // All 9, D07 ("four parts" against "19 points" of one plan) among them.
    #expect(score.recall >= 0.99, "missed \(score.missed)")
    #expect(score.precision >= 0.95)
  }

  @Test func newsA() throws {
    let score = try Self.score(
      set: "news-a", texts: Self.fixtures.appendingPathComponent("news-a/articles"))
    // 0.911 until session 24, when a verb of change's subject was read past its complements
    // ("death toll", no longer "MATI CITY"): that 69 joins the other tolls, and the
    // rounding group of it and "Nearly 70" (T1-deaths-round) is no longer offered: 0.893.
    // Session 25: ballots are votes, so "13,541,872 ballots" and "13,012,406 valid votes"
    // (T4-votes-scope) meet: 0.911. That group's first suggestion names no scope difference
    // (its reasons see dates, rounding and hedges): explained 0.920 -> 0.902.
    #expect(score.recall >= 0.91, "missed \(score.missed)")
    #expect(score.precision >= 0.65)
    #expect(score.negativesPaired == 0)
    #expect(score.explained >= 0.90)
  }

  @Test func newsB() throws {
    let score = try Self.score(
      set: "news-b", texts: Self.fixtures.appendingPathComponent("news-b/articles"))
    // 0.964 (54 of 56) since session 18: T2-G02 (£50.4m, "roughly £50m") was found only
    // inside the group of the fee with add-ons, which "an initial £50.4m that could rise to
    // almost £61m" had joined; a group now keeps one of a sentence's parts (the £61m).
    // 0.945 (52 of 55) since session 23: a verb of change is no subject word ("rose" in
    // "House prices rose"), which found five groups more on three hold-outs; here the
    // guidance range for restructuring charges now meets another report's quarter's charge
    // first (T3-G10).
    #expect(score.recall >= 0.94, "missed \(score.missed)")
    #expect(score.precision >= 0.79)
    #expect(score.negativesPaired <= 1)
    #expect(score.explained >= 0.96)
  }
}
