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
    /// "20%", "percent of 10" (in percent), or a bare "percent", "percentage" or "%" (no value).
    case percentage
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
    public var isOrdinal: Bool { kind == .ordinal || kind == .relativeOrdinal }
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
      // A unit glued on ("29km", "180ml") makes a dimension, not a bare number.
      for mention in recognizer.findMentions() where mention.vagueLow == nil && mention.unit == nil
      {
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

  /// Percentages: every percent figure ("20%", "twenty percent", "percent of 10") and, with no
  /// value, the bare word "percent", "percentage" or sign "%" that names a proportion without a
  /// number ("a small percent", "the % of increase"). The bare ones are never figures, since
  /// nothing in them can be checked; this view exists for tools and specs that want them.
  public static func percentages(in text: String) -> [Number] {
    lines(of: text) { recognizer, offsets in
      let drafts = recognizer.recognize()
      var found: [(start: Int, number: Number)] = []
      for draft in drafts where draft.kind == .percent {
        found.append(
          (
            draft.start,
            Number(
              text: recognizer.text(draft.start, draft.end), start: offsets.scalar(at: draft.start),
              end: offsets.scalar(at: draft.end), value: draft.value, kind: .percentage)
          ))
      }
      let tokens = recognizer.tokens
      for index in tokens.indices {
        let token = tokens[index]
        let isSign = token.kind == .symbol && token.scalar == 0x25
        guard let first = isSign ? index : recognizer.percentWord(endingAt: index),
          !drafts.contains(where: { $0.firstToken <= index && first <= $0.lastToken }),
          !recognizer.isInsideURL(token.start)
        else { continue }
        let start = tokens[first].start
        found.append(
          (
            start,
            Number(
              text: recognizer.text(start, token.end), start: offsets.scalar(at: start),
              end: offsets.scalar(at: token.end), value: nil, kind: .percentage)
          ))
      }
      return found.sorted { $0.start < $1.start }.map(\.number)
    }
  }

  /// A numeric interval as written: a range, a bound, or an equality.
  public struct Interval: Equatable, Sendable {
    public var text: String
    /// Code point offsets, end exclusive.
    public var start: Int
    public var end: Int
    public var low: Decimal?
    public var lowInclusive: Bool?
    public var high: Decimal?
    public var highInclusive: Bool?
  }

  /// Numeric intervals: ranges ("20 to 30", "between 20 and 30"), bounds ("more than 30", "up to
  /// 700", "500 or more") and, unlike figures, bare comparisons ("equal to 20" as [20, 20],
  /// "x>10", "more than 5000 or equal to"), which in news are rarely checkable claims. Spans
  /// cover the comparison and the numbers only: no approximating hedge ("about") and no unit
  /// ("years"), which figures include.
  public static func ranges(in text: String) -> [Interval] {
    lines(of: text, readsComparisons: true) { recognizer, offsets in
      recognizer.recognize().compactMap { draft in
        guard draft.low != nil || draft.high != nil else { return nil }
        let start = draft.boundStart ?? draft.start
        let end = draft.boundEnd ?? draft.end
        return Interval(
          text: recognizer.text(start, end), start: offsets.scalar(at: start),
          end: offsets.scalar(at: end), low: draft.low, lowInclusive: draft.lowInclusive,
          high: draft.high, highInclusive: draft.highInclusive)
      }
    }
  }

  /// Runs `body` on each line of `text` with its recognizer and offset converter, and joins the
  /// results.
  static func lines<Result>(
    of text: String, readsComparisons: Bool = false,
    _ body: (FigureRecognizer, ScalarOffsets) -> [Result]
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
        let recognizer = FigureRecognizer(
          bytes: bytes, tokens: tokenizer.tokens, lexicon: .shared,
          readsComparisons: readsComparisons, shapes: tokenizer.shapes)
        let offsets = ScalarOffsets(
          bytes: bytes, lineStart: lineStart, lineEnd: lineEnd, scalarsBefore: scalarsBefore)
        result += body(recognizer, offsets)
        scalarsBefore += ScalarOffsets.count(bytes, lineStart, min(lineEnd + 1, bytes.count))
        lineStart = lineEnd + 1
      }
      return result
    } ?? []
  }
}
