import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The engine's word-at-a-time parts answer exactly as the byte-at-a-time forms they replace, on
/// random bytes and at the end of the buffer, where eight bytes cannot be read at once.
@Suite("Engine speed parts")
struct EngineSpeedPartsTests {
  /// A round-the-clock period's unit ("hours" in "24 hours a day") is told by the lexicon
  /// before any String is made for it (see ``FigureRecognizer/isRoundTheClock(_:)``): every unit
  /// of ``Vocabulary/wholePeriods`` must be a word the lexicon knows, in any case.
  @Test func everyWholePeriodUnitIsALexiconWord() {
    #expect(!Vocabulary.wholePeriods.isEmpty)
    for unit in Vocabulary.wholePeriods.keys.sorted() {
      for written in [unit, unit.uppercased(), unit.capitalized] {
        var text = written
        let lexeme = text.withUTF8 { Lexicon.shared.lookup($0, 0, $0.count) }
        #expect(lexeme >= 0, "\(written)")
      }
    }
  }

  /// The lexicon's first look at a word, by its first two bytes as written (see
  /// ``Lexicon/mayHold(_:_:_:)``), lets every number word through in any case, a one-letter
  /// word ("a", "A") as well, and nothing whose first byte, or second byte in a longer word,
  /// is not a letter.
  @Test func lexiconPrefixTestTakesBothCasesAndOnlyLetters() {
    let lexicon = Lexicon.shared
    let words = [
      "a", "an", "one", "two", "three", "eleven", "twenty", "hundred", "million", "billion", "bn",
      "dozen", "half", "quarter", "first", "second", "twentieth", "thousandths", "years",
      "fortnight",
    ]
    for word in words {
      for written in [
        word, word.uppercased(), word.capitalized,
        String(word.prefix(1)) + word.dropFirst().uppercased(),
      ] {
        var text = written
        #expect(text.withUTF8 { lexicon.mayHold($0, 0, $0.count) }, "\(written)")
        #expect(text.withUTF8 { lexicon.lookup($0, 0, $0.count) } >= 0, "\(written)")
      }
    }
    for written in ["a{", "A{", "a[", "o{e", "1a", "-a", "a.", "o'e", "the", "The", "x"] {
      var text = written
      #expect(!text.withUTF8 { lexicon.mayHold($0, 0, $0.count) }, "\(written)")
    }
    var generator = SplitMix64(seed: 23)
    let bytes = randomBytes(20_000, &generator)
    bytes.withUnsafeBufferPointer { buffer in
      for start in 0..<(buffer.count - 17) {
        let end = start + Int(generator.next() % 18)
        guard lexicon.mayHold(buffer, start, end) else { continue }
        #expect(Tokenizer.isLetter(buffer[start]))
        #expect(end - start == 1 || Tokenizer.isLetter(buffer[start + 1]))
        #expect(end - start <= 15)
      }
    }
  }

  /// Bytes most of which are ASCII letters of both cases, with the bytes around them (`@`, `[`,
  /// `` ` ``, `{`, `Z`, `z`), digits, NUL and non-ASCII bytes mixed in.
  private func randomBytes(_ count: Int, _ generator: inout SplitMix64) -> [UInt8] {
    let edges: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x00, 0x27, 0x2E, 0x7F]
    return (0..<count).map { _ in
      let roll = generator.next() % 16
      switch roll {
      case 0: return edges[Int(generator.next() % UInt64(edges.count))]
      case 1: return UInt8(0x80 + generator.next() % 0x80)
      case 2: return UInt8(generator.next() % 0x80)
      case 3...8: return UInt8(0x61 + generator.next() % 26)
      default: return UInt8(0x41 + generator.next() % 26)
      }
    }
  }

  /// The packing as a byte loop: lower-cased ASCII, nil for a byte of 0x80 or more or a NUL.
  private func plainLowered(_ bytes: [UInt8]) -> (UInt64, UInt64)? {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in bytes.enumerated() {
      if byte >= 0x80 || byte == 0 { return nil }
      let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      if offset < 8 {
        low |= lowered << (8 * UInt64(offset))
      } else {
        high |= lowered << (8 * UInt64(offset - 8))
      }
    }
    return (low, high)
  }

  private func plainFolded(_ bytes: [UInt8]) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in bytes.enumerated() {
      let folded = UInt64(byte | 0x20)
      if offset < 8 {
        low |= folded << (8 * UInt64(offset))
      } else {
        high |= folded << (8 * UInt64(offset - 8))
      }
    }
    return (low, high)
  }

  @Test func packedWordsAreTheByteLoopsPacking() {
    var generator = SplitMix64(seed: 15)
    for round in 0..<3000 {
      let text = randomBytes(Int(generator.next() % 40), &generator)
      text.withUnsafeBufferPointer { bytes in
        let start = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count + 1))
        // Words that end at the buffer's end are read a byte at a time; the others in words.
        let length = Int(generator.next() % UInt64(min(16, bytes.count - start) + 1))
        let end = round % 3 == 0 ? min(bytes.count, start + 16) : start + length
        let word = Array(bytes[start..<end])
        let packed = WordPacking.lowered(bytes, start, end)
        let plain = plainLowered(word)
        #expect(packed?.low == plain?.0 && packed?.high == plain?.1, "\(word)")
        let folded = WordPacking.folded(bytes, start, end)
        let plainFold = plainFolded(word)
        #expect(folded.low == plainFold.0 && folded.high == plainFold.1, "\(word)")
      }
    }
  }

  @Test(arguments: [
    ("", true), ("a", true), ("Zebra", true), ("ABCDEFGHIJKLMNOP", true), ("@[`{", true),
    ("ab\u{0}", false), ("Ábout", false), ("sixteen-letters!", true), ("naïve", false),
  ])
  func packedWordsOfEveryShape(_ word: String, _ packs: Bool) {
    let bytes = Array(word.utf8)
    // Alone (read a byte at a time) and inside a longer buffer (read eight bytes at a time).
    for padded in [bytes, bytes + Array("…tail bytes".utf8)] {
      padded.withUnsafeBufferPointer { buffer in
        let packed = WordPacking.lowered(buffer, 0, bytes.count)
        #expect((packed != nil) == packs)
        let plain = plainLowered(bytes)
        #expect(packed?.low == plain?.0 && packed?.high == plain?.1)
      }
    }
  }

  /// Random text of letters, digits, spaces, ESC and multi-byte scalars, as valid UTF-8.
  private func randomText(_ count: Int, _ generator: inout SplitMix64) -> String {
    let pieces = ["a", "Z", " ", "7", "\u{1B}", "é", "’", "€", "½", "—", "日", "😀", ".", "\n"]
    var text = ""
    for _ in 0..<count { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
    return text
  }

  /// Code points counted 32 and 8 bytes at a time are the standard library's count, for every
  /// start and end (so every alignment and every tail length is met).
  @Test func scalarCountsAreTheStandardLibrarysCounts() {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<200 {
      let text = randomText(Int(generator.next() % 90), &generator)
      let utf8 = Array(text.utf8)
      utf8.withUnsafeBufferPointer { bytes in
        let start = Int(generator.next() % UInt64(bytes.count + 1))
        let end = start + Int(generator.next() % UInt64(bytes.count - start + 1))
        let plain = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
        #expect(ScalarOffsets.count(bytes, start, end) == plain)
      }
    }
  }

  /// The cursor that turns sentence offsets into bytes for JSON Lines, stepping 32 and 8 bytes
  /// at a time, gives the standard library's byte offset of every code point it is asked for,
  /// forwards (as figures come) and back, over long ASCII runs and multi-byte scalars alike.
  @Test func byteCursorFindsTheStandardLibrarysOffsets() {
    var generator = SplitMix64(seed: 11)
    let pieces = ["a", " ", "abcdefghijklmnopqrstuvwxyz0123456789 ", "é", "’", "€", "日", "😀"]
    for _ in 0..<150 {
      var text = ""
      for _ in 0..<Int(generator.next() % 120) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      let scalars = Array(text.unicodeScalars)
      var offsets: [Int] = [0]
      for scalar in scalars { offsets.append(offsets[offsets.count - 1] + scalar.utf8.count) }
      let utf8 = Array(text.utf8)
      utf8.withUnsafeBufferPointer { bytes in
        var cursor = ByteCursor(bytes: bytes)
        var target = 0
        for _ in 0..<12 {
          // Mostly forwards, by a few code points or many; sometimes back.
          let step = Int(generator.next() % 70) - (generator.next() % 5 == 0 ? 90 : 0)
          target = min(max(0, target + step), scalars.count)
          #expect(cursor.byte(atScalar: target) == offsets[target], "\(text) at \(target)")
        }
      }
    }
  }

  /// The digit or ESC test, sixteen and eight bytes at a time, finds what a byte loop finds.
  @Test func theDigitTestIsTheByteLoop() {
    var generator = SplitMix64(seed: 8)
    for _ in 0..<400 {
      var bytes = Array(repeating: UInt8(0x61), count: Int(generator.next() % 70))
      // One digit, ESC or neighbouring byte (/ : 0x1A 0x1C) at a random place, or none.
      let marks: [UInt8] = [0x30, 0x39, 0x1B, 0x2F, 0x3A, 0x1A, 0x1C, 0xB0, 0xB9]
      if !bytes.isEmpty, generator.next() % 4 != 0 {
        let mark = marks[Int(generator.next() % UInt64(marks.count))]
        bytes[Int(generator.next() % UInt64(bytes.count))] = mark
      }
      bytes.withUnsafeBufferPointer { buffer in
        let start = Int(generator.next() % UInt64(buffer.count + 1))
        let plain = buffer[start...].contains { $0 &- 0x30 < 10 || $0 == 0x1B }
        #expect(TriggerScan.holdsDigitOrEscape(buffer, start..<buffer.count) == plain)
      }
    }
  }

  /// A token compared with a lower-case word answers as the standard library's lower-casing
  /// does, for ASCII words of every length, words of other scripts, and words with a NUL.
  @Test func wordComparisonsAreTheStandardLibrarys() {
    let words = [
      "which", "WHICH", "Which", "whic", "whichever", "a", "", "K", "\u{212A}", "Ünited",
      "sixteenletterwrd", "SEVENTEENLETTERSX", "ab\u{0}", "ab", "Russia’s", "russia’s",
    ]
    let texts = [
      "which", "whic", "whichever", "a", "k", "ünited", "sixteenletterwrd", "seventeenlettersx",
      "ab", "ab\u{0}", "russia’s", "Which",
    ]
    for word in words {
      let padded = Array((word + " and some bytes after it").utf8)
      padded.withUnsafeBufferPointer { bytes in
        let parser = NumberParser(bytes: bytes, tokens: [], lexicon: Lexicon.shared)
        let length = word.utf8.count
        for text in texts {
          let plain = String(decoding: bytes[0..<length], as: UTF8.self).lowercased() == text
          #expect(parser.lowercasedEquals(0, length, text) == plain, "\(word) \(text)")
        }
      }
    }
  }

  /// A token is on a short word list, as Strings or packed (``WordList``), exactly when its
  /// lower-cased word is listed, for every word of the fixture articles and of words in other
  /// scripts and cases.
  @Test func wordListChecksAreTheLowerCasedWordsMembership() throws {
    let lists = [
      ["which", "that", "who"], ["holds", "held", "hosts", "holding"], ["the"], ["a", "an"],
      ["ünited", "russia’s", "k"], ["k", "the"], ["sixteenletterwrd", "seventeenlettersx"], [],
    ]
    // The same lists packed once: the same answers.
    let packedLists = lists.map(WordList.init)
    var text =
      "Which THAT who Ünited RUSSIA’S \u{212A} the An a whichever th SixteenLetterWrd"
      + " SEVENTEENLETTERSX\n"
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/devset/news-a/articles")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where name.hasSuffix(".txt") {
      text += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    var checked = 0
    forEachTokenizedLine(of: text) { bytes, _, tokenizer in
      let recognizer = FigureRecognizer(
        bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
      for index in tokenizer.tokens.indices {
        for (list, packed) in zip(lists, packedLists) {
          let plain =
            tokenizer.tokens[index].kind == .word && list.contains(recognizer.lower(index))
          #expect(recognizer.isWord(index, in: list) == plain)
          #expect(recognizer.isWord(index, in: packed) == plain)
          checked += 1
        }
      }
    }
    #expect(checked > 10_000)
  }
}
