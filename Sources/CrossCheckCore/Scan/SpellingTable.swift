/// The distinct spellings of the words a scan reads, each numbered once: a word is found by its
/// scalars where they lie in the text, so reading a word already seen makes no String and
/// hashes no String. Open addressing over a table kept at most half full.
struct SpellingTable {
  /// Each slot holds a spelling's number plus one; 0 is empty.
  private var slots = [Int32](repeating: 0, count: 1024)
  /// The spellings' scalars, one after another; spelling `n` runs from `starts[n]` to
  /// `starts[n + 1]`.
  private var pool: [Unicode.Scalar] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []

  /// How many spellings the table holds.
  var count: Int { hashes.count }

  /// The hash of a spelling, to be given to `number(of:in:hash:)`.
  @inline(__always)
  static func hash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      hash = (hash ^ UInt64(scalars[index].value)) &* 0x100_0000_01b3
    }
    return hash ^ (hash >> 29)
  }

  /// The number of the spelling `scalars[range]`, or nil when it is new.
  func number(of scalars: [Unicode.Scalar], _ range: Range<Int>, hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let number = Int(slots[slot]) - 1
      if hashes[number] == hash, matches(number, scalars, range) { return number }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Adds a new spelling, numbered `count`.
  mutating func add(_ scalars: [Unicode.Scalar], _ range: Range<Int>, hash: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    let number = count
    pool.append(contentsOf: scalars[range])
    starts.append(pool.count)
    hashes.append(hash)
    place(number)
  }

  private func matches(_ number: Int, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    let start = starts[number]
    guard starts[number + 1] - start == range.count else { return false }
    var offset = 0
    for index in range {
      if pool[start + offset] != scalars[index] { return false }
      offset += 1
    }
    return true
  }

  private mutating func place(_ number: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hashes[number]) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(number + 1)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    for number in 0..<count { place(number) }
  }
}
