/// A table of words looked up straight from a token's UTF-8 bytes: an ASCII word of up to 16
/// letters is lower-cased into two integers while read and found with one multiply and, for most
/// words, one probe, so no String is made and no String hashed. For other words (another script,
/// or longer) the caller looks the lower-cased word up (it may have it made already).
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
      var low: UInt64 = 0
      var high: UInt64 = 0
      for (offset, byte) in bytes.enumerated() {
        if offset < 8 {
          low |= UInt64(byte) << (8 * UInt64(offset))
        } else {
          high |= UInt64(byte) << (8 * UInt64(offset - 8))
        }
      }
      var slot = Self.slot(low, high, bits: slotBits)
      while slots[slot].value != nil { slot = (slot + 1) & (size - 1) }
      slots[slot] = Slot(low: low, high: high, value: value)
    }
    self.slotBits = slotBits
    self.slots = slots
  }

  /// The value of the word in `bytes[start..<end]`, lower-cased, if the table has it; for a word
  /// the table cannot pack, `other()`, which looks the word up the String way.
  func value(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, other: () -> Value?
  ) -> Value? {
    let length = end - start
    var low: UInt64 = 0
    var high: UInt64 = 0
    var ascii = length <= 16
    if ascii {
      for offset in 0..<length {
        let byte = bytes[start + offset]
        // (A NUL byte would pack like a shorter word: it takes the dictionary's way too.)
        if byte >= 0x80 || byte == 0 {
          ascii = false
          break
        }
        let lowered = UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        if offset < 8 {
          low |= lowered << (8 * UInt64(offset))
        } else {
          high |= lowered << (8 * UInt64(offset - 8))
        }
      }
    }
    // Another script's word may lower-case to a listed one.
    guard ascii else { return other() }
    guard length > 0 else { return nil }
    var slot = Self.slot(low, high, bits: slotBits)
    let mask = (1 << slotBits) - 1
    return slots.withUnsafeBufferPointer { slots in
      while let value = slots[slot].value {
        if slots[slot].low == low && slots[slot].high == high { return value }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  private static func slot(_ low: UInt64, _ high: UInt64, bits: Int) -> Int {
    Int(
      truncatingIfNeeded: ((low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15)
        >> UInt64(64 - bits))
  }
}
