import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

@Suite("Loading sources")
struct CorpusLoadingTests {
  @Test func loadsAFileWithItsHashWordCountAndSidecarMetadata() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("bl0122.txt", "Putin met Witkoff six times. $300 billion!\n")
    try folder.write(
      "bl0122.meta.json",
      #"{"title": "Talks", "outlet": "Bloomberg News", "date": "2026-01-22", "url": "https://example.org/a"}"#
    )
    var corpus = Corpus()
    let report = corpus.load(path)
    #expect(report.problems.isEmpty)
    #expect(report.warnings.isEmpty)
    let source = try #require(report.loaded.first)
    #expect(source.id == SourceID("bl0122"))
    #expect(source.wordCount == 7)
    #expect(source.byteCount == 43)
    #expect(
      source.metadata
        == SourceMetadata(
          title: "Talks", outlet: "Bloomberg News", date: "2026-01-22", url: "https://example.org/a"
        ))
    #expect(source.text == "Putin met Witkoff six times. $300 billion!\n")
    #expect(corpus.sources.map(\.id) == [SourceID("bl0122")])
  }

  @Test func hashesTheFileBytesWithSHA256() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("abc.txt", "abc")
    var corpus = Corpus()
    let source = try #require(corpus.load(path).loaded.first)
    #expect(source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func keepsTheTextByteForByteButDropsTheByteOrderMark() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("€5\r\nsix\r\n".utf8))
    var corpus = Corpus()
    let source = try #require(corpus.load(path).loaded.first)
    #expect(source.text == "€5\r\nsix\r\n")
    #expect(source.text.unicodeScalars.first == "€")
    #expect(source.byteCount == 3 + 11)
  }

  @Test func loadsTheTextFilesOfADirectoryInNameOrder() throws {
    let folder = try TemporaryDirectory()
    try folder.write("b.txt", "second")
    try folder.write("a.text", "first")
    try folder.write("notes.md", "# About these files")
    try folder.write("c.json", "{}")
    try folder.write("notes.meta.json", "{}")
    try folder.write(".hidden.txt", "hidden")
    var corpus = Corpus()
    let report = corpus.load(folder.path)
    #expect(report.problems.isEmpty)
    #expect(corpus.sources.map(\.id.rawValue) == ["a", "b"])
  }

  @Test func expandsGlobs() throws {
    let folder = try TemporaryDirectory()
    try folder.write("one.txt", "1")
    try folder.write("two.txt", "2")
    try folder.write("three.md", "3")
    var corpus = Corpus()
    let report = corpus.load(folder.path + "/t*.txt")
    #expect(report.loaded.map(\.id.rawValue) == ["two"])
    #expect(
      corpus.load(folder.path + "/*.csv").problems == [.noMatches(pattern: folder.path + "/*.csv")])
  }

  @Test func reportsAMissingPath() {
    var corpus = Corpus()
    let report = corpus.load("/no/such/file.txt")
    #expect(report.problems == [.notFound(path: "/no/such/file.txt")])
    #expect(report.problems[0].description.contains("does not exist"))
    #expect(corpus.sources.isEmpty)
  }

  @Test func reportsADirectoryWithoutTextFiles() throws {
    let folder = try TemporaryDirectory()
    try folder.write("data.csv", "a,b")
    var corpus = Corpus()
    #expect(corpus.load(folder.path).problems == [.noTextFiles(directory: folder.path)])
  }

  @Test func refusesBinaryFilesAndSaysWhere() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    var corpus = Corpus()
    let problems = corpus.load(path).problems
    #expect(problems == [.binary(path: path, byteOffset: 4)])
    #expect(problems[0].description.contains("binary"))
  }

  @Test func refusesInvalidUTF8AndNamesTheByteAndLine() throws {
    let folder = try TemporaryDirectory()
    // "café" in Latin-1 on the second line: 0xE9 is not valid UTF-8 there.
    let path = try folder.write("latin1.txt", bytes: Array("ok\ncaf".utf8) + [0xE9, 0x0A])
    var corpus = Corpus()
    let problems = corpus.load(path).problems
    #expect(problems == [.invalidUTF8(path: path, byteOffset: 6, line: 2, byte: 0xE9)])
    #expect(problems[0].description.contains("byte 0xE9 at byte 6 (line 2)"))
  }

  @Test func refusesTruncatedUTF8AtTheEnd() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("cut.txt", bytes: Array("€".utf8).dropLast())
    var corpus = Corpus()
    #expect(
      corpus.load(path).problems == [.invalidUTF8(path: path, byteOffset: 0, line: 1, byte: 0xE2)])
  }

  @Test func refusesEmptyFiles() throws {
    let folder = try TemporaryDirectory()
    let empty = try folder.write("empty.txt", "")
    let bomOnly = try folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF])
    var corpus = Corpus()
    #expect(corpus.load(empty).problems == [.empty(path: empty)])
    #expect(corpus.load(bomOnly).problems == [.empty(path: bomOnly)])
  }

  @Test func neverLoadsTheSameFileOrTextTwice() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("a.txt", "same words")
    let copy = try folder.write("copy.txt", "same words")
    var corpus = Corpus()
    #expect(corpus.load(path).loaded.count == 1)
    #expect(
      corpus.load(folder.path + "/./a.txt").problems == [
        .alreadyLoaded(path: folder.path + "/./a.txt", id: SourceID("a"))
      ])
    #expect(corpus.load(copy).problems == [.sameTextAs(path: copy, id: SourceID("a"))])
    #expect(corpus.sources.count == 1)
  }

  @Test func goesOnAfterABadFileInADirectory() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.txt", "good")
    let bad = try folder.write("b.txt", bytes: [0xFF])
    try folder.write("c.txt", "also good")
    var corpus = Corpus()
    let report = corpus.load(folder.path)
    #expect(report.loaded.map(\.id.rawValue) == ["a", "c"])
    #expect(report.problems == [.invalidUTF8(path: bad, byteOffset: 0, line: 1, byte: 0xFF)])
  }

  @Test func loadsTheTextButWarnsAboutMalformedMetadata() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("a.txt", "text")
    let sidecar = try folder.write("a.meta.json", #"{"title": 42"#)
    var corpus = Corpus()
    let report = corpus.load(path)
    #expect(report.loaded.count == 1)
    #expect(report.loaded.first?.metadata == SourceMetadata())
    guard case .malformedMetadata(let warned, _)? = report.warnings.first else {
      Issue.record("expected a metadata warning, got \(report.warnings)")
      return
    }
    #expect(warned == sidecar)
  }

  @Test func givesDistinctIDsToFilesWithTheSameName() throws {
    let folder = try TemporaryDirectory()
    let first = try folder.write("x/report.txt", "one")
    let second = try folder.write("y/report.txt", "two")
    var corpus = Corpus()
    _ = corpus.load(first)
    _ = corpus.load(second)
    #expect(corpus.sources.map(\.id.rawValue) == ["report", "report-2"])
  }

  @Test func unloadRemovesASourceAndReportsUnknownIDs() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("a.txt", "text")
    var corpus = Corpus()
    _ = corpus.load(path)
    #expect(try corpus.unload("a").path == path)
    #expect(corpus.sources.isEmpty)
    #expect(throws: SourceLoadError.notLoaded(id: "a")) { try corpus.unload("a") }
  }

  @Test func loadsTheProjectCorpusWithItsMetadata() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
    var corpus = Corpus()
    let report = corpus.load(root + "/Corpus")
    #expect(report.problems.isEmpty && report.warnings.isEmpty)
    #expect(
      corpus.sources.map(\.id.rawValue) == ["bl0122", "bl0123", "bl1127", "gra1204", "il1203"])
    #expect(corpus.sources.allSatisfy { $0.metadata.outlet != nil && $0.metadata.date != nil })
    #expect(corpus.source(SourceID("bl1127"))?.metadata.date == "2025-11-27")
    // The corpus files are the originals byte for byte (see Corpus/README.md).
    #expect(
      corpus.sources.map { String($0.sha256.prefix(8)) } == [
        "fe0566d5", "5537ae39", "85613935", "16fd8459", "6d3be22f",
      ])
  }
}

@Suite("Source ids")
struct SourceIDTests {
  @Test(arguments: [
    ("bl0122.txt", "bl0122"), ("000_29e5517a3799fe48.txt", "000-29e5517a3799"),
    ("My Article (Final).md", "my-article-final"), ("Éclair.txt", "clair"), ("...", "source"),
    ("README", "readme"), (".editrc", "editrc"),
  ])
  func derivesShortSlugsFromFileNames(_ name: String, _ id: String) {
    #expect(SourceID.derived(fromFileName: name).rawValue == id)
    #expect(SourceID.derived(fromFileName: name).rawValue.count <= SourceID.maximumLength)
  }

  /// The slug is made from the name's bytes: the same ids as the rules read a code point at
  /// a time (kept here) give, for names of every kind.
  @Test func derivesTheSameIDsAsTheRulesOnCodePoints() {
    func byCodePoints(_ fileName: String) -> String {
      var stem = Substring(fileName)
      if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
      var slug = ""
      var pendingDash = false
      for scalar in stem.unicodeScalars {
        let isUpper = ("A"..."Z").contains(scalar)
        if isUpper || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
          if slug.count >= SourceID.maximumLength - 1 && pendingDash { break }
          if pendingDash && !slug.isEmpty { slug.append("-") }
          pendingDash = false
          slug.unicodeScalars.append(isUpper ? Unicode.Scalar(scalar.value + 32)! : scalar)
          if slug.count >= SourceID.maximumLength { break }
        } else {
          pendingDash = true
        }
      }
      return slug.isEmpty ? "source" : slug
    }
    var random = SplitMix64(seed: 7)
    let parts = ["a", "Z", "7", "-", "_", " ", ".", "é", "Ω", "🎉", "e\u{301}", "txt", "News"]
    for _ in 0..<3_000 {
      let name = (0..<Int.random(in: 0..<30, using: &random)).map { _ in
        parts[Int.random(in: 0..<parts.count, using: &random)]
      }.joined()
      #expect(SourceID.derived(fromFileName: name).rawValue == byCodePoints(name), "\(name)")
    }
  }

  @Test func suffixesStayWithinTheLengthLimit() {
    let long = SourceID.derived(fromFileName: "abcdefghijklmnopqrstuvwxyz.txt")
    #expect(long.suffixed(12).rawValue == "abcdefghijklm-12")
  }
}
