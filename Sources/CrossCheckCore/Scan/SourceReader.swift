import Dispatch
import Foundation

/// The part of profiling a source that needs none of the profiler's word tables (its scalars,
/// which figures to describe and their measures), done for a run of sources at once on all
/// cores. Each core keeps its own conversion cache; a cache only saves work, so a source reads
/// the same whichever core reads it.
struct SourceReader {
  var kind: FigureKind?
  var rates: RateSources
  /// How many cores read.
  let workers: Int
  /// How many sources one call reads at most: enough to keep the cores busy, few enough that
  /// their scalars take little memory.
  var run: Int { 32 * workers }
  /// How many bytes of text one call reads at most (past its first source): the scan looks
  /// whether to stop between calls, so a run of long articles must not take long.
  var runBytes: Int { 256 * 1024 * workers }

  /// Where the run of sources from `start` ends: after ``run`` sources or once they hold
  /// ``runBytes`` bytes of text, whichever comes first, and never before `start + 1`.
  func runEnd(_ sources: [Source], from start: Int) -> Int {
    let last = min(sources.count, start + run)
    var bytes = 0
    var end = start
    while end < last {
      bytes += sources[end].text.utf8.count
      end += 1
      if bytes >= runBytes { break }
    }
    return end
  }
  private let caches: [ConversionCache]

  /// `workers`: how many cores read (nil: as many as the machine has, up to
  /// ``DiscrepancyScanner/maximumWorkers``).
  init(kind: FigureKind?, rates: RateSources, workers: Int? = nil) {
    self.kind = kind
    self.rates = rates
    self.workers = max(1, workers ?? DiscrepancyScanner.workers)
    caches = (0..<self.workers).map { _ in ConversionCache() }
  }

  /// One source as read.
  struct Reading {
    var scalars: [Unicode.Scalar]
    /// The figures to describe, by index in the source's figures, in order, with measures.
    var measured: [(figure: Int, measure: Measure)]
    /// Those of them on a title line (``FigureProfiler/measuredFigures``), by the same index,
    /// each with whether the body gives its value hedged otherwise.
    var titles: [Int: Bool] = [:]
  }

  /// Slots the cores fill, each written by one core only and read after all have finished,
  /// and each core's cache, used by that core only.
  private struct Slots: @unchecked Sendable {
    let results: UnsafeMutableBufferPointer<Reading>
    let caches: [ConversionCache]
  }

  /// The readings of `sources`, in their order.
  func read(_ sources: ArraySlice<Source>) -> [Reading] {
    let sources = Array(sources)
    let slots = Slots(results: .allocate(capacity: sources.count), caches: caches)
    defer { slots.results.deallocate() }
    let (workers, kind, rates) = (self.workers, self.kind, self.rates)
    // Core `w` reads sources w, w + workers, …
    DispatchQueue.concurrentPerform(iterations: min(workers, sources.count)) { worker in
      for index in stride(from: worker, to: sources.count, by: workers) {
        let scalars = FigureProfiler.scalars(of: sources[index].text)
        let (measured, titles) = FigureProfiler.measuredFigures(
          of: sources[index], scalars: scalars, kind: kind, rates: rates,
          conversions: slots.caches[worker])
        (slots.results.baseAddress! + index).initialize(
          to: Reading(scalars: scalars, measured: measured, titles: titles))
      }
    }
    let readings = Array(slots.results)
    slots.results.deinitialize()
    return readings
  }
}
