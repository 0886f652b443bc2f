import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The readings the recognizer tries in turn on each number (a span of years, a race time, a
/// ratio, scientific notation, a cricket score, a day and month) write their figure in place;
/// one that does not apply must leave nothing behind for the next number, and word tests by
/// first byte must answer as the full comparison does.
@Suite("Engine cascade in place")
struct EngineCascadeTests {
  private func figures(_ text: String) -> [Figure] {
    FigureExtractor.extract(from: text, source: SourceID("cascade"))
  }

  /// Every reading in one line, each after numbers that the others turned down: each figure as
  /// it is read in a line of its own.
  @Test func eachReadingInOneLineIsAsOnItsOwn() throws {
    let parts = [
      "in the 2023-24 season", "won in 3:49.11", "a 10-for-1 split", "released 9 x 10^13 joules",
      "India made 287 for 6", "on Wednesday, 25/12",
    ]
    let line = figures(parts.joined(separator: ", and ") + ".")
    for part in parts {
      let alone = figures(part + ".")
      let expected = try #require(alone.first, "\(part)")
      let found = try #require(
        line.first { $0.text == expected.text }, "\(part): \(line.map(\.text))")
      #expect(found.kind == expected.kind, "\(part)")
      #expect(found.value == expected.value, "\(part)")
      #expect(found.components == expected.components, "\(part)")
      #expect(found.date == expected.date, "\(part)")
      #expect(found.unit == expected.unit, "\(part)")
    }
    #expect(line.count == parts.count, "\(line.map(\.text))")
  }

  /// Forms that start like a ratio or a score and are none: no tally is left behind.
  @Test(arguments: ["a code 2010-2015-2020 was filed", "the 12/5/2024 meeting", "5 for 2 years"])
  func aReadingThatFailsLeavesNoTally(_ text: String) {
    let found = figures(text + ".")
    #expect(!found.contains { $0.kind == .tally }, "\(found.map(\.text))")
  }

  /// `isWord` with the first-byte test answers as the byte length and the lower-cased
  /// comparison alone did, for words of both cases and of other scripts, and for listed words
  /// whose first letter is not ASCII.
  @Test func wordTestsAnswerAsTheLowerCasedTokenDoes() {
    let words = [
      "the", "The", "THE", "one", "One", "über", "Über", "ÜBER", "éclair", "Éclair", "été",
      "KELVIN", "\u{212A}elvin", "İstanbul", "istanbul", "of", "Of", "oF", "ça", "Ça",
    ]
    let listed = [
      "the", "one", "über", "éclair", "été", "kelvin", "istanbul", "of", "ça", "i̇stanbul",
    ]
    var generator = SplitMix64(seed: 20)
    for _ in 0..<400 {
      let line = (0..<8).map { _ in words[Int(generator.next() % UInt64(words.count))] }
        .joined(separator: " ")
      var text = line
      text.makeContiguousUTF8()
      text.utf8.withContiguousStorageIfAvailable { bytes in
        var tokenizer = Tokenizer()
        tokenizer.tokenize(bytes, 0..<bytes.count, lexicon: .shared)
        let recognizer = FigureRecognizer(
          bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
        for index in tokenizer.tokens.indices {
          let token = tokenizer.tokens[index]
          let lowered = recognizer.parser.lowercased(token.start, token.end)
          for word in listed {
            let expected =
              token.end - token.start == word.utf8.count
              && recognizer.parser.lowercasedEquals(token.start, token.end, word)
            #expect(recognizer.isWord(index, word) == expected, "\(lowered) \(word)")
            #expect(recognizer.parser.isWord(index, word) == expected, "\(lowered) \(word)")
            // Equal Strings after lower-casing are the same word, whatever the route.
            if expected { #expect(lowered == word) }
          }
        }
      }
    }
  }
}
