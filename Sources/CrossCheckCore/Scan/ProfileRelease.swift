import Dispatch

/// Frees a scan's profiles on all cores. A hundred thousand profiles, each with arrays of its
/// own, freed one after another by the array that held them, were the longest single-core step
/// left at the end of a scan.
enum ProfileRelease {
  /// How many profiles one core frees at a time.
  static let run = 4096

  /// Frees the profiles' parts on all cores and empties `profiles`. Each run's later profiles
  /// are replaced by its first one (whose box the run shares, so no two cores count references
  /// on one box), which frees their own boxes; the array then frees one box per run.
  static func release(_ profiles: inout [FigureProfile], run: Int = ProfileRelease.run) {
    guard profiles.count > run, run > 0 else {
      profiles = []
      return
    }
    profiles.withUnsafeMutableBufferPointer { buffer in
      let slots = Slots(buffer: buffer)
      let runs = (buffer.count + run - 1) / run
      DispatchQueue.concurrentPerform(iterations: runs) { part in
        let first = part * run
        let kept = slots.buffer[first]
        for index in (first + 1)..<min(slots.buffer.count, first + run) {
          slots.buffer[index] = kept
        }
      }
    }
    profiles = []
  }

  /// Profiles replaced by several cores, each in its own run.
  private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<FigureProfile>
  }
}
