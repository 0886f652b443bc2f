import Foundation
import Testing

@testable import CrossCheckCore

/// A large file is extracted in runs of lines, on several cores. The figures must be exactly
/// those of one pass over the whole text: offsets, ids, subjects, topics carried from run to
/// run, and the passes over the whole article ("first" in a series, "degrees"); the word count
/// the same.
@Suite("Extraction in pieces")
struct PieceExtractionTests {
  /// The figures of `text` extracted run by run and assembled, and how many runs there were.
  private func inPieces(_ text: String, targetBytes: Int, source: SourceID) -> (
    runs: Int, figures: [Figure], words: Int
  ) {
    var text = text
    return text.withUTF8 { bytes in
      let runs = LineRuns.split(bytes, targetBytes: targetBytes)
      let figures = FigureExtractor.assemble(
        runs.map { FigureExtractor.figures(inLines: $0, of: bytes, source: source) },
        source: source)
      let words = runs.reduce(0) {
        $0 + Source.countWords(utf8: UnsafeBufferPointer(rebasing: bytes[$1]))
      }
      return (runs.count, figures, words)
    }
  }

  /// The devset's articles (news-a, news-b and Corpus/) one after another, as one text.
  private func devsetText() throws -> String {
    let folders =
      ["news-a", "news-b"].map { DevsetFixtures.folder.appendingPathComponent($0 + "/articles") }
      + [DevsetFixtures.corpus]
    var text = ""
    for folder in folders {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".txt") }.sorted()
      for name in names {
        text += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        text += "\n"
      }
    }
    return text
  }

  /// News-like text made from the devset: its paragraphs in a scrambled order with their digits
  /// changed, about `bytes` long, with CRLF line ends in places and one very long line.
  private func generatedText(bytes: Int) throws -> String {
    let paragraphs = try devsetText().split(separator: "\n").map(String.init)
    var state: UInt64 = 0x5EED
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var text = ""
    while text.utf8.count < bytes {
      var paragraph = Array(paragraphs[next() % paragraphs.count].utf8)
      for index in paragraph.indices where (0x31...0x39).contains(paragraph[index]) {
        paragraph[index] = UInt8(0x31 + next() % 9)
      }
      text += String(decoding: paragraph, as: UTF8.self)
      switch next() % 10 {
      case 0: text += "\r\n"
      case 1: text += " "  // joins this paragraph and the next into one line
      default: text += "\n"
      }
    }
    return text
  }

  @Test(arguments: [64, 1_000, 16_384])
  func runsOfTheDevsetGiveTheFiguresOfTheWholeText(targetBytes: Int) throws {
    let text = try devsetText()
    let whole = FigureExtractor.extract(from: text, source: SourceID("all"))
    let pieces = inPieces(text, targetBytes: targetBytes, source: SourceID("all"))
    #expect(pieces.runs > 5)
    #expect(whole.count > 500)
    #expect(pieces.figures == whole)
    #expect(pieces.words == Source.countWords(in: text))
  }

  @Test(arguments: [100, 5_000])
  func runsOfGeneratedTextGiveTheFiguresOfTheWholeText(targetBytes: Int) throws {
    let text = try generatedText(bytes: 200_000)
    let whole = FigureExtractor.extract(from: text, source: SourceID("gen"))
    let pieces = inPieces(text, targetBytes: targetBytes, source: SourceID("gen"))
    #expect(pieces.runs > 20)
    #expect(whole.count > 1_000)
    #expect(pieces.figures == whole)
    #expect(pieces.words == Source.countWords(in: text))
  }

  /// Each line its own run: what one line says about the article still reaches the others.
  @Test func theArticlesPassesSeeAcrossRuns() throws {
    let text = """
      The first march drew 20,000 people.
      It reached 47.9C on Sunday.
      "We are used to 44 degrees," he said.
      It is the 12th march this year.

      """
    let whole = FigureExtractor.extract(from: text, source: SourceID("a"))
    let pieces = inPieces(text, targetBytes: 1, source: SourceID("a"))
    #expect(pieces.runs == 4)
    #expect(pieces.figures == whole)
    let degrees = try #require(pieces.figures.first { $0.text == "44 degrees" })
    #expect(degrees.unit == "degC")
    #expect(pieces.figures.contains { $0.text == "first" })
    #expect(pieces.figures.map(\.id.number) == Array(1...pieces.figures.count))
  }

  @Test func runsEndAtLineFeedsAndCoverTheText() {
    var text = "short\nlines\nhere\n" + String(repeating: "x", count: 50) + "\nend"
    text.withUTF8 { bytes in
      let runs = LineRuns.split(bytes, targetBytes: 8)
      #expect(runs.count == 3)
      #expect(runs.first?.lowerBound == 0)
      #expect(runs.last?.upperBound == bytes.count)
      for (run, following) in zip(runs, runs.dropFirst()) {
        #expect(run.upperBound == following.lowerBound)
        #expect(bytes[run.upperBound - 1] == 0x0A)
        #expect(run.count >= 8)
      }
      // The line of 50 characters is longer than a run: it is not cut.
      let long = 17..<67
      #expect(runs.contains { $0.contains(long.lowerBound) && $0.contains(long.upperBound - 1) })
    }
  }

  /// A money figure with no subject of its own takes the topic of the figures before it, even
  /// when they are in an earlier run.
  @Test func theTopicCarriesAcrossRuns() throws {
    let text = """
      Russia's frozen assets are worth €260 billion.
      Most — €185 billion — is held in Belgium.

      """
    let pieces = inPieces(text, targetBytes: 1, source: SourceID("t"))
    #expect(pieces.runs == 2)
    #expect(pieces.figures == FigureExtractor.extract(from: text, source: SourceID("t")))
    let most = try #require(pieces.figures.first { $0.text == "€185 billion" })
    #expect(most.subject == "assets")
    #expect(most.subjectInferred)
  }
}
