/// Parts most values lack, kept apart in one optional struct (``FigureDraft/RareParts``,
/// ``NumberMention/Wording``, ``Amount/Words``): a value without any is copied and freed with
/// one test for them all, not a test and a release per part. Each part is read and written
/// through a property of its own name, which sets it with ``Optional/setPart(_:_:)``.
protocol SeldomSetParts {
  init()
}

extension Optional where Wrapped: SeldomSetParts {
  /// Sets one part, making room for the parts only when a value is set.
  @inline(__always)
  mutating func setPart<Value>(_ part: WritableKeyPath<Wrapped, Value?>, _ value: Value?) {
    guard self != nil || value != nil else { return }
    if self == nil { self = Wrapped() }
    self![keyPath: part] = value
  }
}
