/// The lower-cased form of a line's words, filled in as they are first asked for, and facts
/// about the whole line worked out once.
///
/// The words are kept apart from the per-token slots, so that a line's slots are plain integers:
/// most tokens are never asked for, and a table of optional Strings cost more to free than to use.
/// One cache serves every line of an extraction (``reset(count:)``), so no line allocates one.
final class WordCache {
  // Only the line's own recognizer uses its cache, one call at a time: no access can overlap,
  // and the runtime's exclusivity bookkeeping cost more than the lookups it guarded.
  /// For each token, the line it was filled in for (``line``) in the high 32 bits and the index
  /// of its lower-cased form in ``words`` in the low 32: a slot of an earlier line is empty, so
  /// a new line clears nothing.
  @exclusivity(unchecked) private var slots: [UInt64] = []
  @exclusivity(unchecked) private var words: [String] = []
  /// For each token, the line in the high 32 bits and the raw value of its ``WordRoles`` in the
  /// low 16, as ``slots``.
  @exclusivity(unchecked) private var roleSlots: [UInt64] = []
  /// The current line's number, from 1: a slot stamped 0 was never filled.
  @exclusivity(unchecked) private var line: UInt64 = 0
  /// Whether the line is a headline in title case (see ``FigureRecognizer/isTitleCased()``).
  @exclusivity(unchecked) var isTitleCased: Bool?
  /// The storage of the previous line's numbers (``FigureRecognizer/recognize()``), handed back
  /// when that line was done: a line's numbers need no allocation of their own.
  @exclusivity(unchecked) private var spareMentions: [NumberMention] = []

  init(count: Int) {
    // Room for the lines of most articles at once: a cache is made per article (per run of
    // lines), and growing its tables a doubling at a time cost more than the lines' look-ups.
    slots.reserveCapacity(256)
    roleSlots.reserveCapacity(256)
    words.reserveCapacity(32)
    reset(count: count)
  }

  /// Forgets the previous line, keeping the storage, for a line of `count` tokens.
  func reset(count: Int) {
    line += 1
    if line == 1 << 32 {
      // Four billion lines on: the stamps start again from an empty table.
      line = 1
      for index in slots.indices { slots[index] = 0 }
      for index in roleSlots.indices { roleSlots[index] = 0 }
    }
    if slots.count < count {
      slots.append(contentsOf: repeatElement(0, count: count - slots.count))
      roleSlots.append(contentsOf: repeatElement(0, count: count - roleSlots.count))
    }
    words.removeAll(keepingCapacity: true)
    isTitleCased = nil
  }

  /// The lower-cased word of token `index`, if it was asked for before.
  func word(at index: Int) -> String? {
    let slot = slots[index]
    return slot >> 32 == line ? words[Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)] : nil
  }

  func store(_ word: String, at index: Int) {
    slots[index] = line << 32 | UInt64(words.count)
    words.append(word)
  }

  /// An empty array for a line's numbers, in the storage the previous line handed back.
  func takeMentions() -> [NumberMention] {
    var mentions: [NumberMention] = []
    swap(&mentions, &spareMentions)
    mentions.removeAll(keepingCapacity: true)
    return mentions
  }

  /// Keeps `mentions`' storage for the next line (see ``takeMentions()``).
  func keepMentions(_ mentions: [NumberMention]) {
    spareMentions = mentions
  }

  /// The roles of token `index`, if they were asked for before.
  func roles(at index: Int) -> WordRoles? {
    let slot = roleSlots[index]
    return slot >> 32 == line ? WordRoles(rawValue: UInt16(truncatingIfNeeded: slot)) : nil
  }

  func store(_ roles: WordRoles, at index: Int) {
    roleSlots[index] = line << 32 | UInt64(roles.rawValue)
  }
}
