/// A stack that keeps only its last `limit` elements (the undo history). Pushing past the limit
/// forgets the oldest element in amortized constant time: forgotten elements are only counted
/// off, and removed together once there are `limit` of them, instead of shifting the whole stack
/// on every push.
struct BoundedStack<Element> {
  let limit: Int
  private var elements: [Element] = []
  /// How many elements at the front are forgotten.
  private var forgotten = 0

  init(limit: Int) {
    precondition(limit > 0, "a bounded stack holds at least one element")
    self.limit = limit
  }

  var count: Int { elements.count - forgotten }
  var isEmpty: Bool { count == 0 }

  mutating func push(_ element: Element) {
    elements.append(element)
    guard count > limit else { return }
    forgotten += 1
    if forgotten >= limit {
      elements.removeFirst(forgotten)
      forgotten = 0
    }
  }

  mutating func pop() -> Element? {
    guard count > 0 else { return nil }
    return elements.removeLast()
  }

  mutating func removeAll() {
    elements.removeAll()
    forgotten = 0
  }
}

extension BoundedStack: Sendable where Element: Sendable {}
