import Foundation
import Testing

@testable import CrossCheckCore

/// The pre-scan that skips lines before tokenizing must never skip a line the tokenizer would
/// find a figure's trigger in; otherwise figures silently disappear.
@Suite("Trigger pre-scan")
struct TriggerScanTests {
  /// Whether the tokenizer finds a trigger in each line of `text`, and what the pre-scan says.
  private func verdicts(_ text: String) -> [(line: String, triggered: Bool, mayHold: Bool)] {
    var result: [(String, Bool, Bool)] = []
    forEachTokenizedLine(of: text) { bytes, line, tokenizer in
      result.append(
        (
          String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self),
          tokenizer.tokens.contains(where: \.isTrigger),
          TriggerScan.mayHoldFigure(bytes, line, lexicon: .shared)
        ))
    }
    return result
  }

  @Test func skipsProseWithoutFigures() {
    let lines = [
      "The minister said the talks would go on.",
      "Russia’s envoy left, quietly, after the vote in the U.S. Senate.",
      "It took a while, and nobody knew what the year would bring.",
      "Naïve hopes, they said, are not a plan.",
      // Signs, quotation marks and dashes without a number: no trigger, as "$" and "%" are none.
      "“We will not give up,” she said — and left – quietly.", "It cost €.",
      "Prices in £ and ¥ « rose » · fell…", "A minus sign − or a point.",
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
      "It cost €5.", "Zero, then dozens.", "She came first.", "Rs20 was paid.", "The ’90s.",
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

  /// Lines of the labelled articles, Corpus/ and the Recognizers-Text inputs, with extra lines of
  /// signs and punctuation: the recognizer, run on every line whatever the gate says, finds no
  /// figure in a line without a trigger. So skipping those lines, untokenized, changes nothing.
  @Test func noLineWithoutATriggerHoldsAFigure() throws {
    var texts = [
      "“We will not give up,” she said — and left – quietly.\nIt cost € — or £, ¥, ₹, ₽, ₴, ₿.",
      "Minus − point; a year — “an hour” ‘a day’ « a week » an hour-long wait, a week’s pay.",
      "The U.S. – and the U.K. – met ‹ here › ※ at noon, at midnight, at half past.",
    ]
    texts += try DevsetFixtures.articleTexts()
    let specs = DevsetFixtures.folder.deletingLastPathComponent()
      .appendingPathComponent("recognizers-en")
    for file in try FileManager.default.contentsOfDirectory(atPath: specs.path)
    where file.hasSuffix(".jsonl") {
      let lines = try String(contentsOf: specs.appendingPathComponent(file), encoding: .utf8)
        .split(separator: "\n")
      for line in lines {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        if let input = object?["input"] as? String { texts.append(input) }
      }
    }
    var withoutTrigger = 0
    var withSign = 0
    for text in texts {
      forEachTokenizedLine(of: text) { bytes, line, tokenizer in
        let tokens = tokenizer.tokens
        guard !tokens.contains(where: \.isTrigger) else { return }
        withoutTrigger += 1
        if tokens.contains(where: { $0.kind != .word && $0.scalar >= 0x80 }) { withSign += 1 }
        let drafts = FigureRecognizer(bytes: bytes, tokens: tokens, lexicon: .shared).recognize()
        #expect(
          drafts.isEmpty,
          "\(String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self))")
      }
    }
    #expect(withoutTrigger > 500)
    #expect(withSign > 20)
  }

  /// Random lines of words, number words, digits, signs, other scripts, escapes and broken UTF-8,
  /// each placed at every offset in its buffer: the scan never skips a line the tokenizer finds
  /// a trigger in, and skips many of the others.
  @Test func randomLinesWithATriggerAreNeverSkipped() {
    let pieces: [[UInt8]] =
      [
        "the", "a", "an", "A", "year", "Years", "hour-long", "twelve", "Dozen", "tens", "half",
        "minus", "point", "pointed", "quarterly", "firsthand", "hundredth", "x", "naïve",
        "Russia’s",
        "U.S.", "“", "”", "—", "–", "€", "£", "½", "⅔", "日本", "7", "3.5", " ", "  ", ",", ".", "-",
        "$", "%", "\u{1B}[1m", "\u{A0}", "abcdefghijklmnop", "Ab", "zz",
      ].map { Array($0.utf8) } + [
        [0xC2], [0xC2, 0x31], [0xE2, 0x85], [0xC2, 0xBD], [0x80, 0x41],
      ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var kept = 0
    var skipped = 0
    for _ in 0..<3000 {
      var line: [UInt8] = []
      for _ in 0..<(1 + next(14)) {
        // Mostly prose: words and spaces; now and then anything.
        let piece = next(3) == 0 ? pieces[next(pieces.count)] : pieces[next(20)]
        line += piece + (next(4) == 0 ? [] : [0x20])
      }
      for offset in 0..<8 {
        let buffer = [UInt8](repeating: 0x2E, count: offset) + line + [0x0A]
        buffer.withUnsafeBufferPointer { bytes in
          let range = offset..<(offset + line.count)
          var tokenizer = Tokenizer()
          tokenizer.tokenize(bytes, range, lexicon: .shared)
          let mayHold = TriggerScan.mayHoldFigure(bytes, range, lexicon: .shared)
          let text = String(decoding: line, as: UTF8.self)
          #expect(!tokenizer.tokens.contains(where: \.isTrigger) || mayHold, "\(text)")
          if mayHold { kept += 1 } else { skipped += 1 }
        }
      }
    }
    #expect(kept > 1000)
    #expect(skipped > 1000)
  }

  /// The eight-bytes-at-a-time digit test says what a byte-by-byte look says, for every byte
  /// value at every place in lines of every length up to 24.
  @Test func theWordWideDigitTestIsTheByteTest() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 40)
    }
    // Bytes near the edges of the tested ranges, where a word-wide test would slip.
    let edges: [UInt8] = [0x1A, 0x1B, 0x1C, 0x2F, 0x30, 0x39, 0x3A, 0x7F, 0x80, 0xB0, 0xB9, 0xFF]
    var found = 0
    for length in 0...24 {
      for trial in 0..<200 {
        var line = (0..<length).map { _ in next() % 2 == 0 ? 0x61 : next() }
        if trial % 2 == 0, length > 0 {
          line[Int(next()) % length] = edges[Int(next()) % edges.count]
        }
        let plain = line.contains { Tokenizer.isDigit($0) || $0 == 0x1B }
        if plain { found += 1 }
        for offset in 0..<3 {
          let buffer = [UInt8](repeating: 0x31, count: offset) + line + [0x31]
          buffer.withUnsafeBufferPointer { bytes in
            let fast = TriggerScan.holdsDigitOrEscape(bytes, offset..<(offset + length))
            #expect(fast == plain, "\(line)")
          }
        }
      }
    }
    #expect(found > 500)
  }
}
