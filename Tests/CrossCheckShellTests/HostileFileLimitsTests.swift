import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

/// Files given to `open` and `rates import` are refused by their size before a byte is read,
/// and a file is never written into a folder that is not there.
@Suite("Hostile files: size limits and missing folders")
struct HostileFileLimitsTests {
  /// A sparse file of `bytes` bytes: its size says it is large, but it takes no disk space and
  /// reading it would give zeros.
  static func sparseFile(_ name: String, in folder: TemporaryDirectory, bytes: Int) throws
    -> String
  {
    let path = try folder.write(name, "")
    #expect(truncate(path, off_t(bytes)) == 0)
    return path
  }

  @Test func openRefusesASessionFileLargerThanTheLimitByItsSize() throws {
    let folder = try TemporaryDirectory()
    let path = try Self.sparseFile(
      "huge.json", in: folder, bytes: SessionStore.maximumBytes + (1 << 20))
    let shell = RecordingShell()
    #expect(shell.run("open \(path)") == .failed)
    #expect(
      shell.errors.contains(
        "is 65 MiB, larger than the 64 MiB a session file may be; it was not read"),
      "\(shell.errors)")
    #expect(shell.errors.split(separator: "\n").count == 1, "\(shell.errors)")
    #expect(shell.shell.sessionPath == nil)
    #expect(shell.run("replay \(path)") == .failed)
    #expect(shell.errors.contains("a session file may be"), "\(shell.errors)")
  }

  /// What 'save' writes, 'open' reads: a session larger than 'open' accepts is not written.
  @Test func saveRefusesASessionLargerThanOpenReads() throws {
    let folder = try TemporaryDirectory()
    let shell = RecordingShell()
    let source = String(repeating: "x", count: SessionStore.maximumBytes + (1 << 20))
    shell.shell.session.change(as: "rate EUR USD 1.16") {
      $0.rates = RateTable(rates: [
        ExchangeRate(base: "EUR", quote: "USD", rate: 1.16, date: "2025-12-03", source: source)
      ])
    }
    shell.shell.session.hasUnsavedChanges = true
    let file = folder.path + "/big.json"
    #expect(shell.run("save \(file)") == .failed)
    #expect(
      shell.errors.hasPrefix("error: the session would be 65 MiB, larger than the 64 MiB"),
      "\(shell.errors)")
    #expect(shell.errors.hasSuffix("read it back; nothing was saved.\n"), "\(shell.errors)")
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(shell.shell.session.created == nil)
    #expect(shell.shell.session.path == nil)
    #expect(shell.shell.session.hasUnsavedChanges)
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
