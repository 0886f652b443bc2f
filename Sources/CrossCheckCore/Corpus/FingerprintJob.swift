import Dispatch

/// The SHA-256 fingerprints of files' texts, taken on another thread while their figures are
/// found: the fingerprint is only needed to decide whether a file is new, once its pieces are
/// under way, and on one core it would hold up a large file's extraction.
final class FingerprintJob: @unchecked Sendable {
  // Written once by the job's thread before it leaves `group`, read only after a wait on
  // `group` has returned: the group orders the two, so no lock is needed.
  private var fingerprints: [String] = []
  private let group = DispatchGroup()

  init(_ files: [TextFile]) {
    group.enter()
    DispatchQueue.global().async { [self] in
      fingerprints = files.map { $0.fingerprint() }
      group.leave()
    }
  }

  /// Whether every fingerprint is taken, without waiting.
  var isDone: Bool { group.wait(timeout: .now()) == .success }

  /// The fingerprints, in the order of the files, once they are all taken.
  func wait() -> [String] {
    group.wait()
    return fingerprints
  }
}
