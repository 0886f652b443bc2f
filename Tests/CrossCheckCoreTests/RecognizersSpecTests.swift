import Foundation
import Testing

@testable import CrossCheckCore

/// Microsoft Recognizers-Text's English specs (copied with their MIT licence into
/// Tests/Fixtures/recognizers-en, so a fresh clone tests on its own) as a test suite for the
/// figure engine: per model, precision and recall, where a result counts as right only when its
/// span and its value both agree with the spec.
///
/// Skipped: the cases whose `notSupported` list names `dotnet`. They are the spec's own
/// aspirations, failed even by the reference .NET implementation; each is named in the report.
/// Every other case counts, including those that only the other ports of Recognizers-Text fail.
@Suite("Recognizers-Text specs")
struct RecognizersSpecTests {
  struct Expected: Decodable {
    var text: String
    var start: Int
    var end: Int
    var value: Double?
    var low: Double?
    var high: Double?
  }

  struct Case: Decodable {
    var id: String
    var model: String
    var input: String
    var expected: [Expected]
    var notSupported: String?
  }

  /// A result of ours, in the spec's terms.
  struct Found: Equatable {
    var start: Int
    var end: Int
    var value: Decimal?
    var low: Decimal?
    var high: Decimal?
  }

  struct Score: CustomStringConvertible {
    var truePositives = 0
    var found = 0
    var expected = 0
    var skipped: [String] = []
    var misses: [String] = []

    var precision: Double { found == 0 ? 1 : Double(truePositives) / Double(found) }
    var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var description: String {
      String(
        format: "P %.3f  R %.3f  F1 %.3f  (%d right, %d found, %d expected; %d skipped)", precision,
        recall, f1, truePositives, found, expected, skipped.count)
    }
  }

  static let folder: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/recognizers-en")

  static func cases(_ model: String) throws -> [Case] {
    let url = folder.appendingPathComponent("\(model).jsonl")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONDecoder().decode(Case.self, from: Data($0.utf8))
    }
  }

  /// Our results for one input, as the given model sees them.
  static func results(_ model: String, _ input: String) -> [Found] {
    switch model {
    case "number":
      return NumberRecognizer.numbers(in: input).filter { !$0.isOrdinal }.map {
        Found(start: $0.start, end: $0.end, value: $0.value)
      }
    case "ordinal":
      return NumberRecognizer.numbers(in: input).filter(\.isOrdinal).map {
        Found(start: $0.start, end: $0.end, value: $0.value)
      }
    case "percent":
      // Percent figures, and the bare "percent"/"%" that figures leave out (no value to check).
      return NumberRecognizer.percentages(in: input).map {
        Found(start: $0.start, end: $0.end, value: $0.value)
      }
    case "numberrange":
      // Intervals with the comparisons that figures leave out ("equal to 20"), spanning the
      // comparison and numbers without units.
      return NumberRecognizer.ranges(in: input).map {
        Found(start: $0.start, end: $0.end, low: $0.low, high: $0.high)
      }
    default:
      let figures = FigureExtractor.extract(from: input, source: SourceID("spec"))
      return figures.compactMap { figure in
        switch model {
        case "currency" where figure.kind == .money:
          // The spec's spans leave hedges out ("about $ 14 million" → "$ 14 million").
          var start = figure.start
          if let hedge = figure.hedge, figure.text.hasPrefix(hedge) {
            start += hedge.unicodeScalars.count
            let rest = figure.text.unicodeScalars.dropFirst(hedge.unicodeScalars.count)
            start += rest.prefix { $0 == " " }.count
          }
          return Found(start: start, end: figure.end, value: figure.value)
        default:
          return nil
        }
      }
    }
  }

  static func matches(_ found: Found, _ expected: Expected, model: String) -> Bool {
    guard found.start == expected.start, found.end == expected.end else { return false }
    func same(_ ours: Decimal?, _ theirs: Double?) -> Bool {
      switch (ours, theirs) {
      case (nil, nil): return true
      case (let ours?, let theirs?):
        let difference = abs(NSDecimalNumber(decimal: ours).doubleValue - theirs)
        return difference <= max(1e-9, abs(theirs) * 1e-12)
      default: return false
      }
    }
    if model == "numberrange" {
      return same(found.low, expected.low) && same(found.high, expected.high)
    }
    return same(found.value, expected.value)
  }

  static func score(_ model: String) throws -> Score {
    var score = Score()
    for spec in try cases(model) {
      if let platforms = spec.notSupported, platforms.contains("dotnet") {
        score.skipped.append("\(spec.id) (fails in the reference implementation too: \(platforms))")
        continue
      }
      var remaining = results(model, spec.input)
      score.found += remaining.count
      score.expected += spec.expected.count
      for expected in spec.expected {
        if let index = remaining.firstIndex(where: { matches($0, expected, model: model) }) {
          score.truePositives += 1
          remaining.remove(at: index)
        } else {
          score.misses.append(
            "\(spec.id): missed \"\(expected.text)\" = \(expected.value.map { "\($0)" } ?? "[\(expected.low.map { "\($0)" } ?? "")…\(expected.high.map { "\($0)" } ?? "")]") in \(spec.input.prefix(80).debugDescription)"
          )
        }
      }
      for extra in remaining {
        let scalars = Array(spec.input.unicodeScalars)
        let text = String(
          String.UnicodeScalarView(scalars[extra.start..<min(extra.end, scalars.count)]))
        score.misses.append(
          "\(spec.id): extra \"\(text)\" = \(extra.value.map { "\($0)" } ?? "[\(extra.low.map { "\($0)" } ?? "")…\(extra.high.map { "\($0)" } ?? "")]")"
        )
      }
    }
    return score
  }

  static let thresholds: [(String, Double)] = [
    ("number", 0.90), ("ordinal", 0.90), ("percent", 0.95), ("currency", 0.85),
    ("numberrange", 0.80),
  ]

  @Test(arguments: thresholds)
  func meetsTheF1Threshold(_ model: String, _ threshold: Double) throws {
    let score = try Self.score(model)
    var report = "\(model): \(score)\n"
    for skip in score.skipped { report += "  skipped \(skip)\n" }
    for miss in score.misses { report += "  \(miss)\n" }
    print(report)
    #expect(score.f1 >= threshold, "\(model) F1 \(score.f1) is below \(threshold)")
  }
}
