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
    unblockInterrupt()
  }

  /// Installs the SIGINT handler for batch mode: the first Ctrl-C sets the flag, so a long
  /// command stops cleanly (nothing half-written) and the script ends; a second one ends the
  /// process at once, as SIGINT normally does, for a command that does not look at the flag.
  public static func installForBatch() {
    var action = sigaction()
    sigemptyset(&action.sa_mask)
    // Without SA_RESTART, so that a read of standard input returns and the script ends.
    action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
    action.__sigaction_handler.sa_handler = { _ in
      InterruptSignal.interrupt.store(true, ordering: .relaxed)
    }
    sigaction(SIGINT, &action, nil)
    unblockInterrupt()
  }

  /// Lets SIGINT through to this thread (and the threads it starts): a program started by
  /// another that blocks signals (a test harness, some process supervisors) inherits the block,
  /// and its Ctrl-C would otherwise never arrive.
  private static func unblockInterrupt() {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
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
