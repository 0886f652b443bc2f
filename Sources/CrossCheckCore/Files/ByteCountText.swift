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
}
