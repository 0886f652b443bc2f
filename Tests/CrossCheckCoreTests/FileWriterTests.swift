import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

/// The one place files are written: atomic, never through a planted link, a symlinked target
/// updated where it points, and no temporary files left behind by writers that died.
@Suite("Writing files safely")
struct FileWriterTests {
  @Test("a session path that is a symbolic link: the file it points to is updated, the link stays")
  func symlinkedTargetIsUpdated() throws {
    let folder = try TemporaryDirectory()
    let real = try folder.write("real/s.json", "old")
    let link = folder.path + "/s.json"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let written = try FileWriter.write(Data("new".utf8), to: link, replacing: true)
    #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == real,
      "the link was replaced by a plain file")
    #expect(
      URL(fileURLWithPath: written).resolvingSymlinksInPath().path
        == URL(fileURLWithPath: real).resolvingSymlinksInPath().path)
  }

  @Test("a link planted at the temporary file's old name does not redirect the write")
  func plantedTemporaryLinkIsNotFollowed() throws {
    let folder = try TemporaryDirectory()
    let victim = try folder.write("victim", "precious\n")
    let before = try Data(contentsOf: URL(fileURLWithPath: victim))
    // The name the writer used to open with O_TRUNC and no O_NOFOLLOW.
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/.s.json.tmp-\(getpid())", withDestinationPath: victim)
    try FileWriter.write(Data("session".utf8), to: folder.path + "/s.json", replacing: true)
    #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == before)
    #expect(try String(contentsOfFile: folder.path + "/s.json", encoding: .utf8) == "session")
  }

  @Test("temporary files of a writer killed mid-save are removed at the next save, not others")
  func staleTemporariesAreCleaned() throws {
    let folder = try TemporaryDirectory()
    let target = try folder.write("s.json", "old")
    let dead = try Self.deadProcessID()
    let stale = try folder.write(".s.json.tmp-\(dead)", String(repeating: "x", count: 4096))
    let staleNewStyle = try folder.write(".s.json.tmp-\(dead)-abc", "half")
    // pid 1 is alive: its temporary file might be mid-write and is left alone.
    let live = try folder.write(".s.json.tmp-1-xyz", "in progress")
    try FileWriter.write(Data("new".utf8), to: target, replacing: true)
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(!FileManager.default.fileExists(atPath: staleNewStyle))
    #expect(FileManager.default.fileExists(atPath: live))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == [".s.json.tmp-1-xyz", "s.json"])
  }

  @Test("an existing file is kept unless replacing is allowed; a folder is never replaced")
  func existingFilesAreKept() throws {
    let folder = try TemporaryDirectory()
    let target = try folder.write("r.html", "old")
    #expect(throws: FileWriteError.exists(path: target)) {
      try FileWriter.write(Data("new".utf8), to: target, replacing: false)
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    #expect(throws: FileWriteError.notARegularFile(path: folder.path)) {
      try FileWriter.write(Data("new".utf8), to: folder.path, replacing: true)
    }
  }

  /// The id of a process that has ended.
  static func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }
}
