/// A table of words looked up straight from a token's UTF-8 bytes: an ASCII word of up to 16
/// letters is lower-cased into two integers while read and found with one multiply and, for most
/// words, one probe, so no String is made and no String hashed. Other words (another script, or
/// longer) it cannot pack: the caller looks their lower-cased String up (it may have it already).
struct PackedWordTable<Value: Sendable>: Sendable {
  /// A quarter full at most, so a missing word is told in about one probe.
  private let slotBits: Int
  private struct Slot {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var value: Value?
  }
  /// One array, so a probe reads one place.
  private let slots: [Slot]

  /// `words` are lower-case.
  init(_ words: [String: Value]) {
    var slotBits = 4
    while 1 << slotBits < 4 * words.count { slotBits += 1 }
    let size = 1 << slotBits
    var slots = [Slot](repeating: Slot(), count: size)
    for (word, value) in words {
      let bytes = Array(word.utf8)
      guard bytes.count <= 16, bytes.allSatisfy({ $0 < 0x80 && $0 != 0 }) else { continue }
      let (low, high) = WordPacking.packed(bytes)
      var slot = Self.slot(low, high, bits: slotBits)
      while slots[slot].value != nil { slot = (slot + 1) & (size - 1) }
      slots[slot] = Slot(low: low, high: high, value: value)
    }
    self.slotBits = slotBits
    self.slots = slots
  }

  /// What the table says of a word.
  enum Probe {
    case found(Value)
    case absent
    /// Another script, more than 16 bytes, or a NUL byte: the caller looks it up as a String.
    case unpacked
  }

  /// The word in `bytes[start..<end]`, lower-cased.
  func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Probe {
    let length = end - start
    // Another script's word may lower-case to a listed one. (A NUL byte would pack like a
    // shorter word: it takes the dictionary's way too.)
    guard length <= 16, let (low, high) = WordPacking.lowered(bytes, start, end) else {
      return .unpacked
    }
    guard length > 0 else { return .absent }
    var slot = Self.slot(low, high, bits: slotBits)
    let mask = (1 << slotBits) - 1
    return slots.withUnsafeBufferPointer { slots in
      while let value = slots[slot].value {
        if slots[slot].low == low && slots[slot].high == high { return .found(value) }
        slot = (slot + 1) & mask
      }
      return .absent
    }
  }

  private static func slot(_ low: UInt64, _ high: UInt64, bits: Int) -> Int {
    Int(
      truncatingIfNeeded: ((low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15)
        >> UInt64(64 - bits))
  }
}
