import Foundation

/// The number layer of the engine on its own: every number in a text with its exact value and
/// span, before any of them is read as a figure. Figures are built on the same parser; this API
/// exists so that layer can be tested against number specs (and used by tools that only want
/// numbers). It also reports what figures leave out on purpose: relative ordinals ("last",
/// "next", "the second to last"), which have no value.
public enum NumberRecognizer {
  public enum Kind: Equatable, Sendable {
    /// "1,234", "two thirds", "10k".
    case cardinal
    /// "7th", "seventh".
    case ordinal
    /// "last", "next", "previous", "current", "penultimate", "the one before the last": a
    /// position relative to an end or to now, with no value.
    case relativeOrdinal
  }

  /// A number as written.
  public struct Number: Equatable, Sendable {
    public var text: String
    /// Code point offsets, end exclusive.
    public var start: Int
    public var end: Int
    /// Nil for relative ordinals.
    public var value: Decimal?
    public var kind: Kind

    /// Ordinals, relative or not.
    public var isOrdinal: Bool { kind != .cardinal }
  }

  public static func numbers(in text: String) -> [Number] {
    lines(of: text) { recognizer, offsets in
      let relative = RelativeOrdinals(bytes: recognizer.bytes, tokens: recognizer.tokens).find()
      var found: [(start: Int, number: Number)] = []
      for span in relative {
        let start = recognizer.tokens[span.lowerBound].start
        let end = recognizer.tokens[span.upperBound].end
        found.append(
          (
            start,
            Number(
              text: recognizer.text(start, end), start: offsets.scalar(at: start),
              end: offsets.scalar(at: end), value: nil, kind: .relativeOrdinal)
          ))
      }
      for mention in recognizer.findMentions() where mention.vagueLow == nil {
        // "the second to last" is one relative ordinal, not "second".
        if relative.contains(where: { $0.overlaps(mention.firstToken...mention.lastToken) }) {
          continue
        }
        found.append(
          (
            mention.start,
            Number(
              text: recognizer.text(mention.start, mention.end),
              start: offsets.scalar(at: mention.start), end: offsets.scalar(at: mention.end),
              value: mention.value, kind: mention.isOrdinal ? .ordinal : .cardinal)
          ))
      }
      return found.sorted { $0.start < $1.start }.map(\.number)
    }
  }

  /// Runs `body` on each line of `text` with its recognizer and offset converter, and joins the
  /// results.
  static func lines<Result>(
    of text: String, _ body: (FigureRecognizer, ScalarOffsets) -> [Result]
  ) -> [Result] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var tokenizer = Tokenizer()
      var result: [Result] = []
      var lineStart = 0
      var scalarsBefore = 0
      while lineStart <= bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        tokenizer.tokenize(bytes, lineStart..<lineEnd, lexicon: .shared)
        let recognizer = FigureRecognizer(bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared)
        let offsets = ScalarOffsets(
          bytes: bytes, lineStart: lineStart, scalarsBefore: scalarsBefore)
        result += body(recognizer, offsets)
        scalarsBefore += ScalarOffsets.count(bytes, lineStart, min(lineEnd + 1, bytes.count))
        lineStart = lineEnd + 1
      }
      return result
    } ?? []
  }
}
