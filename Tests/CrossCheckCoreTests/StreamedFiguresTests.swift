import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// `crosscheck figures --format jsonl` streams a large file: its figures wait packed
/// (``PackedFigures``) and are finished one at a time as they are written (``ArticleFinish``).
/// They must be exactly the figures a load gives, and their lines the same bytes.
@Suite("Streamed figures")
struct StreamedFiguresTests {
  /// A paragraph whose figures the passes over the whole article change: a discourse "first"
  /// that is dropped (every figure after it moves up a number), a "first" kept by a series,
  /// and bare degrees that take the article's one scale.
  private static let wholeArticleParagraph = """
    In the first round of talks, 300 delegates met. The first march drew 20,000 people.
    It reached 47.9C on Sunday. "We are used to 44 degrees," he said.
    It is the 12th march this year.

    """

  /// The devset's articles and Corpus/ as one text, with the paragraph above at its start and
  /// again later, so that drops and degrees fall in several pieces.
  private func largeText() throws -> String {
    let articles = try DevsetFixtures.articleTexts()
    return Self.wholeArticleParagraph + articles.prefix(10).joined(separator: "\n")
      + Self.wholeArticleParagraph + articles.dropFirst(10).joined(separator: "\n")
  }

  @Test func packedFiguresReadBackEveryDevsetFigureExactly() throws {
    let text = try largeText()
    let figures = FigureExtractor.extract(from: text, source: SourceID("all"))
    #expect(figures.count > 500)
    #expect(figures.contains { $0.low != nil } && figures.contains { $0.date != nil })
    #expect(figures.contains { $0.components != nil } && figures.contains { $0.time != nil })
    var packed = PackedFigures(source: SourceID("all"))
    packed.append(contentsOf: figures)
    var read: [Figure] = []
    packed.forEachFigure { read.append($0) }
    #expect(read == figures)
    // Packing is what makes the wait affordable: well under what the figures take as values.
    #expect(packed.byteCount < figures.count * MemoryLayout<Figure>.stride / 2)
  }

  /// Runs taken out of the assembly as they come and finished one by one give the figures of
  /// the finished article: the same drops, ids and degrees. The devset has temperatures in
  /// both scales; the paragraph alone, repeated, has one.
  @Test(arguments: [(64, false), (4_096, false), (64, true), (4_096, true)])
  func figuresFinishedOneAtATimeAreThoseOfTheWholeArticle(
    targetBytes: Int, oneScale: Bool
  ) throws {
    let text =
      oneScale ? String(repeating: Self.wholeArticleParagraph, count: 40) : try largeText()
    let source = SourceID("all")
    var whole = text
    let expected = whole.withUTF8 { bytes in
      FigureExtractor.assemble(
        TextPiece.pieces(bytes, targetBytes: targetBytes).map {
          $0.figures(of: bytes, source: source)
        }, source: source)
    }
    var assembly = FigureAssembly(source: source)
    var taken: [Figure] = []
    var copy = text
    copy.withUTF8 { bytes in
      for piece in TextPiece.pieces(bytes, targetBytes: targetBytes) {
        assembly.add(piece.figures(of: bytes, source: source))
        taken += assembly.takeFigures()
      }
    }
    let finish = assembly.finishing()
    #expect(finish.dropped.count >= 2)
    #expect(finish.degreeScale == (oneScale ? "degC" : nil))
    var cursor = ArticleFinish.Cursor(finish)
    let streamed = taken.compactMap { figure in
      var finished = figure
      return cursor.finish(&finished) ? finished : nil
    }
    #expect(streamed == expected)
    #expect(streamed.count == taken.count - finish.dropped.count)
    #expect(streamed.contains { $0.text == "44 degrees" && $0.unit == "degC" } == oneScale)
    #expect(streamed.map(\.id.number) == Array(1...streamed.count))
  }

  /// A file of many pieces streamed: the figures handed over, and the JSON lines written from
  /// them, are those of a load of the same file.
  @Test func aStreamedFileOfManyPiecesGivesTheLinesOfALoad() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("large.txt", try largeText())
    var loaded = Corpus()
    _ = loaded.load(path)
    let source = try #require(loaded.sources.first)
    var expected: [UInt8] = []
    FigureLines.append(source, to: &expected)
    var streamed = Corpus()
    var handed: [(Source, StreamedFigures)] = []
    let report = streamed.load(
      path, progress: { _ in }, isCancelled: { false }, pieceBytes: 4_096, groupBytes: 16_384,
      consume: { handed.append(($0, $1)) })
    #expect(report.problems.isEmpty)
    #expect(handed.count == 1)
    let (streamedSource, figures) = try #require(handed.first)
    #expect(figures.all == source.figures)
    #expect(figures.count == source.figures.count)
    var lines: [UInt8] = []
    var block: [UInt8] = []
    var blocks = 0
    FigureLines.append(streamedSource, figures: figures, to: &block, flushingAt: 10_000) {
      full in
      lines += full
      full.removeAll()
      blocks += 1
    }
    lines += block
    #expect(blocks > 3)
    #expect(lines == expected)
    #expect(source.figures.count > 500)
  }
}
