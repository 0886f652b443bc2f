import Foundation

/// The number layer of the engine on its own: every number in a text with its exact value and
/// span, before any of them is read as a figure. Figures are built on the same parser; this API
/// exists so that layer can be tested against number specs (and used by tools that only want
/// numbers).
public enum NumberRecognizer {
  /// A number as written: cardinal ("1,234", "two thirds", "10k") or ordinal ("7th", "seventh").
  public struct Number: Equatable, Sendable {
    public var text: String
    /// Code point offsets, end exclusive.
    public var start: Int
    public var end: Int
    public var value: Decimal
    public var isOrdinal: Bool
  }

  public static func numbers(in text: String) -> [Number] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var tokenizer = Tokenizer()
      var result: [Number] = []
      var lineStart = 0
      var scalarsBefore = 0
      while lineStart <= bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        tokenizer.tokenize(bytes, lineStart..<lineEnd, lexicon: .shared)
        let recognizer = FigureRecognizer(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
        let offsets = ScalarOffsets(
          bytes: bytes, lineStart: lineStart, scalarsBefore: scalarsBefore)
        for mention in recognizer.findMentions() where mention.vagueLow == nil {
          result.append(
            Number(
              text: recognizer.text(mention.start, mention.end),
              start: offsets.scalar(at: mention.start),
              end: offsets.scalar(at: mention.end), value: mention.value,
              isOrdinal: mention.isOrdinal))
        }
        scalarsBefore += ScalarOffsets.count(bytes, lineStart, min(lineEnd + 1, bytes.count))
        lineStart = lineEnd + 1
      }
      return result
    } ?? []
  }
}
