import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

/// The autosave journal is opened without following links and only used when it is a regular
/// file of this user: a session folder from elsewhere cannot make CrossCheck append to another
/// file.
@Suite("Autosave journal from a folder from elsewhere")
struct AutosaveJournalTests {
  static let entry = JournalEntry(
    sequence: 1, time: Date(timeIntervalSince1970: 1_764_840_600),
    command: "note D1 '$(touch PWNED)'", outcome: "ok")

  @Test("a journal that is a symbolic link is refused and its target is unchanged, byte for byte")
  func symlinkIsRefused() throws {
    let folder = try TemporaryDirectory()
    let victim = try folder.write("victim-rc", "export PATH=/usr/bin\n")
    let before = try Data(contentsOf: URL(fileURLWithPath: victim))
    let sessions = folder.path + "/session"
    try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
    let path = AutosaveJournal.path(besideSession: sessions + "/evil.json")
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "../victim-rc")
    let journal = AutosaveJournal(path: path)
    #expect(journal.append(Self.entry) == .symbolicLink(path: path))
    #expect(journal.entries().isEmpty)
    // Said once: later appends report nothing new and still write nothing.
    #expect(journal.append(Self.entry) == nil)
    journal.clear()
    #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == before)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "../victim-rc")
  }

  @Test("a journal that is a hard link to another file or a folder is refused")
  func otherKindsAreRefused() throws {
    let folder = try TemporaryDirectory()
    let victim = try folder.write("victim-rc", "keep\n")
    let linked = folder.path + "/.s.autosave.jsonl"
    #expect(link(victim, linked) == 0)
    let journal = AutosaveJournal(path: linked)
    #expect(journal.append(Self.entry) == .hardLinked(path: linked))
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep\n")

    let folderJournal = folder.path + "/.t.autosave.jsonl"
    try FileManager.default.createDirectory(
      atPath: folderJournal, withIntermediateDirectories: true)
    #expect(
      AutosaveJournal(path: folderJournal).append(Self.entry)
        == .notARegularFile(path: folderJournal))
  }

  @Test("a journal of this user is written and read back")
  func ordinaryJournalWorks() throws {
    let folder = try TemporaryDirectory()
    let journal = AutosaveJournal(path: folder.path + "/.s.autosave.jsonl")
    #expect(journal.append(Self.entry) == nil)
    #expect(journal.entries() == [Self.entry])
    journal.clear()
    #expect(!FileManager.default.fileExists(atPath: journal.path))
  }

  @Test("two untitled sessions get journals of their own; a running one's is never offered")
  func untitledJournalsAreSeparate() throws {
    let folder = try TemporaryDirectory()
    let environment = ["XDG_STATE_HOME": folder.path]
    let state = try #require(AutosaveJournal.untitledFolder(environment: environment))
    let first = AutosaveJournal(path: AutosaveJournal.newUntitledPath(in: state))
    let second = AutosaveJournal(path: AutosaveJournal.newUntitledPath(in: state))
    #expect(first.path != second.path)
    #expect(first.append(Self.entry) == nil)
    #expect(second.append(Self.entry) == nil)
    // Both are held by a running session: neither is offered for recovery.
    #expect(AutosaveJournal.abandonedUntitled(environment: environment).isEmpty)
    // One whose session ended (its journal closed, as when the process is killed) is offered.
    var ended: AutosaveJournal? = AutosaveJournal(path: AutosaveJournal.newUntitledPath(in: state))
    let endedPath = try #require(ended?.path)
    #expect(ended?.append(Self.entry) == nil)
    ended = nil
    // Another test of this process may be spawning a program at this moment: its child holds a
    // copy of every descriptor until its exec closes them (O_CLOEXEC), lock included, so wait
    // for that window to pass instead of failing on it.
    var abandoned = AutosaveJournal.abandonedUntitled(environment: environment)
    for _ in 0..<40 where abandoned != [endedPath] {
      usleep(50_000)
      abandoned = AutosaveJournal.abandonedUntitled(environment: environment)
    }
    #expect(abandoned == [endedPath])
    #expect(first.entries() == [Self.entry])
  }

  @Test("a full disk: the failing append says so at once, and autosave stops")
  func fullDiskIsReported() throws {
    guard geteuid() == 0 else {
      print("skipped fullDiskIsReported: mounting a tiny tmpfs needs root")
      return
    }
    let folder = try TemporaryDirectory()
    guard Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", folder.path) == 0 else {
      print("skipped fullDiskIsReported: this system does not allow mounting a tmpfs")
      return
    }
    defer { _ = Self.run("/bin/umount", folder.path) }
    // Fill the disk.
    let filler = open(folder.path + "/filler", O_WRONLY | O_CREAT, 0o600)
    let block = [UInt8](repeating: 0x41, count: 4096)
    while block.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
    close(filler)
    let journal = AutosaveJournal(path: folder.path + "/.s.autosave.jsonl")
    let problem = journal.append(Self.entry)
    guard case .writeFailed(let path, _)? = problem else {
      Issue.record("a write to a full disk was not reported: \(String(describing: problem))")
      return
    }
    #expect(path == journal.path)
    #expect(journal.problem == problem)
    #expect(journal.append(Self.entry) == nil, "said once")
  }

  /// Appending stops before the journal would pass its limit: the entries in it stay
  /// readable, later ones wait for a save (which clears it and starts again).
  @Test("a journal stops growing at its limit, keeps what it holds, and starts again when cleared")
  func aFullJournalKeepsItsEntries() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/.s.autosave.jsonl"
    // How long one entry's line is, as the journal writes it.
    let probe = AutosaveJournal(path: folder.path + "/probe.jsonl")
    probe.append(Self.entry)
    let lineBytes = try #require(
      FileManager.default.attributesOfItem(atPath: probe.path)[.size] as? Int)
    let journal = AutosaveJournal(path: path, maximumBytes: 3 * lineBytes + 10)
    for _ in 0..<3 { #expect(journal.append(Self.entry) == nil) }
    let full = AutosaveProblem.full(path: path, limit: 3 * lineBytes + 10)
    #expect(journal.append(Self.entry) == full)
    #expect(journal.append(Self.entry) == nil, "said once")
    #expect(journal.problem == full)
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    #expect(size.map { $0 <= 3 * lineBytes + 10 } == true, "\(String(describing: size))")
    #expect(AutosaveJournal(path: path).entries() == Array(repeating: Self.entry, count: 3))
    journal.clear()
    #expect(journal.problem == nil)
    #expect(journal.append(Self.entry) == nil)
    #expect(journal.entries() == [Self.entry])
  }

  /// A journal larger than a journal may be (runaway, or planted) is not read, and it is left
  /// as it is: clearing does not remove what was never offered back.
  @Test("a journal larger than the limit is not read, and not removed")
  func aJournalTooLargeIsNotReadNorRemoved() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(".s.autosave.jsonl", "")
    #expect(truncate(path, off_t(AutosaveJournal.maximumBytes + 1)) == 0)
    let journal = AutosaveJournal(path: path)
    #expect(journal.entries().isEmpty)
    #expect(
      journal.problem
        == .tooLarge(
          path: path, byteCount: AutosaveJournal.maximumBytes + 1,
          limit: AutosaveJournal.maximumBytes))
    #expect(journal.append(Self.entry) == nil, "autosave is off for it")
    journal.clear()
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    #expect(size == AutosaveJournal.maximumBytes + 1)
  }

  /// After a save, a journal too large to read is moved aside, never deleted, and autosave
  /// writes a new one in its place; a journal of any other state is not moved.
  @Test("a save moves a journal too large to read aside and autosave starts a new one")
  func aSaveSetsAJournalTooLargeAside() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(".s.autosave.jsonl", "")
    #expect(truncate(path, off_t(AutosaveJournal.maximumBytes + 1)) == 0)
    // A free name beside it: an earlier ".too-large" is not overwritten.
    _ = try folder.write(".s.autosave.jsonl.too-large", "earlier\n")
    let journal = AutosaveJournal(path: path)
    #expect(journal.setAsideTooLarge() == nil, "nothing is known of it before it is read")
    #expect(journal.entries().isEmpty)
    let aside = journal.setAsideTooLarge()
    #expect(aside == path + ".too-large-2")
    let size = try FileManager.default.attributesOfItem(atPath: path + ".too-large-2")[.size]
    #expect(size as? Int == AutosaveJournal.maximumBytes + 1)
    #expect(try String(contentsOfFile: path + ".too-large", encoding: .utf8) == "earlier\n")
    #expect(journal.problem == nil)
    #expect(journal.append(Self.entry) == nil)
    #expect(journal.entries() == [Self.entry])
    #expect(journal.setAsideTooLarge() == nil, "a journal that works is not moved")
    #expect(journal.entries() == [Self.entry])
  }

  static func run(_ arguments: String...) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
