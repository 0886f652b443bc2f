import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// A load looks for a stop while a batch's files are read and its pieces extracted, not only
/// between batches and groups, so Ctrl-C during a batch of many files or one large file is
/// seen within a file or a piece.
@Suite("Load stops within a batch")
struct LoadStopTests {
  /// One batch of small files (fewer than a batch holds, far fewer bytes than a group): before,
  /// the only look was at the batch's start, so a stop asked for after it was never seen.
  @Test func aStopAskedForDuringTheOnlyBatchIsSeen() throws {
    let folder = try TemporaryDirectory()
    for index in 0..<64 {
      try folder.write(String(format: "f%03d.txt", index), "Article \(index) says 5%.\n")
    }
    var corpus = Corpus()
    var asked = 0
    let stopped = corpus.load(
      folder.path,
      isCancelled: {
        asked += 1
        return asked > 1
      })
    #expect(stopped.interrupted)
    #expect(stopped.loaded.count == 0)
    #expect(corpus.sources.count == 0)

    // Never told to stop, the same load takes every file, in order.
    let finished = corpus.load(folder.path)
    #expect(!finished.interrupted)
    #expect(finished.loaded.map(\.id.rawValue) == (0..<64).map { String(format: "f%03d", $0) })
  }

  /// One file in several pieces, one group: a stop asked for once the file is read is seen
  /// before its pieces are all extracted.
  @Test func aStopAskedForWhileALargeFileIsExtractedIsSeen() throws {
    let folder = try TemporaryDirectory()
    let line = "The ministry said 4,200 homes were damaged and 37 people were hurt.\n"
    let path = try folder.write("large.txt", String(repeating: line, count: 400))
    var corpus = Corpus()
    var asked = 0
    let stopped = corpus.load(
      path, progress: { _ in },
      isCancelled: {
        asked += 1
        // The batch's look and the read's two (before and after its one file), then the
        // extraction's.
        return asked > 3
      }, pieceBytes: 2_048, groupBytes: 1 << 30)
    #expect(stopped.interrupted)
    #expect(stopped.loaded.count == 0)
    #expect(corpus.sources.count == 0)
  }
}
