import Foundation

/// A piece of a text extracted on its own, on one core: whole lines, or part of a line too long
/// to be one piece, cut where a sentence ends.
///
/// Extraction looks a few words past a sentence (a tally's "score" eight words before it), so a
/// piece cut inside a line is extracted with some text either side, its ``context``, and keeps
/// only the figures that start in its ``lines``: the same figures, with the same sentences,
/// subjects and scopes, as one pass over the whole line.
struct TextPiece: Equatable, Sendable {
  /// The bytes this piece stands for: its figures start here and its words are counted here.
  let lines: Range<Int>
  /// The bytes extracted: ``lines`` and, where ``lines`` is cut inside a line, about
  /// ``contextBytes`` of that line either side.
  let context: Range<Int>

  /// How much of a line is extracted beyond a cut, either side: far more than extraction ever
  /// looks past a sentence end.
  static let contextBytes = 2048

  /// The pieces of `bytes`, in order, covering it exactly: runs of whole lines of about
  /// `targetBytes` (see ``LineRuns``), and a run longer than twice that cut at sentence ends
  /// into pieces of about `targetBytes`, so that one long line is extracted on several cores
  /// and a load can stop between its pieces.
  static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, targetBytes: Int) -> [TextPiece] {
    let target = max(1, targetBytes)
    var pieces: [TextPiece] = []
    for run in LineRuns.split(bytes, targetBytes: target) {
      guard run.count > 2 * target else {
        pieces.append(TextPiece(lines: run, context: run))
        continue
      }
      var start = run.lowerBound
      while start < run.upperBound {
        var end = run.upperBound
        if run.upperBound - start > 2 * target,
          let cut = sentenceStart(in: bytes, from: start + target, before: run.upperBound - target)
        {
          end = cut
        }
        pieces.append(
          TextPiece(lines: start..<end, context: context(of: start..<end, in: bytes, run: run)))
        start = end
      }
    }
    return pieces
  }

  /// The first place at or after `from` (and before `limit`) where a sentence surely starts:
  /// a capital letter after spaces after a full stop, question or exclamation mark that ends
  /// a lower-case word of two letters or more, not an abbreviation ("said. The", not
  /// "Gen. Smith", "U.S. Army" or "J. Smith").
  static func sentenceStart(
    in bytes: UnsafeBufferPointer<UInt8>, from: Int, before limit: Int
  ) -> Int? {
    var index = max(from, 1)
    while index < limit {
      defer { index += 1 }
      guard isUpper(bytes[index]), bytes[index - 1] == UInt8(ascii: " ") else { continue }
      var mark = index - 1
      while mark > 0 && bytes[mark] == UInt8(ascii: " ") { mark -= 1 }
      guard [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(bytes[mark])
      else { continue }
      var wordStart = mark
      while wordStart > 0 && isLower(bytes[wordStart - 1]) && mark - wordStart < 32 {
        wordStart -= 1
      }
      guard mark - wordStart >= 2, wordStart > 0, bytes[wordStart - 1] == UInt8(ascii: " ")
      else { continue }
      let word = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<mark]), as: UTF8.self)
      if bytes[mark] == UInt8(ascii: "."), ContextAnalyzer.abbreviations.contains(word) {
        continue
      }
      return index
    }
    return nil
  }

  /// `lines` with up to ``contextBytes`` more of the line either side where it is cut inside
  /// `run`: to the line's start or end when that is near, else from just after a space to just
  /// after one, so no word is cut.
  private static func context(
    of lines: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, run: Range<Int>
  ) -> Range<Int> {
    var lower = lines.lowerBound
    if lower > run.lowerBound {
      let earliest = max(run.lowerBound, lower - contextBytes)
      lower = lines.lowerBound
      while lower > earliest && bytes[lower - 1] != 0x0A { lower -= 1 }
      if lower > run.lowerBound && bytes[lower - 1] != 0x0A {
        // Mid-line: a cut is just after a space, so there is one by the cut at the latest.
        while bytes[lower] != UInt8(ascii: " ") { lower += 1 }
        lower += 1
      }
    }
    var upper = lines.upperBound
    if upper < run.upperBound {
      let latest = min(run.upperBound, upper + contextBytes)
      while upper < latest && bytes[upper] != 0x0A { upper += 1 }
      if upper < run.upperBound && bytes[upper] != 0x0A {
        while upper > lines.upperBound && bytes[upper - 1] != UInt8(ascii: " ") { upper -= 1 }
      }
    }
    return lower..<upper
  }

  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  /// The figures that start in ``lines``, with offsets counted from its start, found by
  /// extracting ``context``.
  func figures(of bytes: UnsafeBufferPointer<UInt8>, source: SourceID) -> LineRunFigures {
    var found = FigureExtractor.figures(inLines: context, of: bytes, source: source)
    guard context != lines else { return found }
    let before = ScalarOffsets.count(bytes, context.lowerBound, lines.lowerBound)
    let count = ScalarOffsets.count(bytes, lines.lowerBound, lines.upperBound)
    found.keepFigures(startingIn: before..<before + count)
    found.scalarCount = count
    return found
  }
}
