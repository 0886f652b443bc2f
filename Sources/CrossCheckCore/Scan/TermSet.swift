/// A small set of numbers (term ids, years) kept as a sorted array: the pair scoring compares
/// such sets millions of times, and walking two short sorted arrays costs less than hashing.
struct TermSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
  /// The members, ascending and distinct.
  private var members: [Int32]

  init() { members = [] }

  init(_ set: Set<Int>) {
    members = set.map { Int32($0) }.sorted()
  }

  /// From members gathered in any order, with repeats.
  init(gathering elements: [Int]) {
    // None or one: already a set. Most figures gather no names or years, and sorting an empty
    // array made it unique first, allocating a buffer for nothing.
    guard elements.count > 1 else {
      members = elements.map { Int32($0) }
      return
    }
    var members = elements.map { Int32($0) }
    members.sort()
    var kept = 0
    for member in members where kept == 0 || members[kept - 1] != member {
      members[kept] = member
      kept += 1
    }
    members.removeLast(members.count - kept)
    self.members = members
  }

  init(arrayLiteral elements: Int...) {
    self.init(Set(elements))
  }

  var isEmpty: Bool { members.isEmpty }

  var count: Int { members.count }

  func contains(_ member: Int) -> Bool {
    var low = 0
    var high = members.count
    let target = Int32(truncatingIfNeeded: member)
    while low < high {
      let mid = (low + high) / 2
      if members[mid] < target { low = mid + 1 } else { high = mid }
    }
    return low < members.count && members[low] == target && Int(target) == member
  }

  /// How many members both sets hold.
  @inline(__always)
  func sharedCount(with other: TermSet) -> Int {
    var shared = 0
    var i = 0
    var j = 0
    while i < members.count && j < other.members.count {
      let x = members[i]
      let y = other.members[j]
      if x == y {
        shared += 1
        i += 1
        j += 1
      } else if x < y {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  @inline(__always)
  func isDisjoint(with other: TermSet) -> Bool {
    var i = 0
    var j = 0
    while i < members.count && j < other.members.count {
      let x = members[i]
      let y = other.members[j]
      if x == y { return false }
      if x < y { i += 1 } else { j += 1 }
    }
    return true
  }

  func makeIterator() -> LazyMapSequence<[Int32], Int>.Iterator {
    members.lazy.map { Int($0) }.makeIterator()
  }
}
