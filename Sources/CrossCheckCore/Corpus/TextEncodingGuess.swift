import Foundation

/// Recognises UTF-16 and UTF-32 text, by its byte order mark or, without one, by the NUL bytes
/// that Latin text has in every other (or three of every four) bytes: such a file is text in
/// another encoding, not a binary file, and `iconv` converts it.
public enum TextEncodingGuess {
  /// The encoding's name as `iconv -f` takes it ("UTF-16", "UTF-16LE", "UTF-32BE"…), or nil.
  public static func wideEncoding<Bytes: Collection<UInt8>>(of bytes: Bytes) -> String? {
    // Every wide encoding begins with a byte order mark FF FE or FE FF, or has a NUL byte
    // among its first bytes: text without either is found narrow without copying them (a
    // load asks this of every file).
    if bytes.withContiguousStorageIfAvailable(isSurelyNarrow) == true { return nil }
    let head = Array(bytes.prefix(512))
    // With a byte order mark iconv reads the order itself; UTF-32's mark begins like UTF-16's.
    if head.starts(with: [0xFF, 0xFE, 0, 0]) || head.starts(with: [0, 0, 0xFE, 0xFF]) {
      return "UTF-32"
    }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
    let count = head.count - head.count % 4
    guard count >= 4 else { return nil }
    var zeros = [0, 0, 0, 0]
    for index in 0..<count where head[index] == 0 { zeros[index % 4] += 1 }
    let quarter = count / 4
    func mostly(_ position: Int) -> Bool { zeros[position] * 10 >= quarter * 9 }
    func rarely(_ position: Int) -> Bool { zeros[position] * 10 <= quarter }
    if rarely(0), mostly(1), mostly(2), mostly(3) { return "UTF-32LE" }
    if mostly(0), mostly(1), mostly(2), rarely(3) { return "UTF-32BE" }
    if rarely(0), mostly(1), rarely(2), mostly(3) { return "UTF-16LE" }
    if mostly(0), rarely(1), mostly(2), rarely(3) { return "UTF-16BE" }
    return nil
  }

  /// Whether the first 512 bytes neither begin with FF FE or FE FF nor hold a NUL byte: then
  /// they match none of the patterns above (each needs a mark or NUL bytes).
  private static func isSurelyNarrow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFF, 0xFE) { return false }
    if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFE, 0xFF) { return false }
    return memchr(base, 0, min(bytes.count, 512)) == nil
  }
}
