/// A figure's id: its source's id and its position among that source's figures (`bl0122:7`).
///
/// Extraction is deterministic, so the same text always gives the same ids.
public struct FigureID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  LosslessStringConvertible
{
  public let source: SourceID
  /// 1-based, in order of where the figures start in the text.
  public let number: Int

  public init(source: SourceID, number: Int) {
    self.source = source
    self.number = number
  }

  /// Parses `bl0122:7`.
  public init?(_ description: String) {
    // In ASCII every character is one byte, so the colon is found in the bytes (a session file
    // holds thousands of ids); otherwise among the characters, where ":" with a combining mark
    // is not a colon.
    let isASCII = description.utf8.allSatisfy { $0 < 0x80 }
    guard
      let colon = isASCII
        ? description.utf8.lastIndex(of: UInt8(ascii: ":")) : description.lastIndex(of: ":"),
      let number = Int(description[description.index(after: colon)...]), number > 0
    else { return nil }
    self.init(source: SourceID(String(description[..<colon])), number: number)
  }

  public var description: String { "\(source):\(number)" }

  public static func < (lhs: FigureID, rhs: FigureID) -> Bool {
    (lhs.source, lhs.number) < (rhs.source, rhs.number)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = FigureID(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a figure id"))
    }
    self = id
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
