import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Quotations shared by several sources")
struct QuoteMatcherTests {
  static func corpusSources() -> [Source] {
    var corpus = Corpus()
    _ = corpus.load(NameVariantsTests.corpusPath)
    return corpus.sources
  }

  static func match(containing text: String, in matches: [QuoteMatch]) throws -> QuoteMatch {
    try #require(matches.first { $0.reference.quotation.text.contains(text) })
  }

  static func differences(_ version: QuoteMatch.Version) -> [String] {
    version.differences.map {
      "\($0.reference?.text ?? "∅") → \($0.version?.text ?? "∅") (\($0.kind.rawValue))"
    }
  }

  @Test func findsQuotationsBetweenCurlyAndStraightMarks() throws {
    let folder = try TemporaryDirectory()
    var corpus = Corpus()
    let report = corpus.load(
      try folder.write(
        "a.txt",
        """
        He said “a so-called ‘reparations loan’ is theft” and "straight quotes work too."
        Nested: “the “special operation” goes on,” she said. ארה"ב is not a quote mark.
        “This one never closes
        and is dropped.”
        """))
    let source = try #require(report.loaded.first)
    let quotations = QuoteMatcher.quotations(in: source)
    #expect(
      quotations.map(\.text) == [
        "a so-called ‘reparations loan’ is theft", "straight quotes work too.",
        "the “special operation” goes on,",
      ])
    let first = quotations[0]
    #expect(source.text(from: first.start, to: first.end) == first.text)
    #expect(
      first.words.map(\.normalized) == ["a", "socalled", "reparations", "loan", "is", "theft"])
  }

  @Test func matchesTrumpsTwoToTangoRemarkAndReportsTheDifferingWords() throws {
    let matches = QuoteMatcher.matches(in: Self.corpusSources())
    let tango = try Self.match(containing: "two to tango", in: matches)
    #expect(tango.sources == [SourceID("gra1204"), SourceID("il1203")])
    #expect(tango.hasDifferences)
    let ynet = try #require(tango.version(in: SourceID("il1203")))
    let guardian = try #require(tango.version(in: SourceID("gra1204")))
    let changed = ynet.quotation.source == tango.reference.source ? guardian : ynet
    let differences = Self.differences(changed)
    // Whichever wording is the reference, the same two words differ.
    #expect(differences.count == 2)
    #expect(
      differences.contains {
        $0.contains("what") && $0.contains("What") && $0.hasSuffix("(capitalization)")
      })
    #expect(
      differences.contains {
        $0.contains("tango.") && $0.contains("tango,") && $0.hasSuffix("(punctuation)")
      })
    #expect(!changed.alignment.isFragment)
    #expect(tango.reference.quotation.words.count == 17)
  }

  @Test func matchesSybihasRemarkWithItsPunctuationDifference() throws {
    let matches = QuoteMatcher.matches(in: Self.corpusSources())
    let sybiha = try Self.match(containing: "stop wasting the world’s time", in: matches)
    #expect(sybiha.sources == [SourceID("gra1204"), SourceID("il1203")])
    #expect(sybiha.reference.source == SourceID("gra1204"))
    let ynet = try #require(sybiha.version(in: SourceID("il1203")))
    #expect(Self.differences(ynet) == ["time. → time, (punctuation)"])
  }

  @Test func matchesTheIdenticalEuropeQuoteInBothBloombergStories() throws {
    let sources = Self.corpusSources()
    let matches = QuoteMatcher.matches(in: sources)
    let europe = try Self.match(containing: "Europe loves to discuss the future", in: matches)
    #expect(europe.sources == [SourceID("bl0122"), SourceID("bl0123")])
    #expect(!europe.hasDifferences)
    #expect(europe.versions.allSatisfy { $0.differences.isEmpty && !$0.alignment.isFragment })
    for version in europe.versions {
      let source = try #require(sources.first { $0.id == version.source })
      #expect(
        source.text(from: version.quotation.start, to: version.quotation.end)
          == "Europe loves to discuss the future but avoids taking action today,")
    }
  }

  @Test func findsExactlyTheSharedQuotationsOfTheCorpus() {
    let matches = QuoteMatcher.matches(in: Self.corpusSources())
    #expect(
      matches.map { $0.reference.quotation.text } == [
        "Europe loves to discuss the future but avoids taking action today,",
        "Where is the line of leaders who are ready to act?",
        "constructive, very useful and informative.",
        "what comes out of that meeting I can’t tell you because it does take two to tango.",
        "stop wasting the world’s time.",
      ])
    // A two-word quotation counts only because it occurs word for word in a longer one.
    let useful = matches[2]
    let part = useful.version(in: SourceID("gra1204"))
    #expect(part?.quotation.text == "very useful")
    #expect(part?.alignment.isFragment == true)
    #expect(part?.differences.isEmpty == true)
    #expect(part?.alignment.before.map(\.text) == ["constructive,"])
    #expect(part?.alignment.after.map(\.text) == ["and", "informative."])
  }

  @Test func reportsChangedAddedAndRemovedWords() {
    let reference = Quotation(
      source: SourceID("a"), start: 0, end: 0, text: "We will not give up our land, ever")
    let version = Quotation(
      source: SourceID("b"), start: 0, end: 0, text: "we shall not give up this land ever now")
    let alignment = WordAlignment(reference: reference.words, version: version.words)
    #expect(
      alignment.differences.map { "\($0.reference?.text ?? "∅")→\($0.version?.text ?? "∅")" } == [
        "We→we", "will→shall", "our→this", "land,→land", "∅→now",
      ])
    #expect(
      alignment.differences.map(\.kind) == [
        .capitalization, .changed, .changed, .punctuation, .added,
      ])
    #expect(!alignment.isFragment)
    // A word missing inside the quotation is left out; words missing at its ends mean the
    // other wording quotes only part of it.
    let shorter = WordAlignment(reference: version.words, version: reference.words)
    #expect(shorter.differences.map(\.kind).last == .punctuation)
    #expect(shorter.after.map(\.text) == ["now"])
    let missing = Quotation(source: SourceID("c"), start: 0, end: 0, text: "we shall give up")
    let gap = WordAlignment(reference: version.words, version: missing.words)
    #expect(gap.differences.map(\.kind) == [.removed])
    #expect(gap.differences.first?.reference?.text == "not")
    #expect(gap.after.map(\.text) == ["this", "land", "ever", "now"])
  }

  @Test func shortQuotationsNeedAnExactLongerMatch() {
    #expect(
      !QuoteMatcher.isSameQuotation(
        ["reasonably", "good"], ["reasonably", "good"], minimumWords: 4))
    #expect(
      QuoteMatcher.isSameQuotation(
        ["very", "useful"], ["so", "very", "useful", "indeed"], minimumWords: 4))
    #expect(
      !QuoteMatcher.isSameQuotation(
        ["very", "useful"], ["very", "much", "useful", "indeed"], minimumWords: 4))
    #expect(
      QuoteMatcher.isSameQuotation(
        ["reasonably", "good"], ["reasonably", "good"], minimumWords: 2))
    // Scattered shared words are not the same quotation.
    #expect(
      !QuoteMatcher.isSameQuotation(
        ["war", "in", "ukraine", "ends"],
        ["the", "war", "that", "we", "see", "in", "europe", "and", "ukraine", "never", "ends"],
        minimumWords: 4))
  }
}
