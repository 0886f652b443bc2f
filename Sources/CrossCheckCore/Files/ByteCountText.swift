import Foundation

/// A size in bytes as a reader says it: "812 bytes", "4.2 KiB", "256 MiB", "2.0 GiB".
public enum ByteCountText {
  public static func text(_ byteCount: Int) -> String {
    let units: [(size: Int, name: String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    guard let unit = units.first(where: { byteCount >= $0.size }) else {
      return byteCount == 1 ? "1 byte" : "\(byteCount) bytes"
    }
    let value = Double(byteCount) / Double(unit.size)
    // One decimal while it says something ("1.5 GiB"), none for whole or large numbers.
    let digits = value >= 10 || value == value.rounded() ? 0 : 1
    return String(format: "%.\(digits)f", value) + " " + unit.name
  }

  /// A size and the limit it broke, worded so they never read the same: rounded they can
  /// ("64 MiB, larger than the 64 MiB"), and then the size is given in bytes and the limit
  /// in both ("67,108,865 bytes" and "64 MiB (67,108,864 bytes)"). "1.0 MiB" reads as "1 MiB".
  public static func texts(_ byteCount: Int, limit: Int) -> (size: String, limit: String) {
    let size = text(byteCount)
    let bound = text(limit)
    let wholeSize = size.replacingOccurrences(of: ".0 ", with: " ")
    guard wholeSize == bound.replacingOccurrences(of: ".0 ", with: " "), byteCount != limit else {
      return (size, bound)
    }
    return (exact(byteCount), bound + " (" + exact(limit) + ")")
  }

  /// Every byte, in groups of three digits: "67,108,865 bytes".
  static func exact(_ byteCount: Int) -> String {
    var digits = Array(String(byteCount))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits) + (byteCount == 1 ? " byte" : " bytes")
  }
}
