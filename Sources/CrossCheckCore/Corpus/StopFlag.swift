import Synchronization

/// A flag raised once to tell work on other threads to stop: a load's cores look at it before
/// each file or piece they begin, so Ctrl-C is not held up by the rest of a batch.
final class StopFlag: Sendable {
  private let raised = Atomic<Bool>(false)

  func raise() { raised.store(true, ordering: .relaxed) }

  var isRaised: Bool { raised.load(ordering: .relaxed) }
}
