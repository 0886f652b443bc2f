import Foundation

/// The stems of the words one run of lines has stemmed, found again by the words' bytes as
/// written: a subject's words come back figure after figure ("assets", "troops", "Ukraine’s"),
/// and a stem made by the rules costs about a thousand instructions, a look-up here a few dozen.
///
/// One per thread (``ofCurrentThread``), kept from run to run and article to article: the runs
/// extracted on several cores at once share nothing and take no lock, and an article's subject
/// words, mostly the words of the articles before it, are not stemmed again for each article.
/// The stem is a function of the bytes alone, so a cached stem is the one the rules would make
/// again, whichever article made it.
final class StemCache {
  /// The calling thread's cache, made on its first use and released when the thread ends.
  static var ofCurrentThread: StemCache {
    if let stored = pthread_getspecific(threadKey) {
      return Unmanaged<StemCache>.fromOpaque(stored).takeUnretainedValue()
    }
    let cache = StemCache()
    pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
    return cache
  }

  /// The key of each thread's cache; a thread's cache is released as the thread ends.
  private static let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { stored in
      guard let stored else { return }
      Unmanaged<StemCache>.fromOpaque(stored).release()
    }
    precondition(status == 0, "no thread-specific key for the stem caches")
    return key
  }()

  // Only the run that made the cache uses it, one call at a time: no access can overlap.
  /// Open addressing over a power-of-two table, at most half full: each slot holds an index
  /// into ``entries`` plus one, or 0 when empty.
  @exclusivity(unchecked) private var slots: [Int32]
  @exclusivity(unchecked) private var entries: [Entry] = []
  /// The bytes of every key, one after another.
  @exclusivity(unchecked) private var keys: [UInt8] = []

  private struct Entry {
    var hash: UInt64
    var keyStart: Int
    var keyLength: Int
    var stem: String
  }

  /// More distinct words than any article has: then the table starts again, so memory stays
  /// bounded however large the run (a cleared table only costs stems made again).
  private static let capacity = 1 << 16

  init() {
    slots = [Int32](repeating: 0, count: 256)
    // Room for an article's subject words, so a run of one article grows nothing.
    entries.reserveCapacity(128)
    keys.reserveCapacity(1024)
  }

  /// How many distinct keys the cache holds.
  var count: Int { entries.count }

  /// The stem of the word in `bytes[start..<end]`: the cached one, or `make()`'s, which is then
  /// kept. `make` must depend on those bytes alone.
  func stem(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, orMake make: () -> String
  ) -> String {
    let hash = Self.hash(bytes, start, end)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash >> 40) & mask
    while slots[slot] != 0 {
      let entry = entries[Int(slots[slot]) - 1]
      if entry.hash == hash && matches(entry, bytes, start, end) { return entry.stem }
      slot = (slot + 1) & mask
    }
    let stem = make()
    if entries.count == Self.capacity {
      clear()
      return insert(stem, hash: hash, bytes, start, end)
    }
    slots[slot] = Int32(entries.count + 1)
    entries.append(Entry(hash: hash, keyStart: keys.count, keyLength: end - start, stem: stem))
    keys.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    if 2 * entries.count > slots.count { grow() }
    return stem
  }

  /// The stem of `word`, cached by its UTF-8 bytes as ``stem(_:_:_:orMake:)`` caches a token's.
  func stem(of word: String, orMake make: () -> String) -> String {
    var word = word
    return word.withUTF8 { stem($0, 0, $0.count, orMake: make) }
  }

  private func insert(
    _ stem: String, hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> String {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash >> 40) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entries.count + 1)
    entries.append(Entry(hash: hash, keyStart: keys.count, keyLength: end - start, stem: stem))
    keys.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    return stem
  }

  private func matches(
    _ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Bool {
    guard entry.keyLength == end - start else { return false }
    return keys.withUnsafeBufferPointer { keys in
      for offset in 0..<entry.keyLength where keys[entry.keyStart + offset] != bytes[start + offset]
      {
        return false
      }
      return true
    }
  }

  /// Twice the slots, each entry placed again by its kept hash.
  private func grow() {
    let size = slots.count * 2
    var grown = [Int32](repeating: 0, count: size)
    for (index, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash >> 40) & (size - 1)
      while grown[slot] != 0 { slot = (slot + 1) & (size - 1) }
      grown[slot] = Int32(index + 1)
    }
    slots = grown
  }

  private func clear() {
    for index in slots.indices { slots[index] = 0 }
    entries.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
  }

  /// A hash of `bytes[start..<end]`, eight bytes at a time (words are short: one or two rounds).
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64
  {
    var hash = UInt64(truncatingIfNeeded: end - start) &* 0x9E37_79B9_7F4A_7C15
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index + 8 <= end {
      hash =
        (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 29
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < end {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 32)
  }
}
