import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// Loading stays linear (dictionaries for ids and duplicates, a table for offsets on long lines)
/// and gives the same answers as before: unique, deterministic ids, refused duplicates, exact
/// offsets and word counts.
@Suite("Loading at scale")
struct LinearLoadingTests {
  /// The ids a search from `-2` for the first free suffix gives, as the analyst has always seen.
  private func expectedIDs(count: Int, base: SourceID) -> [SourceID] {
    var taken: Set<SourceID> = []
    return (0..<count).map { _ in
      var candidate = base
      var number = 2
      while taken.contains(candidate) {
        candidate = base.suffixed(number)
        number += 1
      }
      taken.insert(candidate)
      return candidate
    }
  }

  /// `figures --format jsonl` streams: each source is handed over with its figures, in path
  /// order, with the ids and refusals of a load, and the corpus keeps no text or figures.
  @Test func aStreamedLoadHandsOverWhatALoadKeeps() throws {
    let folder = try TemporaryDirectory()
    let count = Corpus.batchSize + 7
    for index in 0..<count {
      try folder.write(
        String(format: "article%03d.txt", index),
        "Exports rose \(index + 2)% to $\(index) billion.\n")
    }
    try folder.write("copy.txt", "Exports rose 2% to $0 billion.\n")
    var loaded = Corpus()
    let expected = loaded.load(folder.path)
    var streamed = Corpus()
    var handed: [Source] = []
    var handedFigures: [[Figure]] = []
    let report = streamed.stream(folder.path) { source, figures in
      handed.append(source)
      handedFigures.append(figures.all)
    }
    #expect(handed.map(\.id) == expected.loaded.map(\.id))
    #expect(handedFigures == loaded.sources.map(\.figures))
    #expect(handed.map(\.text) == loaded.sources.map(\.text))
    #expect(report.problems.map(\.description) == expected.problems.map(\.description))
    #expect(report.problems.count == 1)
    #expect(streamed.sources.map(\.id) == loaded.sources.map(\.id))
    #expect(streamed.sources.allSatisfy { $0.figures.isEmpty && $0.text.isEmpty })
    #expect(handedFigures.reduce(0) { $0 + $1.count } >= 2 * count)
  }

  @Test func namesSharingALongPrefixGetUniqueDeterministicIDs() throws {
    let folder = try TemporaryDirectory()
    for index in 0..<150 {
      try folder.write(String(format: "sharedprefixname%06d.txt", index), "Article \(index).\n")
    }
    var first = Corpus()
    let report = first.load(folder.path)
    #expect(report.problems.isEmpty)
    let ids = first.sources.map(\.id)
    #expect(Set(ids).count == 150)
    #expect(ids == expectedIDs(count: 150, base: SourceID("sharedprefixname")))
    #expect(ids.contains(SourceID("sharedprefix-100")))
    var second = Corpus()
    _ = second.load(folder.path)
    #expect(second.sources.map(\.id) == ids)
    #expect(first.sources.map(\.path) == first.sources.map(\.path).sorted())
  }

  @Test func anUnloadedIDIsTheFirstOneGivenAgain() throws {
    let folder = try TemporaryDirectory()
    for index in 0..<4 {
      try folder.write("one/sharedprefixname\(index).txt", "Article \(index).\n")
    }
    let late = try folder.write("two/sharedprefixname9.txt", "A late article.\n")
    var corpus = Corpus()
    _ = corpus.load(folder.path + "/one")
    try corpus.unload("sharedprefixna-2")
    let report = corpus.load(late)
    #expect(report.loaded.map(\.id) == [SourceID("sharedprefixna-2")])
    #expect(corpus.source(SourceID("sharedprefixna-2"))?.path == late)
    #expect(corpus.source(SourceID("sharedprefixna-4"))?.text == "Article 3.\n")
  }

  @Test func duplicatesAreRefusedByPathAndByText() throws {
    let folder = try TemporaryDirectory()
    let original = try folder.write("a.txt", "Exports rose 5% to $3 billion.\n")
    try folder.write("b.txt", "Exports rose 5% to $3 billion.\n")
    try folder.write("c.txt", "Imports fell 2%.\n")
    var corpus = Corpus()
    // The same text twice in one load: the second is refused, in path order.
    let report = corpus.load(folder.path)
    #expect(report.loaded.map(\.id) == [SourceID("a"), SourceID("c")])
    #expect(report.problems == [.sameTextAs(path: folder.path + "/b.txt", id: SourceID("a"))])
    let again = corpus.load(original)
    #expect(again.problems == [.alreadyLoaded(path: original, id: SourceID("a"))])
    // Unloaded, the text may come back.
    try corpus.unload("a")
    #expect(corpus.load(folder.path + "/b.txt").loaded.map(\.id) == [SourceID("b")])
    #expect(corpus.sources.map(\.id) == [SourceID("c"), SourceID("b")])
  }

  @Test func offsetsOnOneLongLineAreExact() throws {
    // Longer than several offset blocks, with multi-byte characters before and among figures.
    var line = "Résumé — "
    for index in 0..<600 {
      line += "Item \(index) cost €\(index + 3) million — or “\(index % 9 + 1) percent” more. "
    }
    let source = Source(
      id: SourceID("line"), path: "line.txt", canonicalPath: "/line.txt",
      metadata: SourceMetadata(), text: line, sha256: "x", byteCount: line.utf8.count)
    #expect(source.figures.count > 1_000)
    for figure in source.figures {
      #expect(source.text(from: figure.start, to: figure.end) == figure.text)
      #expect(figure.sentenceStart <= figure.start && figure.end <= figure.sentenceEnd)
    }
    let last = try #require(source.figures.last { $0.text.hasPrefix("€") })
    #expect(last.text == "€602 million")
  }

  /// The word count before the byte fast path: Unicode properties for every code point.
  private func referenceWordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    var hasAlphanumeric = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if inWord && hasAlphanumeric { count += 1 }
        inWord = false
        hasAlphanumeric = false
      } else {
        inWord = true
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
          hasAlphanumeric = true
        }
      }
    }
    return count + (inWord && hasAlphanumeric ? 1 : 0)
  }

  @Test(arguments: [
    "Putin met Witkoff six times. $300 billion!", "  — / _____ 5 ", "naïve café\u{00A0}crème",
    "北京 市 ２０２６ 年", "a\u{2003}b\u{3000}c\u{0085}d", "emoji 🎉 🎉x ½ Ⅻ", "tab\tcr\r\nend",
    "", "—", "ﬁ ß İ", "Ελλάδα 3,5 εκατ.",
  ])
  func wordCountsMatchUnicodeProperties(text: String) {
    let source = Source(
      id: SourceID("w"), path: "w.txt", canonicalPath: "/w.txt", metadata: SourceMetadata(),
      text: text, sha256: "x", byteCount: text.utf8.count)
    #expect(source.wordCount == referenceWordCount(text))
  }

  /// Every ASCII byte, at every position of an eight-byte block and across block ends, next to
  /// letters, digits, spaces and punctuation: the eight-at-a-time count agrees with Unicode.
  @Test func everyASCIIByteCountsAsUnicodeSaysWhereverItFalls() {
    for value in UInt8(0)..<0x80 {
      let byte = String(UnicodeScalar(value))
      for prefix in 0..<17 {
        let lead = String(repeating: "a", count: prefix)
        for text in [
          lead + byte + "b", lead + " " + byte + " x", lead + byte + byte + " 5", lead + "-" + byte,
          lead + " " + byte, lead + "é" + byte + "c d",
        ] {
          #expect(
            Source.countWords(in: text) == referenceWordCount(text), "\(text.debugDescription)")
        }
      }
    }
  }

  /// Random text of ASCII and non-ASCII letters, digits, spaces and punctuation.
  @Test func randomMixedTextCountsAsUnicodeSays() {
    let alphabet: [String] = [
      "a", "Z", "7", " ", " ", "\t", "\n", "\r\n", ".", "-", "$", "/", "_", "é", "北", "２",
      "\u{00A0}",
      "\u{2003}", "\u{3000}", "\u{0085}", "—", "“", "🎉", "½", "Ⅻ", "\u{0301}",
    ]
    var generator = SplitMix64(seed: 15)
    for _ in 0..<3000 {
      let length = Int.random(in: 0...80, using: &generator)
      let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      #expect(Source.countWords(in: text) == referenceWordCount(text), "\(text.debugDescription)")
    }
  }

  /// Text is counted 64 bytes at a time: every ASCII byte and non-ASCII letters, spaces and
  /// marks, at, before and after each block's end, among letters, spaces or punctuation.
  @Test func everyByteCountsAsUnicodeSaysAtTheEndsOfBlocksOf64() {
    let specials =
      (UInt8(0)..<0x80).map { String(UnicodeScalar($0)) } + [
        "é", "\u{00A0}", "\u{2003}", "—", "🎉", "北", "\u{3000}", "\u{0301}", "\u{0085}", "½",
      ]
    for filler in ["a", " ", "-", "é"] {
      for special in specials {
        for position in [0, 1, 55, 56, 60, 61, 62, 63, 64, 65, 70, 126, 127, 128] {
          for after in ["b", " ", "-"] {
            let text =
              String(repeating: filler, count: position) + special + after
              + String(repeating: filler, count: 70)
            #expect(
              Source.countWords(in: text) == referenceWordCount(text), "\(text.debugDescription)")
          }
        }
      }
    }
  }

  /// Long random text of ASCII and non-ASCII letters, digits, spaces and punctuation: many
  /// blocks of 64 bytes, code points across their ends.
  @Test func longRandomMixedTextCountsAsUnicodeSays() {
    let alphabet: [String] = [
      "a", "Z", "7", " ", " ", "\t", "\n", ".", "-", "é", "北", "\u{00A0}", "\u{2003}",
      "\u{3000}", "—", "“", "🎉", "½", "\u{0301}", "word ", "12 ",
    ]
    var generator = SplitMix64(seed: 64)
    for _ in 0..<1000 {
      let length = Int.random(in: 0...400, using: &generator)
      let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      #expect(Source.countWords(in: text) == referenceWordCount(text), "\(text.debugDescription)")
    }
  }

  /// The devset's and Corpus/'s articles: the same counts as Unicode's properties give.
  @Test func articleWordCountsMatchUnicodeProperties() throws {
    let manager = FileManager.default
    var paths: [String] = []
    for folder in try manager.contentsOfDirectory(atPath: DevsetFixtures.folder.path) {
      let articles = DevsetFixtures.folder.appendingPathComponent(folder + "/articles").path
      for name in (try? manager.contentsOfDirectory(atPath: articles)) ?? [] {
        paths.append(articles + "/" + name)
      }
    }
    for name in try manager.contentsOfDirectory(atPath: DevsetFixtures.corpus.path)
    where name.hasSuffix(".txt") {
      paths.append(DevsetFixtures.corpus.appendingPathComponent(name).path)
    }
    #expect(paths.count > 30)
    for path in paths {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(Source.countWords(in: text) == referenceWordCount(text), "\(path)")
    }
  }

  /// A batch of files ends once it holds about a group's bytes, so the cores meet once per
  /// group of small files, not once per few dozen files: progress comes after every batch.
  @Test func aBatchOfFilesEndsAtAGroupsBytes() throws {
    let folder = try TemporaryDirectory()
    let sentence = "The ministry said 4,200 homes were damaged and 37 people were hurt. "
    for index in 0..<10 {
      let text = "Report \(index). " + String(repeating: sentence, count: 14) + "\n"
      try folder.write(String(format: "r%02d.txt", index), text)
    }
    var corpus = Corpus()
    var reports: [LoadProgress] = []
    // Files of about 1,000 bytes: three reach 2,500.
    let report = corpus.load(
      folder.path, progress: { reports.append($0) }, isCancelled: { false }, pieceBytes: 4_096,
      groupBytes: 2_500)
    #expect(report.loaded.count == 10)
    #expect(reports.map(\.files) == [3, 6, 9, 10])
    var whole = Corpus()
    _ = whole.load(folder.path)
    #expect(corpus.sources.map(\.figures) == whole.sources.map(\.figures))
  }

  @Test func aStoppedLoadAddsNothingAndProgressCountsTheFiles() throws {
    let folder = try TemporaryDirectory()
    let count = Corpus.batchSize * 2 + 5
    for index in 0..<count {
      try folder.write(String(format: "f%03d.txt", index), "Article \(index) says 5%.\n")
    }
    var corpus = Corpus()
    _ = corpus.load(try folder.write("other/first.txt", "Already here.\n"))
    let before = corpus.sources.map(\.id)
    var reports: [LoadProgress] = []
    let stopped = corpus.load(
      folder.path, progress: { reports.append($0) }, isCancelled: { !reports.isEmpty })
    #expect(stopped.interrupted)
    #expect(stopped.loaded.isEmpty)
    #expect(corpus.sources.map(\.id) == before)
    #expect(reports.first?.files == Corpus.batchSize)

    reports = []
    let finished = corpus.load(folder.path, progress: { reports.append($0) })
    #expect(!finished.interrupted)
    #expect(finished.loaded.count == count)
    #expect(reports.map(\.files) == [Corpus.batchSize, Corpus.batchSize * 2, count])
    #expect(reports.last?.bytes == reports.last?.totalBytes)
  }
}
