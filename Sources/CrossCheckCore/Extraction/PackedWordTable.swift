/// A table of words looked up straight from a token's UTF-8 bytes: an ASCII word of up to 16
/// letters is lower-cased into two integers while read and found with one multiply and, for most
/// words, one probe, so no String is made and no String hashed. Other words (another script, or
/// longer) are lower-cased into a String and looked up in a dictionary of every word, as before.
struct PackedWordTable<Value: Sendable>: Sendable {
  /// A quarter full at most, so a missing word is told in about one probe.
  private let slotBits: Int
  private let slotLow: [UInt64]
  private let slotHigh: [UInt64]
  private let slotValue: [Value?]
  private let all: [String: Value]

  /// `words` are lower-case.
  init(_ words: [String: Value]) {
    var slotBits = 4
    while 1 << slotBits < 4 * words.count { slotBits += 1 }
    let size = 1 << slotBits
    var slotLow = [UInt64](repeating: 0, count: size)
    var slotHigh = [UInt64](repeating: 0, count: size)
    var slotValue = [Value?](repeating: nil, count: size)
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
      while slotValue[slot] != nil { slot = (slot + 1) & (size - 1) }
      slotLow[slot] = low
      slotHigh[slot] = high
      slotValue[slot] = value
    }
    self.slotBits = slotBits
    self.slotLow = slotLow
    self.slotHigh = slotHigh
    self.slotValue = slotValue
    self.all = words
  }

  /// The value of the word in `bytes[start..<end]`, lower-cased, if the table has it.
  func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
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
    guard ascii else {
      // Lower-cased as the standard library does, as everywhere else: another script's word
      // may lower-case to a listed one.
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      return all[word.lowercased()]
    }
    guard length > 0 else { return nil }
    var slot = Self.slot(low, high, bits: slotBits)
    let mask = (1 << slotBits) - 1
    while let value = slotValue[slot] {
      if slotLow[slot] == low && slotHigh[slot] == high { return value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private static func slot(_ low: UInt64, _ high: UInt64, bits: Int) -> Int {
    Int(
      truncatingIfNeeded: ((low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15)
        >> UInt64(64 - bits))
  }
}
