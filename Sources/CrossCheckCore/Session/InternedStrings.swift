import Foundation

/// The strings read from one file, each distinct one made once: a value that comes back
/// (a source's SHA-256 in every figure reference, a figure's quoted text and context in its
/// discrepancy and again in the journal entry that flagged it) is then neither validated nor
/// allocated again, and the session holds it once.
///
/// Open addressing on a hash of the bytes, which are kept beside the strings so that a match is
/// checked with one comparison. At most ``maximumCount`` strings are kept; later ones are made
/// as if there were no table.
struct InternedStrings {
  static let maximumCount = 1 << 16

  /// Each slot's string, the hash of its bytes and where the bytes are in ``storedBytes``.
  private var strings: [String?]
  private var hashes: [UInt64]
  private var ranges: [Range<Int>]
  private var storedBytes: [UInt8] = []
  private var count = 0

  init() {
    strings = Array(repeating: nil, count: 64)
    hashes = Array(repeating: 0, count: 64)
    ranges = Array(repeating: 0..<0, count: 64)
  }

  /// The string whose UTF-8 is `bytes`: the one made before for the same bytes, or the one
  /// `make` makes of them now (nil when they are not a valid string; nothing is kept then).
  mutating func string(
    for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> String?
  ) -> String? {
    let hash = Self.hash(bytes)
    let mask = strings.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while let found = strings[slot] {
      if hashes[slot] == hash && matches(ranges[slot], bytes) { return found }
      slot = (slot + 1) & mask
    }
    guard let made = make(bytes) else { return nil }
    guard count < Self.maximumCount else { return made }
    let start = storedBytes.count
    storedBytes.append(contentsOf: bytes)
    strings[slot] = made
    hashes[slot] = hash
    ranges[slot] = start..<storedBytes.count
    count += 1
    // At most half full, so that probes stay short.
    if count * 2 > strings.count { grow() }
    return made
  }

  private func matches(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard range.count == bytes.count else { return false }
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
    return storedBytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + range.lowerBound, base, bytes.count) == 0
    }
  }

  private mutating func grow() {
    let old = (strings, hashes, ranges)
    let capacity = strings.count * 2
    strings = Array(repeating: nil, count: capacity)
    hashes = Array(repeating: 0, count: capacity)
    ranges = Array(repeating: 0..<0, count: capacity)
    for index in old.0.indices {
      guard let string = old.0[index] else { continue }
      var slot = Int(truncatingIfNeeded: old.1[index]) & (capacity - 1)
      while strings[slot] != nil { slot = (slot + 1) & (capacity - 1) }
      strings[slot] = string
      hashes[slot] = old.1[index]
      ranges[slot] = old.2[index]
    }
  }

  /// A hash of the bytes, eight at a time (the values are tens of bytes long).
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 29
    }
    while bytes.count - offset >= 8 {
      mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    mix(tail)
    // The low bits pick the slot: fold the high ones into them.
    return hash ^ hash >> 32
  }
}
