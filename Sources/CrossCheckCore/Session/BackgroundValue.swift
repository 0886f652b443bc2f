import Dispatch
import Synchronization

/// A value computed on another core while the caller does something else, and waited for
/// when it is needed (the SHA-256 of a session file while its bytes are decoded).
final class BackgroundValue<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async { [self] in
      let value = work()
      result.withLock { $0 = value }
      finished.signal()
    }
  }

  /// The value, once the work is done.
  func wait() -> Value {
    // The value is stored before the signal: once there, the work is done.
    if let value = result.withLock({ $0 }) { return value }
    finished.wait()
    return result.withLock { $0! }
  }
}
