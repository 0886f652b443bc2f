/// Where the tokenizer writes a line's tokens as it makes them, before they become the line's
/// array: an `Array.append` asked in two calls, for every token, whether the array was shared
/// and had room, which cost more than making the token. Here a token is one store and one
/// comparison; the line's tokens are copied into the tokenizer's array once, when the line is
/// done.
///
/// The storage is kept from line to line (and grows to the longest line), and so is the array's
/// when the previous line's tokens are no longer held: a line allocates nothing.
final class TokenBuffer {
  // Only the tokenizer that made the buffer writes it, one line at a time: no access can overlap.
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<Token>
  @exclusivity(unchecked) private var capacity: Int
  /// How many tokens the current line has so far.
  @exclusivity(unchecked) private(set) var count = 0

  init(capacity: Int = 256) {
    self.capacity = max(capacity, 1)
    base = UnsafeMutablePointer<Token>.allocate(capacity: self.capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// Forgets the tokens, keeping the storage.
  func removeAll() {
    base.deinitialize(count: count)
    count = 0
  }

  @inline(__always)
  func append(_ token: Token) {
    if count == capacity { grow() }
    (base + count).initialize(to: token)
    count += 1
  }

  /// The last token, if any.
  var last: Token? { count > 0 ? base[count - 1] : nil }

  /// Replaces the contents of `tokens` with the tokens, in the array's own storage when no one
  /// else holds it (the previous line's array, let go of by then): no allocation per line.
  func copy(into tokens: inout [Token]) {
    tokens.removeAll(keepingCapacity: true)
    tokens.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
  }

  /// Twice the room, the tokens moved over.
  @inline(never)
  private func grow() {
    let grown = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
    grown.moveInitialize(from: base, count: count)
    base.deallocate()
    base = grown
    capacity *= 2
  }
}
