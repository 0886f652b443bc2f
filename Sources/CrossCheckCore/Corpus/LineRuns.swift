import Foundation

/// Splits a text into runs of whole lines of about a given size, so that one large file can be
/// extracted on several cores and a long load can stop between runs. A run ends just after a
/// line feed (or at the end of the text); a line longer than the size is one run.
enum LineRuns {
  /// The runs of `bytes`, in order, covering it exactly.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>, targetBytes: Int) -> [Range<Int>] {
    guard let base = bytes.baseAddress, bytes.count > targetBytes else {
      return [0..<bytes.count]
    }
    var runs: [Range<Int>] = []
    runs.reserveCapacity(bytes.count / targetBytes + 1)
    var start = 0
    while start < bytes.count {
      var end = bytes.count
      let earliest = start + max(1, targetBytes) - 1
      if earliest < bytes.count,
        let feed = memchr(base + earliest, 0x0A, bytes.count - earliest)
      {
        end = base.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
      }
      runs.append(start..<end)
      start = end
    }
    return runs
  }
}
