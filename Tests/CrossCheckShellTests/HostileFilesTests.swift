import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckCore
@testable import CrossCheckShell

/// Files from elsewhere that must be refused early and named exactly: a file far too large to
/// load, open or import (refused by its size before a byte is read), a binary file, a name
/// that is not UTF-8, a file taken for a folder, a sidecar given as a source, a sidecar that is
/// broken, too large, or not an object; and a file is never written into a folder that is not
/// there.
@Suite("Hostile files: refused early and named exactly")
struct HostileFilesTests {
  /// A sparse file of `bytes` bytes: its size says it is large, but it takes no disk space and
  /// reading it would give zeros after its first line.
  static func sparseFile(_ name: String, in folder: TemporaryDirectory, bytes: Int) throws
    -> String
  {
    let path = try folder.write(name, "The text starts here.\n")
    #expect(truncate(path, off_t(bytes)) == 0)
    return path
  }

  // MARK: - Loading

  @Test func aFileLargerThanASourceMayBeIsRefusedByItsSize() throws {
    let folder = try TemporaryDirectory()
    let path = try Self.sparseFile("disk.txt", in: folder, bytes: TextFile.maximumBytes + 1)
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
    // One byte over: rounded, the size and the limit would read the same.
    #expect(
      SourceLoadError.tooLarge(
        path: "disk.txt", byteCount: TextFile.maximumBytes + 1, limit: TextFile.maximumBytes
      ).description.hasPrefix(
        "'disk.txt' is 268,435,457 bytes, larger than the 256 MiB (268,435,456 bytes) a source"))
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

  // MARK: - Opening, importing, saving and writing

  @Test func openRefusesASessionFileLargerThanTheLimitByItsSize() throws {
    let folder = try TemporaryDirectory()
    let path = try Self.sparseFile("huge.json", in: folder, bytes: SessionStore.maximumBytes + 1)
    let shell = RecordingShell()
    #expect(shell.run("open \(path)") == .failed)
    // One byte over: the size in bytes, so that it does not read as the limit.
    #expect(
      shell.errors.contains(
        "is 67,108,865 bytes, larger than the 64 MiB (67,108,864 bytes) a session file may be; "
          + "it was not read"),
      "\(shell.errors)")
    #expect(shell.errors.split(separator: "\n").count == 1, "\(shell.errors)")
    #expect(shell.shell.sessionPath == nil)
    #expect(shell.run("replay \(path)") == .failed)
    #expect(shell.errors.contains("a session file may be"), "\(shell.errors)")
  }

  /// A session whose rate table cites a `source` of `bytes` bytes, with unsaved changes.
  static func sessionWithASource(of bytes: Int) -> RecordingShell {
    let shell = RecordingShell()
    let source = String(repeating: "x", count: bytes)
    shell.shell.session.change(as: "rate EUR USD 1.16") {
      $0.rates = RateTable(rates: [
        ExchangeRate(base: "EUR", quote: "USD", rate: 1.16, date: "2025-12-03", source: source)
      ])
    }
    shell.shell.session.hasUnsavedChanges = true
    return shell
  }

  /// What 'save' writes, 'open' reads: a session larger than 'open' accepts is not written.
  /// The shell's one limit for both is lowered to 64 KiB, so the session is 65 KiB of JSON
  /// rather than 65 MiB (seconds to encode); that it is the 64 MiB 'open' reads is checked
  /// on its own.
  @Test func saveRefusesASessionLargerThanOpenReads() throws {
    #expect(RecordingShell().shell.sessionFileLimit == SessionStore.maximumBytes)
    let folder = try TemporaryDirectory()
    let shell = Self.sessionWithASource(of: 65 << 10)
    shell.shell.sessionFileLimit = 64 << 10
    let file = folder.path + "/big.json"
    #expect(shell.run("save \(file)") == .failed)
    #expect(
      shell.errors.hasPrefix("error: the session would be 65 KiB, larger than the 64 KiB"),
      "\(shell.errors)")
    #expect(shell.errors.hasSuffix("read it back; nothing was saved.\n"), "\(shell.errors)")
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(shell.shell.session.created == nil)
    #expect(shell.shell.session.path == nil)
    #expect(shell.shell.session.hasUnsavedChanges)

    // Just under the limit it is saved, and 'open' with the same limit reads it back.
    let fits = Self.sessionWithASource(of: 60 << 10)
    fits.shell.sessionFileLimit = 64 << 10
    #expect(fits.run("save \(file)") == .succeeded, "\(fits.errors)")
    let opener = RecordingShell()
    opener.shell.sessionFileLimit = 64 << 10
    #expect(opener.run("open \(file)") == .succeeded, "\(opener.errors)")
    #expect(opener.shell.analysis.rates.rates.first?.source.count == 60 << 10)
  }

  @Test func ratesImportRefusesAFileLargerThanARateTableByItsSize() throws {
    let folder = try TemporaryDirectory()
    let path = try Self.sparseFile(
      "huge.csv", in: folder, bytes: ReferenceRateFile.maximumSize + (1 << 20))
    let shell = RecordingShell()
    #expect(shell.run("rates import \(path)") == .failed)
    #expect(
      shell.errors.contains("larger than the 64 MiB a rate table may be; it was not read"),
      "\(shell.errors)")
    #expect(shell.shell.journal.isEmpty)
  }

  @Test func sizesThatRoundAlikeAreGivenInBytes() {
    #expect(ByteCountText.texts(65 << 20, limit: 64 << 20) == ("65 MiB", "64 MiB"))
    #expect(ByteCountText.texts(64 << 20, limit: 64 << 20) == ("64 MiB", "64 MiB"))
    #expect(
      ByteCountText.texts((64 << 20) + 1000, limit: 64 << 20)
        == ("67,109,864 bytes", "64 MiB (67,108,864 bytes)"))
    #expect(ByteCountText.texts(1, limit: 0) == ("1 byte", "0 bytes"))
    // "1.0 MiB" and "1 MiB" read alike as well.
    #expect(
      ByteCountText.texts((1 << 20) + 1, limit: 1 << 20)
        == ("1,048,577 bytes", "1 MiB (1,048,576 bytes)"))
    #expect(
      ByteCountText.texts((2 << 10) + 20, limit: 2 << 10)
        == ("2,068 bytes", "2 KiB (2,048 bytes)"))
    #expect(ByteCountText.texts((1 << 20) + 60_000, limit: 1 << 20) == ("1.1 MiB", "1 MiB"))
  }

  /// A missing folder is named as it was typed: relative when the path was relative.
  @Test(
    "a missing folder typed as a relative path is named as typed",
    arguments: ["export html", "save", "history --save", "output", "once"])
  func aRelativeMissingFolderIsNamedAsTyped(command: String) throws {
    let shell = RecordingShell()
    shell.run("set tolerance 0.2")
    shell.clear()
    let missing = "no-such-folder-\(UUID().uuidString)/deeper"
    #expect(shell.run("\(command) \(missing)/out.json") == .failed)
    #expect(
      shell.errors.contains(
        "cannot write '\(missing)/out.json': the folder '\(missing)' does not exist"),
      "\(command): \(shell.errors)")
    #expect(!shell.errors.contains(FileManager.default.currentDirectoryPath), "\(shell.errors)")
  }

  /// psql's `\o` and sqlite3's `.output` refuse a folder that is not there; so does every
  /// command that writes a file: a mistyped folder is not silently made.
  @Test(
    "export, save, history --save, output and once refuse a folder that is not there",
    arguments: [
      "export html", "export markdown", "export csv", "export json", "export claimreview",
      "export annotations", "save", "history --save", "transcript", "output", "once",
    ])
  func writingIntoAMissingFolderIsRefused(command: String) throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.txt", "The ministry said 40 people died.\n")
    let shell = RecordingShell()
    shell.run("load \(folder.path)/a.txt")
    shell.run("flag a:1 --title Deaths")
    shell.run("verdict D1 rounding")
    shell.clear()
    let missing = folder.path + "/missing"
    #expect(shell.run("\(command) \(missing)/out.txt") == .failed)
    #expect(
      shell.errors.contains("the folder '\(missing)' does not exist"), "\(command): \(shell.errors)"
    )
    #expect(!FileManager.default.fileExists(atPath: missing), "\(command) made the folder")
    if command.hasPrefix("export") {
      // A report names the path as typed, and does not speak of the session.
      #expect(shell.errors.contains("cannot write '\(missing)/out.txt': the folder"))
      #expect(!shell.errors.contains("session"), "\(shell.errors)")
    }
  }
}
