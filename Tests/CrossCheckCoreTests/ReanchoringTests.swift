import Foundation
import Testing

@testable import CrossCheckCore

/// A source made from `text` in memory; `sha256` stands for the file's fingerprint.
private func source(_ text: String, sha256: String, id: String = "art") -> Source {
  Source(
    id: SourceID(id), path: "\(id).txt", canonicalPath: "/corpus/\(id).txt",
    metadata: SourceMetadata(), text: text, sha256: sha256, byteCount: text.utf8.count)
}

/// The code point offset of the `occurrence`-th (1-based) `needle` in `text`.
private func offset(of needle: String, in text: String, occurrence: Int = 1) throws -> Int {
  let scalars = Array(text.unicodeScalars)
  let target = Array(needle.unicodeScalars)
  var seen = 0
  for index in 0...(scalars.count - target.count)
  where Array(scalars[index..<(index + target.count)]) == target {
    seen += 1
    if seen == occurrence { return index }
  }
  return try #require(nil as Int?, "\(needle) occurs fewer than \(occurrence) times")
}

/// The figure of `source` that starts at `start` with this text.
private func figure(_ text: String, at start: Int, in source: Source) throws -> Figure {
  try #require(source.figures.first { $0.start == start && $0.text == text })
}

private let frozen = """
  Russia's central bank reserves were frozen after the invasion.

  It is also a small slice of the country's total frozen assets that are estimated at $300 billion worldwide, most of which is held in Europe.

  The talks lasted almost four hours, officials said.
  """

@Suite("Re-anchoring recorded figures in changed sources")
struct ReanchoringTests {
  @Test func theSameTextIsExact() throws {
    let original = source(frozen, sha256: "aaa")
    let start = try offset(of: "$300 billion", in: frozen)
    let recorded = try figure("$300 billion", at: start, in: original)
    let reference = FigureReference(figure: recorded, in: original)
    #expect(
      reference.quote
        == TextQuoteSelector(
          exact: "$300 billion", prefix: "en assets that are estimated at ",
          suffix: " worldwide, most of which is hel"))
    #expect(reference.position == TextPositionSelector(start: start, end: start + 12))
    #expect(Reanchoring.locate(reference, in: original) == .exact(recorded.id))
    #expect(Reanchoring.locate(reference, in: original).figure == recorded.id)
  }

  @Test func aChangeElsewhereLeavesTheFigureExact() throws {
    let original = source(frozen, sha256: "aaa")
    let start = try offset(of: "$300 billion", in: frozen)
    let reference = FigureReference(
      figure: try figure("$300 billion", at: start, in: original), in: original)
    let changed = source(
      frozen.replacingOccurrences(of: "officials said", with: "two officials told reporters"),
      sha256: "bbb")
    let result = Reanchoring.locate(reference, in: changed)
    #expect(result == .exact(reference.figure))
    #expect(changed.figure(reference.figure)?.start == start)
  }

  @Test func textInsertedBeforeTheFigureRelocatesIt() throws {
    let original = source(frozen, sha256: "aaa")
    let start = try offset(of: "$300 billion", in: frozen)
    let recorded = try figure("$300 billion", at: start, in: original)
    let reference = FigureReference(figure: recorded, in: original)
    let inserted = "Officials held 3 meetings before the summit. "
    let text = frozen.replacingOccurrences(
      of: "Russia's central", with: inserted + "Russia's central")
    let changed = source(text, sha256: "bbb")
    let newStart = start + inserted.unicodeScalars.count
    let moved = try figure("$300 billion", at: newStart, in: changed)
    // The inserted figure comes first, so the moved one has the next number.
    #expect(moved.id == FigureID(source: SourceID("art"), number: recorded.id.number + 1))
    #expect(moved.value == recorded.value)
    let result = Reanchoring.locate(reference, in: changed)
    #expect(result == .relocated(moved.id, from: start, to: newStart))
    #expect(result.figure == moved.id)
  }

  @Test func aFigureWhoseSentenceIsDeletedIsOrphaned() throws {
    let original = source(frozen, sha256: "aaa")
    let reference = FigureReference(
      figure: try figure("$300 billion", at: offset(of: "$300 billion", in: frozen), in: original),
      in: original)
    let text = frozen.replacingOccurrences(
      of:
        "It is also a small slice of the country's total frozen assets that are estimated at $300 billion worldwide, most of which is held in Europe.\n\n",
      with: "")
    #expect(text != frozen)
    let result = Reanchoring.locate(reference, in: source(text, sha256: "bbb"))
    #expect(result == .orphaned)
    #expect(result.figure == nil)
  }

  @Test func theSameNumberInOtherWordsIsNotTakenForIt() throws {
    let original = source(frozen, sha256: "aaa")
    let reference = FigureReference(
      figure: try figure("$300 billion", at: offset(of: "$300 billion", in: frozen), in: original),
      in: original)
    // The quote is still there, near its old place, but in a different sentence.
    let text = frozen.replacingOccurrences(
      of:
        "It is also a small slice of the country's total frozen assets that are estimated at $300 billion worldwide, most of which is held in Europe.",
      with: "Separately, a $300 billion fund for reconstruction was proposed.")
    let changed = source(text, sha256: "bbb")
    #expect(changed.figures.contains { $0.text == "$300 billion" })
    #expect(Reanchoring.locate(reference, in: changed) == .orphaned)
  }

  @Test func theQuoteInsideALongerFigureIsOrphaned() throws {
    let original = source(frozen, sha256: "aaa")
    let reference = FigureReference(
      figure: try figure("$300 billion", at: offset(of: "$300 billion", in: frozen), in: original),
      in: original)
    // "$300 billion" is still there with its context after it, but the figure there is now
    // "nearly $300 billion": not the same figure.
    let text = frozen.replacingOccurrences(
      of: "estimated at $300 billion", with: "estimated at nearly $300 billion")
    let changed = source(text, sha256: "bbb")
    let hedged = try #require(changed.figures.first { $0.text.hasSuffix("$300 billion") })
    #expect(hedged.text == "nearly $300 billion")
    #expect(Reanchoring.locate(reference, in: changed) == .orphaned)
  }

  @Test func aRepeatedQuoteResolvesToTheOccurrenceWhoseContextMatches() throws {
    let alpha =
      "In a statement on Monday, the Alpha fund received $5 billion in aid from donors last spring, officials said."
    let beta =
      "In a statement on Friday, the Betas fund received $5 billion in loans from banks this autumn, officials said."
    let before = alpha + "\n\n" + beta + "\n"
    let original = source(before, sha256: "aaa")
    let start = try offset(of: "$5 billion", in: before, occurrence: 2)
    let recorded = try figure("$5 billion", at: start, in: original)
    let reference = FigureReference(figure: recorded, in: original)
    #expect(reference.quote.prefix.hasSuffix("Betas fund received "))

    // The paragraphs swap: the other $5 billion now sits almost where this one was.
    let after = beta + "\n\n" + alpha + "\n"
    let changed = source(after, sha256: "bbb")
    let betaStart = try offset(of: "$5 billion", in: after, occurrence: 1)
    let alphaStart = try offset(of: "$5 billion", in: after, occurrence: 2)
    #expect(abs(alphaStart - start) < abs(betaStart - start))
    let target = try figure("$5 billion", at: betaStart, in: changed)
    #expect(
      Reanchoring.locate(reference, in: changed)
        == .relocated(target.id, from: start, to: betaStart))
  }

  @Test func aQuoteRepeatedWithTheSameContextKeepsItsOwnPlace() throws {
    let sentence =
      "As the ministry said on Monday, the fund received $5 billion in aid from the donors at the summit."
    let before = sentence + "\n\nMeanwhile, the talks went on.\n\n" + sentence + "\n"
    let original = source(before, sha256: "aaa")
    let first = try offset(of: "$5 billion", in: before, occurrence: 1)
    let second = try offset(of: "$5 billion", in: before, occurrence: 2)
    let inserted = "Update: "
    let after = inserted + before
    let changed = source(after, sha256: "bbb")
    for (old, occurrence) in [(first, 1), (second, 2)] {
      let reference = FigureReference(
        figure: try figure("$5 billion", at: old, in: original), in: original)
      let new = try offset(of: "$5 billion", in: after, occurrence: occurrence)
      #expect(new == old + inserted.unicodeScalars.count)
      let target = try figure("$5 billion", at: new, in: changed)
      #expect(
        Reanchoring.locate(reference, in: changed) == .relocated(target.id, from: old, to: new))
    }
  }

  @Test func aStaleOffsetInAnUnchangedSourceIsFoundByItsQuote() throws {
    let original = source(frozen, sha256: "aaa")
    let start = try offset(of: "$300 billion", in: frozen)
    var reference = FigureReference(
      figure: try figure("$300 billion", at: start, in: original), in: original)
    reference.position = TextPositionSelector(start: start - 5, end: start + 7)
    let result = Reanchoring.locate(reference, in: original)
    let target = try figure("$300 billion", at: start, in: original)
    #expect(result == .relocated(target.id, from: start - 5, to: start))
  }

  @Test func anEmptyOrTooLongQuoteIsOrphaned() throws {
    let original = source(frozen, sha256: "aaa")
    let start = try offset(of: "$300 billion", in: frozen)
    var reference = FigureReference(
      figure: try figure("$300 billion", at: start, in: original), in: original)
    let short = source("$300 billion", sha256: "ccc")
    reference.quote.exact = ""
    #expect(Reanchoring.locate(reference, in: short) == .orphaned)
    reference.quote.exact = "$300 billion worldwide and more"
    #expect(Reanchoring.locate(reference, in: short) == .orphaned)
  }

  @Test func aQuoteWithoutContextIsFoundInAShortSource() throws {
    let text = "$300 billion"
    let original = source(text, sha256: "aaa")
    let recorded = try figure("$300 billion", at: 0, in: original)
    let reference = FigureReference(figure: recorded, in: original)
    #expect(reference.quote.prefix.isEmpty && reference.quote.suffix.isEmpty)
    let changed = source("Total: $300 billion", sha256: "bbb")
    let target = try figure("$300 billion", at: 7, in: changed)
    #expect(Reanchoring.locate(reference, in: changed) == .relocated(target.id, from: 0, to: 7))
  }
}
