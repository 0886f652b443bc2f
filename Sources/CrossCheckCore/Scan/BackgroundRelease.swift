import Dispatch

/// Frees a scan's work on another thread. Freeing hundreds of thousands of figure profiles
/// takes the better part of a second; the user waits for the suggestions, or after Ctrl-C
/// for the prompt, not for the memory.
enum BackgroundRelease {
  /// Holds what is handed over. Nothing else refers to it once handed over, so the thread
  /// that empties it is the only one to touch it.
  private final class Parcel<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = consume value }
  }

  /// Frees `value` on a background thread. The caller must hand over its only reference
  /// (`BackgroundRelease.release(consume work)`), or the caller's copy is freed where it is.
  static func release<Value>(_ value: consuming Value) {
    let parcel = Parcel(consume value)
    DispatchQueue.global(qos: .utility).async(group: pending) { parcel.value = nil }
  }

  /// What is being freed: a benchmark waits for it between two scans, so that one scan's
  /// freeing does not slow the next one it times.
  private static let pending = DispatchGroup()

  /// Waits until everything handed over so far is freed.
  static func waitUntilFreed() { pending.wait() }

  /// Frees a scan's profiles on a background thread, on all cores (``ProfileRelease``).
  static func release(profiles: consuming [FigureProfile]) {
    let parcel = Parcel(consume profiles)
    DispatchQueue.global(qos: .utility).async(group: pending) {
      if var profiles = parcel.value.take() { ProfileRelease.release(&profiles) }
    }
  }
}
