import Dispatch

/// The SHA-256 fingerprints of files' texts, taken on another thread while their figures are
/// found: the fingerprint is only needed to decide whether a file is new, once its pieces are
/// under way, and on one core it would hold up a large file's extraction.
final class FingerprintJob: @unchecked Sendable {
  // Written once by the job's thread before it leaves `group`, read only after a wait on
  // `group` has returned: the group orders the two, so no lock is needed.
  private var fingerprints: [String] = []
  private let group = DispatchGroup()
  /// Raised when the load stops: the files not yet taken are left.
  private let stop = StopFlag()

  init(_ files: [TextFile]) {
    group.enter()
    DispatchQueue.global().async { [self] in
      var taken: [String] = []
      taken.reserveCapacity(files.count)
      for file in files {
        if stop.isRaised { break }
        taken.append(file.fingerprint())
      }
      fingerprints = taken
      group.leave()
    }
  }

  /// Whether every fingerprint is taken, without waiting.
  var isDone: Bool { group.wait(timeout: .now()) == .success }

  /// Whether every fingerprint is taken, waiting at most `duration` for them.
  func wait(for duration: DispatchTimeInterval) -> Bool {
    group.wait(timeout: .now() + duration) == .success
  }

  /// The fingerprints, in the order of the files, once they are all taken.
  func wait() -> [String] {
    group.wait()
    return fingerprints
  }

  /// Takes no more fingerprints: the load that wanted them has stopped.
  func cancel() { stop.raise() }
}
