import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The tokenizer notes what a line holds for the passes that need rare tokens (reporting-period
/// codes, units of time and length); a line whose shapes rule a pass out must get the figures it
/// gets when every pass runs.
@Suite("Line shapes")
struct LineShapesTests {
  private static func shapes(of line: String) -> LineShapes {
    var found: LineShapes = []
    forEachTokenizedLine(of: line) { _, _, tokenizer in found = tokenizer.shapes }
    return found
  }

  @Test(arguments: [
    ("Revenue rose in Q3 2025.", LineShapes.periodCode),
    ("Sales in H1 were flat.", .periodCode),
    ("Its FY2024 profit doubled.", .periodCode),
    ("The 1H25 result was weak.", .periodCode),
    ("It sank about a mile offshore.", .lengthUnit),
    ("The talks lasted about a year.", .timeUnit),
    ("An hour-long delay followed.", .timeUnit),
  ])
  func aLineNotesTheShapesItHolds(line: String, shape: LineShapes) {
    #expect(Self.shapes(of: line).contains(shape), "\(line)")
  }

  @Test func aLineOfPlainProseHoldsNoShape() {
    #expect(Self.shapes(of: "The council met on Tuesday, and the mayor spoke first.").isEmpty)
    // Lower-case "q3" and a long capitalized word are no code.
    #expect(!Self.shapes(of: "the q3 Hospital said 12 were hurt").contains(.periodCode))
  }

  /// Every line of the articles and of random lines of codes, units and numbers: the drafts
  /// read with the line's shapes are the drafts read with every pass run.
  @Test func skippedPassesChangeNoFigure() throws {
    let pieces = [
      "Q3", "Q5", "H1", "H2", "FY2024", "FY24", "fiscal", "year", "1H25", "2H", "1", "2", "in",
      "the", "a", "an", "mile", "miles", "kilometre", "half", "and", "about", "hour-long",
      "hours", "2025", "3.5", "$4", "million", "from", "shore", "long", "-", "Hospital", "results",
    ]
    var random = SplitMix64(seed: 0x17_5AFE)
    var lines: [String] = []
    for _ in 0..<3000 {
      var line = ""
      for _ in 0..<Int.random(in: 1...7, using: &random) {
        if !line.isEmpty && Int.random(in: 0..<5, using: &random) > 0 { line += " " }
        line += pieces.randomElement(using: &random)!
      }
      lines.append(line)
    }
    var figures = 0
    var skipped = 0
    for text in try DevsetFixtures.articleTexts() + [lines.joined(separator: "\n")] {
      forEachTokenizedLine(of: text) { bytes, range, tokenizer in
        func drafts(_ shapes: LineShapes) -> [String] {
          FigureRecognizer(
            bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared, shapes: shapes
          ).recognize().map { draft in
            "\(draft.start)..<\(draft.end) \(draft.kind) \(draft.value.map { "\($0)" } ?? "-") "
              + "\(draft.date ?? "-") \(draft.unit ?? "-") \(draft.qualifier.map { "\($0)" } ?? "-")"
          }
        }
        if tokenizer.shapes != .all { skipped += 1 }
        let full = drafts(.all)
        figures += full.count
        let shaped = drafts(tokenizer.shapes)
        if shaped != full {
          let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
          Issue.record("\(line): \(shaped) != \(full)")
        }
      }
    }
    #expect(figures > 1000)
    #expect(skipped > 1000)
  }
}
