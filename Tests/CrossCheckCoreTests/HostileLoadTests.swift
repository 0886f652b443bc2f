import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore

/// Files from elsewhere that must be refused early and named exactly: a file far too large, a
/// binary file, a name that is not UTF-8, a file taken for a folder, a sidecar given as a
/// source, and a sidecar that is broken, too large, or not an object.
@Suite("Loading hostile files")
struct HostileLoadTests {
  /// Writes a file of `byteCount` bytes that takes no room on disk (zeros, as a sparse file).
  private func sparseFile(_ folder: TemporaryDirectory, _ name: String, byteCount: Int) throws
    -> String
  {
    let path = try folder.write(name, "The text starts here.\n")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(byteCount))
    try handle.close()
    return path
  }

  @Test func aFileLargerThanASourceMayBeIsRefusedByItsSize() throws {
    let folder = try TemporaryDirectory()
    let path = try sparseFile(folder, "disk.txt", byteCount: TextFile.maximumBytes + 1)
    var corpus = Corpus()
    #expect(
      corpus.load(path).problems
        == [
          .tooLarge(path: path, byteCount: TextFile.maximumBytes + 1, limit: TextFile.maximumBytes)
        ]
    )
    #expect(
      SourceLoadError.tooLarge(path: "disk.txt", byteCount: 300 << 20, limit: 256 << 20)
        .description.hasPrefix("'disk.txt' is 300 MiB, larger than the 256 MiB a source may be;"))
  }

  /// The block with the NUL byte says the file is binary: the blocks after it are not read,
  /// nor the file again.
  @Test func aNULByteIsFoundInTheBlockThatHoldsIt() throws {
    let folder = try TemporaryDirectory()
    for mark in [[], [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
      let bytes =
        mark + Array(repeating: UInt8(ascii: "a"), count: 700) + [0]
        + Array(
          repeating: 0, count: 5_000)
      let path = try folder.write("zeros.txt", bytes: bytes)
      let read = try FileReader.withRegularFile(path) {
        descriptor, size throws(FileReader.Failure) in
        try TextFile.readText(descriptor, size: size, blockBytes: 512)
      }
      #expect(read == .binary(byteOffset: mark.count + 700))
      var corpus = Corpus()
      #expect(corpus.load(path).problems == [.binary(path: path, byteOffset: mark.count + 700)])
    }
  }

  @Test func aNameThatIsNotUTF8IsShownWithItsBytes() throws {
    let folder = try TemporaryDirectory()
    let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
    let raw = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
    let descriptor = raw.withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    #expect(descriptor >= 0)
    _ = "Prices rose 5 percent.\n".withCString { write(descriptor, $0, 23) }
    close(descriptor)
    defer {
      _ = raw.withUnsafeBufferPointer {
        $0.withMemoryRebound(to: CChar.self) { unlink($0.baseAddress!) }
      }
    }
    try folder.write("good.txt", "Prices rose 6 percent.\n")

    // As the command line and a folder's listing hand it over: U+FFFD for the byte.
    var corpus = Corpus()
    let shown = folder.path + "/caf\\xE9.txt"
    #expect(corpus.load(folder.path + "/caf\u{FFFD}.txt").problems == [.nameNotUTF8(path: shown)])
    let report = corpus.load(folder.path)
    #expect(report.loaded.map(\.id.rawValue) == ["good"])
    #expect(report.problems == [.nameNotUTF8(path: shown)])
    #expect(
      SourceLoadError.nameNotUTF8(path: "caf\\xE9.txt").description.hasPrefix(
        "'caf\\xE9.txt' has a name that is not UTF-8"))
    // A real U+FFFD in a name that is not there is only missing.
    #expect(
      corpus.load(folder.path + "/no\u{FFFD}.txt").problems
        == [.notFound(path: folder.path + "/no\u{FFFD}.txt")])
  }

  /// A glob whose folder name is not UTF-8 matches nothing (the name reached CrossCheck with
  /// U+FFFD for the byte): the error shows the byte, as for a path without a pattern.
  @Test func aGlobInAFolderWhoseNameIsNotUTF8ShowsItsBytes() throws {
    let folder = try TemporaryDirectory()
    let raw = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9, 0]
    let made = raw.withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) }
    }
    #expect(made == 0)
    defer {
      _ = raw.withUnsafeBufferPointer {
        $0.withMemoryRebound(to: CChar.self) { rmdir($0.baseAddress!) }
      }
    }
    var corpus = Corpus()
    for pattern in ["*.txt", "a?.txt"] {
      #expect(
        corpus.load(folder.path + "/caf\u{FFFD}/" + pattern).problems
          == [.nameNotUTF8(path: folder.path + "/caf\\xE9/" + pattern)])
    }
    // A pattern in a folder that is really not there still says that nothing matches.
    #expect(
      corpus.load(folder.path + "/none/*.txt").problems
        == [.noMatches(pattern: folder.path + "/none/*.txt")])
  }

  @Test func aFileTakenForAFolderIsNamed() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("b.txt", "Prices rose 5 percent.\n")
    var corpus = Corpus()
    #expect(corpus.load(path + "/").problems == [.fileAsFolder(path: path + "/", file: path)])
    #expect(
      corpus.load(path + "/c.txt").problems == [.fileAsFolder(path: path + "/c.txt", file: path)])
    #expect(
      SourceLoadError.fileAsFolder(path: "b.txt/", file: "b.txt").description
        == "'b.txt/' ends in '/', but 'b.txt' is a file, not a folder; load it without the '/'.")
  }

  @Test func aSidecarGivenAsASourceIsRefusedWithASentence() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.txt", "Prices rose 5 percent.\n")
    let sidecar = try folder.write("a.meta.json", #"{"outlet": "A"}"#)
    var corpus = Corpus()
    #expect(corpus.load(sidecar).problems == [.sidecarGiven(path: sidecar)])
    let pattern = folder.path + "/*.meta.json"
    #expect(corpus.load(pattern).problems == [.sidecarGiven(path: pattern)])
    #expect(corpus.sources.isEmpty)
    // A pattern that matches texts too loads the texts, with their sidecars.
    let loaded = corpus.load(folder.path + "/a.*")
    #expect(loaded.problems.isEmpty)
    #expect(loaded.loaded.map(\.metadata.outlet) == ["A"])
  }

  @Test(arguments: [
    (#"{"title": "a","# + "\n" + #" "outlet": ]}"#, "it is not valid JSON at line 2, column 12"),
    (#"{"title": "a""#, "the JSON ends before it is complete, at line 1, column 14"),
    ("[1, 2]", #"it must be one JSON object, such as {"title": "…"}"#),
    (#"{"title": 5}"#, "'title' must be a string"),
  ])
  func aBrokenSidecarIsWarnedOfWithWhereItGoesWrong(sidecar: String, reason: String) throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("a.txt", "Prices rose 5 percent.\n")
    let sidecarPath = try folder.write("a.meta.json", sidecar)
    var corpus = Corpus()
    let report = corpus.load(path)
    #expect(report.loaded.count == 1)
    #expect(report.warnings == [.malformedMetadata(path: sidecarPath, reason: reason)])
  }

  @Test func aSidecarTooLargeForItsFieldsIsNotRead() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("a.txt", "Prices rose 5 percent.\n")
    let title = String(repeating: "x", count: SourceMetadata.maximumBytes)
    let sidecar = try folder.write("a.meta.json", #"{"title": ""# + title + #""}"#)
    var corpus = Corpus()
    let report = corpus.load(path)
    #expect(report.loaded.first?.metadata == SourceMetadata())
    guard case .malformedMetadata(let warned, let reason)? = report.warnings.first else {
      Issue.record("expected a warning, got \(report.warnings)")
      return
    }
    #expect(warned == sidecar)
    #expect(reason.contains("too large"))
  }
}
