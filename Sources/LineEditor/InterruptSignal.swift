import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C and terminal resizes, caught as flags instead of ending the process.
///
/// The handlers only set an atomic flag (all a signal handler may safely do). The line editor
/// turns a pending interrupt into "clear the line", and a running command polls ``isPending``.
public enum InterruptSignal {
  private static let interrupt = Atomic<Bool>(false)
  private static let resize = Atomic<Bool>(false)

  /// Installs the SIGINT and SIGWINCH handlers. Without SA_RESTART, so that a blocking read()
  /// returns EINTR and the editor sees the key at once.
  public static func install() {
    var action = sigaction()
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    action.__sigaction_handler.sa_handler = { _ in
      InterruptSignal.interrupt.store(true, ordering: .relaxed)
    }
    sigaction(SIGINT, &action, nil)
    action.__sigaction_handler.sa_handler = { _ in
      InterruptSignal.resize.store(true, ordering: .relaxed)
    }
    sigaction(SIGWINCH, &action, nil)
  }

  /// Whether Ctrl-C was pressed since the last ``reset()``.
  public static var isPending: Bool { interrupt.load(ordering: .relaxed) }

  /// Forgets a pending interrupt (before running the next command).
  public static func reset() {
    interrupt.store(false, ordering: .relaxed)
  }

  static func takeInterrupt() -> Bool {
    interrupt.exchange(false, ordering: .relaxed)
  }

  static func takeResize() -> Bool {
    resize.exchange(false, ordering: .relaxed)
  }
}
