import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// The direct JSON Lines writer must write exactly what `JSONEncoder` writes for the same
/// records (the schema of `figures --format jsonl`).
@Suite("Figures as JSON Lines")
struct FigureLinesTests {
  /// Today's path: `JSONEncoder` on each ``FigureRecord``, made embeddable.
  private func encoderLines(_ source: Source) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes: [UInt8] = []
    for record in FigureRecord.records(of: source) {
      let json = String(decoding: try encoder.encode(record), as: UTF8.self)
      bytes += Array(JSONText.embeddable(json).utf8) + [0x0A]
    }
    return bytes
  }

  private func directLines(_ source: Source) -> [UInt8] {
    var bytes: [UInt8] = []
    FigureLines.append(source, to: &bytes)
    return bytes
  }

  @Test func writesTheSameBytesAsJSONEncoderOnTheDevset() throws {
    let folders = ["news-a", "news-b"].map {
      DevsetFixtures.folder.appendingPathComponent($0 + "/articles").path
    }
    var corpus = Corpus()
    for folder in folders + [DevsetFixtures.corpus.path] { _ = corpus.load(folder) }
    #expect(corpus.sources.count >= 10)
    var figures = 0
    for source in corpus.sources {
      let expected = try encoderLines(source)
      let written = directLines(source)
      #expect(
        written == expected,
        "\(source.path): \(String(decoding: written.prefix(300), as: UTF8.self))")
      figures += source.figures.count
    }
    #expect(figures > 500)
  }

  /// Direction controls are written as `\u` escapes, as ``JSONText/embeddable(_:)`` writes them,
  /// so the terminal filter all output passes leaves the JSON as it is.
  @Test func escapesDirectionControls() {
    var writer = JSONLineWriter(capacity: 0)
    writer.string("a\u{202E}b\u{200F}c\u{2066}d\u{061C}e “f”")
    var written: [UInt8] = []
    writer.move(to: &written)
    #expect(String(decoding: written, as: UTF8.self) == #""a\u202eb\u200fc\u2066d\u061ce “f”""#)
    #expect(JSONText.embeddable("\"\u{202D}\u{2068}\"") == #""\u202d\u2068""#)
  }

  @Test func escapesControlsQuotesAndAngleBracketsAsTheEncoderDoes() throws {
    let text =
      "He said \"5 <b>bn</b>\" \\ a/b\ttab \u{08}\u{0C}\u{01}\u{1F}\u{7F}\u{85}\u{9F}\u{A0} cost $5 million.\r\nNext: 7% rise—“12 km” 🎉 in 2024.\n"
    let source = Source(
      id: SourceID("esc"), path: "odd/<path>\"\\.txt", canonicalPath: "/esc.txt",
      metadata: SourceMetadata(), text: text, sha256: "x", byteCount: text.utf8.count)
    #expect(source.figures.count >= 2)
    #expect(directLines(source) == (try encoderLines(source)))
  }

  /// A sentence is escaped once for all its figures: figures that share one, then one of
  /// another sentence, then the first sentence's text again, each carry their own sentence.
  @Test func figuresOfOneSentenceShareItsEscapedText() throws {
    let text =
      "Prices rose 5% to \"$12 <net>\", up from 9% and 3 km.\nOnly 7 people came.\nPrices rose 5% to \"$12 <net>\", up from 9% and 3 km.\n"
    let source = Source(
      id: SourceID("shared"), path: "shared.txt", canonicalPath: "/shared.txt",
      metadata: SourceMetadata(), text: text, sha256: "x", byteCount: text.utf8.count)
    #expect(source.figures.count >= 7)
    #expect(directLines(source) == (try encoderLines(source)))
  }

  /// `figures --format jsonl` writes blocks as they fill: together they are the same bytes.
  @Test func blocksFlushedAsTheyFillMakeTheSameBytes() throws {
    var corpus = Corpus()
    _ = corpus.load(DevsetFixtures.corpus.path)
    #expect(!corpus.sources.isEmpty)
    for source in corpus.sources {
      var blocks: [[UInt8]] = []
      var block: [UInt8] = []
      FigureLines.append(source, to: &block, flushingAt: 1_000) { full in
        blocks.append(full)
        full.removeAll()
      }
      blocks.append(block)
      #expect(blocks.count > 3)
      #expect(blocks.dropLast().allSatisfy { $0.count >= 1_000 })
      #expect(Array(blocks.joined()) == directLines(source))
    }
  }

  /// Non-ASCII text passes eight bytes at a time unless a byte C2 is among them: strings of
  /// curly quotes, dashes, accents, pound signs, nbsp and C1 controls mixed with ASCII specials
  /// are escaped exactly as the encoder escapes them.
  @Test func escapesMixedNonASCIITextAsTheEncoderDoes() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let pieces = [
      "a", "bc", "1", " ", "“", "”", "—", "é", "£", "°", "\u{A0}", "\u{85}", "\u{9F}", "\u{80}",
      "🎉", "\"", "\\", "<", "\n", "\u{7F}", "\u{01}", "ÿ", "¿", "\u{202E}", "\u{200F}",
      "\u{2069}", "\u{061C}", "\u{2013}", "\u{2030}", "\u{2060}", "ؠ",
    ]
    var random = SplitMix64(seed: 42)
    for _ in 0..<1_000 {
      let text = (0..<Int.random(in: 0..<40, using: &random)).map { _ in
        // Mostly plain and non-ASCII letters, so that runs of eight bytes form.
        Int.random(in: 0..<4, using: &random) == 0
          ? pieces[Int.random(in: 0..<pieces.count, using: &random)]
          : pieces[Int.random(in: 0..<10, using: &random)]
      }.joined()
      let expected = JSONText.embeddable(
        String(decoding: try encoder.encode(text), as: UTF8.self))
      var writer = JSONLineWriter(capacity: 0)
      writer.string(text)
      var written: [UInt8] = []
      writer.move(to: &written)
      #expect(String(decoding: written, as: UTF8.self) == expected, "\(Array(text.utf8))")
    }
  }

  /// A string is looked at eight bytes at a time: every character that needs an escape is
  /// escaped wherever it falls in a word, and non-ASCII text passes through as it is.
  @Test func escapesEverySpecialCharacterAtEveryPositionOfAWord() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let specials = [
      "\"", "\\", "<", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}",
      "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{061C}",
    ]
    let plain = ["\u{A0}", "é", "—", "🎉", ">", "/", " ", "~", "\u{2010}", "\u{2070}", "ؘ"]
    for character in specials + plain {
      for position in 0..<17 {
        let text = String(repeating: "a", count: position) + character + "bcdefghijklmnopq"
        let expected = JSONText.embeddable(
          String(decoding: try encoder.encode(text), as: UTF8.self))
        var writer = JSONLineWriter(capacity: 0)
        writer.string(text)
        var written: [UInt8] = []
        writer.move(to: &written)
        #expect(
          String(decoding: written, as: UTF8.self) == expected,
          "\(character.unicodeScalars.map(\.value)) at \(position)")
      }
    }
  }

  @Test(arguments: [0, 7, -7, 9, 10, 99, 100, 12345, -1_000_000, Int.max, Int.min])
  func writesIntegersAsTheEncoderDoes(value: Int) throws {
    var writer = JSONLineWriter(capacity: 0)
    writer.integer(value)
    var written: [UInt8] = []
    writer.move(to: &written)
    #expect(written == Array(try JSONEncoder().encode(value)))
  }

  /// Kinds and qualifiers are written from static names: they must be the raw values.
  @Test func writesKindsAndQualifiersByTheirRawValues() {
    for kind in FigureKind.allCases {
      #expect(kind.jsonName.description == kind.rawValue)
    }
    for qualifier in Qualifier.allCases {
      #expect(qualifier.jsonName.description == qualifier.rawValue)
    }
  }
}
