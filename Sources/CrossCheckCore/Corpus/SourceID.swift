/// A short, stable name for a loaded source, derived from its file name (`bl0122.txt` → `bl0122`).
///
/// Ids are what the analyst types, so they are lower-case ASCII letters, digits and `-`, at most
/// ``maximumLength`` characters. The same file name always gives the same id; only a clash with
/// another loaded source adds a `-2`, `-3`… suffix.
public struct SourceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public static let maximumLength = 16

  public let rawValue: String

  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// The id a file with this name gets when no loaded source already has it.
  public static func derived(fromFileName fileName: String) -> SourceID {
    var stem = Substring(fileName)
    if let dot = PathParts.lastDot(in: stem), dot != stem.startIndex {
      stem = stem[..<dot]
    }
    // Bytes, not scalars: only ASCII letters and digits are kept, and every byte of any other
    // scalar is a separator alike. A slug is ASCII, so its bytes are its characters.
    // Made on the stack: most ids are short enough to be strings that need no allocation.
    let slug = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { slug in
      var count = 0
      var pendingDash = false
      for byte in stem.utf8 {
        let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
        let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        if isUpper || isLower || isDigit {
          if count >= maximumLength - 1 && pendingDash { break }
          if pendingDash && count > 0 {
            slug[count] = UInt8(ascii: "-")
            count += 1
          }
          pendingDash = false
          slug[count] = isUpper ? byte + 32 : byte
          count += 1
          if count >= maximumLength { break }
        } else {
          pendingDash = true
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: slug[..<count]), as: UTF8.self)
    }
    return SourceID(slug.isEmpty ? "source" : slug)
  }

  /// This id with a numeric suffix, for the second and later sources that derive the same id.
  func suffixed(_ number: Int) -> SourceID {
    let suffix = "-\(number)"
    return SourceID(String(rawValue.prefix(Self.maximumLength - suffix.count)) + suffix)
  }

  public var description: String { rawValue }

  public static func < (lhs: SourceID, rhs: SourceID) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
