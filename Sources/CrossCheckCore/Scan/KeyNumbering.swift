/// Numbers integer keys in the order they are first seen, as a `[Int: Int32]` would, in one
/// flat open-addressed table: the scan's index numbers a few million keys, and hashing each
/// through a dictionary cost more than building the rest of the index.
struct KeyNumbering {
  /// Each slot holds a key and its number plus one; a number of 0 marks an empty slot.
  private var keys = [Int](repeating: 0, count: 1024)
  private var numbers = [Int32](repeating: 0, count: 1024)
  private(set) var count = 0

  /// The number of `key`, or `next` (which must be `count`) given to it when it is new.
  @inline(__always)
  mutating func number(of key: Int, next: Int32) -> Int32 {
    var mask = keys.count - 1
    var slot = KeyNumbering.slot(key, mask)
    while numbers[slot] != 0 {
      if keys[slot] == key { return numbers[slot] - 1 }
      slot = (slot + 1) & mask
    }
    if (count + 1) * 2 > keys.count {
      grow()
      mask = keys.count - 1
      slot = KeyNumbering.slot(key, mask)
      while numbers[slot] != 0 { slot = (slot + 1) & mask }
    }
    keys[slot] = key
    numbers[slot] = next + 1
    count += 1
    return next
  }

  /// A slot for a key: the high bits of a multiplicative hash, which mix every bit of the key.
  @inline(__always)
  private static func slot(_ key: Int, _ mask: Int) -> Int {
    let mixed = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: (mixed ^ (mixed >> 32))) & mask
  }

  private mutating func grow() {
    let (oldKeys, oldNumbers) = (keys, numbers)
    keys = [Int](repeating: 0, count: oldKeys.count * 2)
    numbers = [Int32](repeating: 0, count: oldKeys.count * 2)
    let mask = keys.count - 1
    for index in oldKeys.indices where oldNumbers[index] != 0 {
      var slot = KeyNumbering.slot(oldKeys[index], mask)
      while numbers[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = oldKeys[index]
      numbers[slot] = oldNumbers[index]
    }
  }
}
