import Dispatch
import Foundation
import Testing

@testable import CrossCheckCore

/// A scan looks whether to stop in every stage (reading, building the index, comparing,
/// grouping), stops at the first look told to, and frees its work on another thread, so
/// Ctrl-C on a scan of many articles brings the prompt back at once.
@Suite("Scan stops at any look")
struct ScanStopTests {
  private static func sources() throws -> [Source] {
    try DevsetFixtures.articleTexts().enumerated().map { index, text in
      Source(
        id: SourceID("d\(index)"), path: "d\(index).txt", canonicalPath: "/d\(index).txt",
        metadata: SourceMetadata(outlet: "Outlet \(index % 7)", date: "2025-11-1\(index % 9)"),
        text: text, sha256: "d\(index)", byteCount: text.utf8.count)
    }
  }

  /// Every look after the sources are read (the index, each batch of figures compared, the
  /// grouping) stops the scan at once: it throws and asks nothing more.
  @Test func everyLookWhileComparingStopsTheScanAtOnce() throws {
    let sources = try Self.sources()
    let scanner = DiscrepancyScanner(comparator: Comparator())
    var looks = 0
    var last: ScanProgress?
    _ = try scanner.scan(
      sources, progress: { last = $0 },
      isCancelled: {
        looks += 1
        return false
      })
    // The grouping's looks are the only ones that report every figure compared.
    let progress = try #require(last)
    #expect(progress.stage == .comparing && progress.done == progress.total)
    #expect(looks > sources.count + 3, "the index, the comparing and the grouping look too")

    for stopAt in (sources.count + 1)...looks {
      // Each look reports progress, then asks; once told to stop, the scan looks no more.
      var (asked, reported) = (0, 0)
      #expect(throws: ScanInterrupted()) {
        try scanner.scan(
          sources, progress: { _ in reported += 1 },
          isCancelled: {
            asked += 1
            return asked >= stopAt
          })
      }
      #expect(asked == stopAt && reported == stopAt, "stopped at look \(stopAt) of \(looks)")
    }
  }

  /// Reading stops at the look before a source and gives nothing back.
  @Test func aStoppedReadingGivesNoProfiles() throws {
    let sources = try Self.sources()
    var profiler = FigureProfiler()
    let rates = RateSources(session: RateTable(), reference: .builtIn)
    let (profiles, topics) = profiler.profiles(
      of: sources, kind: nil, rates: rates, shouldStop: { $0 >= 3 })
    #expect(profiles.isEmpty && topics.isEmpty)
    var fresh = FigureProfiler()
    #expect(fresh.profiles(of: sources, kind: nil, rates: rates).profiles.count > 500)
  }

  /// A run of long articles ends once it holds the run's bytes, so the scan looks whether to
  /// stop every few hundred kilobytes, not every few dozen articles.
  @Test func aRunOfLongArticlesEndsAtItsBytes() {
    let reader = SourceReader(
      kind: nil, rates: RateSources(session: RateTable(), reference: .builtIn), workers: 2)
    func articles(_ count: Int, bytes: Int) -> [Source] {
      // Not extracted: only the length of their text counts here.
      (0..<count).map { index in
        let text = String(repeating: "Sales rose 5%. ", count: bytes / 15 + 1)
        return Source(
          id: SourceID("a\(index)"), path: "a\(index).txt", canonicalPath: "/a\(index).txt",
          metadata: SourceMetadata(), text: text, sha256: "a\(index)",
          byteCount: text.utf8.count, wordCount: 0, figures: [])
      }
    }
    #expect(reader.runEnd(articles(10, bytes: reader.runBytes / 4), from: 0) == 4)
    #expect(reader.runEnd(articles(10, bytes: reader.runBytes / 4), from: 8) == 10)
    #expect(reader.runEnd(articles(3, bytes: reader.runBytes * 2), from: 1) == 2)
    #expect(reader.runEnd(articles(100, bytes: 100), from: 0) == reader.run)
  }

  /// What is handed over is freed, and not on the thread that handed it over.
  @Test func workHandedOverIsFreedOnAnotherThread() {
    let freedOn = FreedOn()
    let work: [Tracked]? = [Tracked(freedOn), Tracked(freedOn)]
    #expect(work?.count == 2)
    BackgroundRelease.release(consume work)
    #expect(freedOn.freed.wait(timeout: .now() + 30) == .success)
    #expect(freedOn.freed.wait(timeout: .now() + 30) == .success)
    #expect(freedOn.threads.count == 2)
    #expect(freedOn.threads.allSatisfy { pthread_equal($0, pthread_self()) == 0 })
  }

  /// The threads `Tracked` objects were freed on.
  private final class FreedOn: @unchecked Sendable {
    let freed = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var recorded: [pthread_t] = []

    func record() {
      lock.withLock { recorded.append(pthread_self()) }
      freed.signal()
    }

    var threads: [pthread_t] { lock.withLock { recorded } }
  }

  private final class Tracked {
    let freedOn: FreedOn
    init(_ freedOn: FreedOn) { self.freedOn = freedOn }
    deinit { freedOn.record() }
  }
}
