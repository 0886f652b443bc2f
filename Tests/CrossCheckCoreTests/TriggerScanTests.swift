import Foundation
import Testing

@testable import CrossCheckCore

/// The pre-scan that skips lines before tokenizing must never skip a line the tokenizer would
/// find a figure's trigger in; otherwise figures silently disappear.
@Suite("Trigger pre-scan")
struct TriggerScanTests {
  /// Whether the tokenizer finds a trigger in each line of `text`, and what the pre-scan says.
  private func verdicts(_ text: String) -> [(line: String, triggered: Bool, mayHold: Bool)] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var result: [(String, Bool, Bool)] = []
      var tokenizer = Tokenizer()
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        tokenizer.tokenize(bytes, start..<end, lexicon: .shared)
        let line = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        result.append(
          (
            line, tokenizer.tokens.contains(where: \.isTrigger),
            TriggerScan.mayHoldFigure(bytes, start..<end, lexicon: .shared)
          ))
        start = end + 1
      }
      return result
    } ?? []
  }

  @Test func skipsProseWithoutFigures() {
    let lines = [
      "The minister said the talks would go on.",
      "Russia’s envoy left, quietly, after the vote in the U.S. Senate.",
      "It took a while, and nobody knew what the year would bring.",
      "Naïve hopes, they said, are not a plan.",
    ]
    for verdict in verdicts(lines.joined(separator: "\n")) {
      #expect(!verdict.triggered, "\(verdict.line)")
      #expect(!verdict.mayHold, "\(verdict.line)")
    }
  }

  @Test func keepsEveryLineWithATrigger() {
    let lines = [
      "It cost 12 dollars.", "Three people died.", "The hour-long meeting ended.",
      "It lasted about a year.", "An hour passed.", "Prices rose by half.", "The ½ share.",
      "It cost €.", "Zero, then dozens.", "She came first.", "Rs20 was paid.", "The ’90s.",
      "They waited for a Year", "mid-\u{1B}[1mone",
    ]
    for verdict in verdicts(lines.joined(separator: "\n")) {
      #expect(verdict.triggered, "\(verdict.line)")
      #expect(verdict.mayHold, "\(verdict.line)")
    }
  }

  /// Every line of the labelled articles: a line with a trigger is never skipped.
  @Test func neverSkipsADevsetLineWithATrigger() throws {
    var lines = 0
    var skipped = 0
    for set in ["news-a", "news-b"] {
      let folder = DevsetFixtures.folder.appendingPathComponent(set)
        .appendingPathComponent("articles")
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".txt") }
      for file in files {
        let text = try String(
          contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for verdict in verdicts(text) {
          lines += 1
          if !verdict.mayHold { skipped += 1 }
          #expect(!verdict.triggered || verdict.mayHold, "\(file): \(verdict.line)")
        }
      }
    }
    #expect(lines > 100)
    #expect(skipped > 0)
  }
}
