import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// One large file is loaded in pieces on all cores, and a stop between pieces leaves the
/// corpus as it was.
@Suite("Loading one large file")
struct LargeFileLoadTests {
  /// Corpus/ articles one after another, with their digits changed so no two are alike.
  private func largeText(bytes: Int) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: DevsetFixtures.corpus.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let articles = try names.map {
      try String(contentsOf: DevsetFixtures.corpus.appendingPathComponent($0), encoding: .utf8)
    }
    var text = "\u{FEFF}"
    var round = 0
    while text.utf8.count < bytes {
      for article in articles {
        var article = Array(article.utf8)
        for index in article.indices where (0x31...0x39).contains(article[index]) {
          article[index] = UInt8(0x31 + (Int(article[index]) + round + index) % 9)
        }
        text += String(decoding: article, as: UTF8.self) + "\n"
      }
      round += 1
    }
    return text
  }

  @Test func aFileLoadedInPiecesHasTheFiguresAndWordsOfOnePass() throws {
    let folder = try TemporaryDirectory()
    let text = try largeText(bytes: 120_000)
    let path = try folder.write("large.txt", text)
    var corpus = Corpus()
    var reports: [LoadProgress] = []
    let report = corpus.load(
      path, progress: { reports.append($0) }, isCancelled: { false },
      pieceBytes: 4_096, groupBytes: 16_384)
    #expect(report.problems.isEmpty)
    let loaded = try #require(corpus.sources.first)
    let body = String(text.unicodeScalars.dropFirst())  // without the byte order mark
    let reference = Source(
      id: loaded.id, path: path, canonicalPath: loaded.canonicalPath, metadata: SourceMetadata(),
      text: body, sha256: loaded.sha256, byteCount: loaded.byteCount)
    #expect(loaded.text == body)
    #expect(loaded.figures.count > 200)
    #expect(loaded.figures == reference.figures)
    #expect(loaded.wordCount == reference.wordCount)
    // Progress between groups of pieces: bytes grow to the file's size, counting its BOM.
    #expect(reports.count > 5)
    #expect(reports.map(\.bytes) == reports.map(\.bytes).sorted())
    #expect(reports.last?.bytes == text.utf8.count)
    #expect(reports.last?.files == 1)
  }

  /// A file that is one line is cut at sentence ends and extracted on all cores: the same
  /// figures and words as one pass, and progress between its pieces.
  @Test func aOneLineFileLoadedInPiecesHasTheFiguresAndWordsOfOnePass() throws {
    let folder = try TemporaryDirectory()
    let text = try largeText(bytes: 120_000).replacingOccurrences(of: "\n", with: " ")
    let path = try folder.write("line.txt", text)
    var corpus = Corpus()
    var reports: [LoadProgress] = []
    let report = corpus.load(
      path, progress: { reports.append($0) }, isCancelled: { false },
      pieceBytes: 4_096, groupBytes: 16_384)
    #expect(report.problems.isEmpty)
    let loaded = try #require(corpus.sources.first)
    let body = String(text.unicodeScalars.dropFirst())
    let reference = Source(
      id: loaded.id, path: path, canonicalPath: loaded.canonicalPath, metadata: SourceMetadata(),
      text: body, sha256: loaded.sha256, byteCount: loaded.byteCount)
    #expect(loaded.figures.count > 200)
    #expect(loaded.figures == reference.figures)
    #expect(loaded.wordCount == reference.wordCount)
    #expect(reports.count > 5)
  }

  @Test func aStopInsideOneFileLoadsNothing() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("large.txt", try largeText(bytes: 60_000))
    var corpus = Corpus()
    _ = corpus.load(try folder.write("small.txt", "Already here: 5%.\n"))
    let before = (corpus.sources.map(\.id), corpus.revision)
    var looks = 0
    let report = corpus.load(
      path, progress: { _ in },
      isCancelled: {
        looks += 1
        return looks > 2
      }, pieceBytes: 4_096, groupBytes: 8_192)
    #expect(report.interrupted)
    #expect(report.loaded.isEmpty)
    // One look before the file, one after its first group of pieces: the third stops it.
    #expect(looks == 3)
    #expect(corpus.sources.map(\.id) == before.0)
    #expect(corpus.revision == before.1)
    // The same file loads when nothing stops it, and a stopped load left no trace of it.
    #expect(corpus.load(path).loaded.count == 1)
  }
}
