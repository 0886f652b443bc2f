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

  /// The figures of `text` extracted piece by piece (a long line cut at sentence ends) and
  /// assembled, and how many pieces there were and how many were cut inside a line.
  private func inTextPieces(_ text: String, targetBytes: Int, source: SourceID) -> (
    pieces: Int, cutInsideLines: Int, figures: [Figure], words: Int
  ) {
    var text = text
    return text.withUTF8 { bytes in
      let pieces = TextPiece.pieces(bytes, targetBytes: targetBytes)
      let figures = FigureExtractor.assemble(
        pieces.map { $0.figures(of: bytes, source: source) }, source: source)
      let words = pieces.reduce(0) {
        $0 + Source.countWords(utf8: UnsafeBufferPointer(rebasing: bytes[$1.lines]))
      }
      return (pieces.count, pieces.filter { $0.context != $0.lines }.count, figures, words)
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
  /// A text that is one long line is cut at sentence ends: the figures are those of one pass,
  /// offsets, sentences, subjects, scopes and tallies included.
  @Test(arguments: [300, 3_000, 20_000])
  func oneLongLineCutAtSentenceEndsGivesTheFiguresOfTheWholeLine(targetBytes: Int) throws {
    let text = try devsetText().replacingOccurrences(of: "\n", with: " ")
    let whole = FigureExtractor.extract(from: text, source: SourceID("line"))
    let pieces = inTextPieces(text, targetBytes: targetBytes, source: SourceID("line"))
    #expect(pieces.cutInsideLines > 3)
    #expect(whole.count > 500)
    #expect(pieces.figures.count == whole.count)
    for (cut, one) in zip(pieces.figures, whole) where cut != one {
      Issue.record("\(cut.text) at \(cut.start): \(cut) is not \(one)")
      break
    }
    #expect(pieces.words == Source.countWords(in: text))
  }

  /// Generated text with CRLF line ends and lines joined into long ones: pieces of whole lines
  /// and pieces of long lines together give the figures of one pass.
  @Test func generatedTextWithLongLinesInPiecesGivesTheFiguresOfTheWholeText() throws {
    let lines = try generatedText(bytes: 150_000).split(separator: "\n")
    // Every tenth line break kept: lines of about 10 paragraphs.
    var text = ""
    for (index, line) in lines.enumerated() { text += line + (index % 10 == 9 ? "\n" : " ") }
    let whole = FigureExtractor.extract(from: text, source: SourceID("gen"))
    let pieces = inTextPieces(text, targetBytes: 1_000, source: SourceID("gen"))
    #expect(pieces.cutInsideLines > 20)
    #expect(pieces.figures == whole)
    #expect(pieces.words == Source.countWords(in: text))
  }

  @Test func aLongLineIsCutOnlyWhereASentenceSurelyStarts() {
    let sentence =
      "Gen. Smith met U.S. Army staff and J. Doe at 5 p.m. on Jan. 5 in the city; they said. "
    var text = String(repeating: sentence, count: 40)
    text.withUTF8 { bytes in
      let pieces = TextPiece.pieces(bytes, targetBytes: 200)
      #expect(pieces.count > 5)
      #expect(pieces.first?.lines.lowerBound == 0)
      #expect(pieces.last?.lines.upperBound == bytes.count)
      for (piece, next) in zip(pieces, pieces.dropFirst()) {
        #expect(piece.lines.upperBound == next.lines.lowerBound)
        // Every cut is after "said. ", before the next "Gen.".
        let before = String(
          decoding: UnsafeBufferPointer(
            rebasing: bytes[(next.lines.lowerBound - 6)..<next.lines.lowerBound]), as: UTF8.self)
        #expect(before == "said. ")
        #expect(next.context.lowerBound < next.lines.lowerBound)
        #expect(piece.context.upperBound > piece.lines.upperBound)
        #expect(next.context.lowerBound == 0 || bytes[next.context.lowerBound - 1] == 0x20)
      }
    }
  }

  @Test func aLongLineWithoutASentenceEndIsOnePiece() {
    var text = String(repeating: "and 5 more ", count: 500) + "\nA short line.\n"
    text.withUTF8 { bytes in
      let pieces = TextPiece.pieces(bytes, targetBytes: 100)
      #expect(pieces.allSatisfy { $0.context == $0.lines })
      #expect(pieces.first?.lines.count ?? 0 > 5_000)
    }
  }
}
