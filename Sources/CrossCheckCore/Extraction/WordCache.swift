/// The lower-cased form of a line's words, filled in as they are first asked for, and facts
/// about the whole line worked out once.
///
/// The words are kept apart from the per-token slots, so that a line's slots are plain integers:
/// most tokens are never asked for, and a table of optional Strings cost more to free than to use.
/// One cache serves every line of an extraction (``reset(count:)``), so no line allocates one.
final class WordCache {
  // Only the line's own recognizer uses its cache, one call at a time: no access can overlap,
  // and the runtime's exclusivity bookkeeping cost more than the lookups it guarded.
  /// For each token, the index of its lower-cased form in ``words``, or -1.
  @exclusivity(unchecked) private var slots: [Int32] = []
  @exclusivity(unchecked) private var words: [String] = []
  /// For each token, the raw value of its ``WordRoles``, or ``unknownRoles``.
  @exclusivity(unchecked) private var roleSlots: [UInt16] = []
  private static let unknownRoles = UInt16.max
  /// Whether the line is a headline in title case (see ``FigureRecognizer/isTitleCased()``).
  @exclusivity(unchecked) var isTitleCased: Bool?

  init(count: Int) {
    reset(count: count)
  }

  /// Forgets the previous line, keeping the storage, for a line of `count` tokens.
  func reset(count: Int) {
    slots.removeAll(keepingCapacity: true)
    slots.append(contentsOf: repeatElement(-1, count: count))
    words.removeAll(keepingCapacity: true)
    roleSlots.removeAll(keepingCapacity: true)
    roleSlots.append(contentsOf: repeatElement(Self.unknownRoles, count: count))
    isTitleCased = nil
  }

  /// The lower-cased word of token `index`, if it was asked for before.
  func word(at index: Int) -> String? {
    let slot = slots[index]
    return slot >= 0 ? words[Int(slot)] : nil
  }

  func store(_ word: String, at index: Int) {
    slots[index] = Int32(words.count)
    words.append(word)
  }

  /// The roles of token `index`, if they were asked for before.
  func roles(at index: Int) -> WordRoles? {
    let raw = roleSlots[index]
    return raw == Self.unknownRoles ? nil : WordRoles(rawValue: raw)
  }

  func store(_ roles: WordRoles, at index: Int) {
    roleSlots[index] = roles.rawValue
  }
}
