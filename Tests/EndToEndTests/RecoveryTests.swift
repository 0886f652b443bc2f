import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A session killed with SIGKILL loses nothing already entered: the next start offers the
/// unsaved changes back from the autosave journal.
@Suite("Recovery after a crash", .timeLimit(.minutes(1)))
struct RecoveryTests {
  @Test("SIGKILL mid-session, then the next start recovers the discrepancy and its verdict")
  func recoversAfterSIGKILL() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.enter("flag bl0122:9 il1203:11")
    try session.waitFor("flagged D1")
    try session.enter("verdict D1 scope-difference")
    try session.waitFor("D1: scope-difference")
    try session.waitForPrompt()

    // Killed as hard as it gets: no chance to save or clean up.
    let program = try #require(try session.programProcessID(), "crosscheck is not running")
    #expect(kill(program, SIGKILL) == 0)
    #expect(try session.waitForExit() == 137)
    #expect(untitledJournals(in: session).count == 1)

    try session.respawn()
    try session.waitFor("Recover them? [Y/n]")
    try session.enter("y")
    try session.waitFor("recovered")
    try session.waitForPrompt()
    try session.enter("discrepancies")
    let screen = try session.waitFor("D1  scope-difference")
    #expect(screen.contains("bl0122:9, il1203:11"), "\(screen)")
  }

  @Test("leaving with unsaved changes asks once, and 'n' leaves without saving")
  func askBeforeLeaving() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.enter("flag bl0122:5 bl0123:2")
    try session.waitFor("flagged D1")
    try session.waitForPrompt()
    try session.send(keys: "C-d")
    try session.waitFor("before leaving? [Y/n/c to cancel")
    try session.enter("n")
    #expect(try session.waitForExit() == 0)
    // Declined: nothing left to recover.
    #expect(untitledJournals(in: session).isEmpty)
  }

  @Test("a planted autosave link is refused, said once, and the file it points to is unchanged")
  func plantedAutosaveLinkIsRefused() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.enter("flag bl0122:5 bl0123:2")
    try session.waitFor("flagged D1")
    // A save makes no folder but Sessions/: the folder it names must be there.
    try FileManager.default.createDirectory(
      at: session.folder.url.appendingPathComponent("sess"), withIntermediateDirectories: false)
    try session.enter("save sess/evil.json")
    try session.waitFor("saved")
    try session.enter("quit")
    #expect(try session.waitForExit() == 0)

    let victim = session.folder.url.appendingPathComponent("victim-rc")
    try "export PATH=/usr/bin\n".write(to: victim, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: victim)
    try FileManager.default.createSymbolicLink(
      atPath: session.folder.url.appendingPathComponent("sess/.evil.autosave.jsonl").path,
      withDestinationPath: "../victim-rc")
    try session.respawn(arguments: ["--session", "sess/evil.json", "--trust"])
    try session.waitForPrompt()
    try session.enter("note D1 '$(touch PWNED)'")
    try session.waitFor("autosave is off")
    try session.waitForPrompt()
    try session.enter("tag D1 checked")
    let screen = try session.waitFor("checked")
    #expect(screen.rows.filter { $0.contains("autosave is off") }.count == 1, "said once")
    #expect(try Data(contentsOf: victim) == before)
  }

  @Test("saved at quit, then opened again: nothing is offered for recovery, nothing doubled")
  func savedAtQuitIsNotRecoveredAgain() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.enter("save s")
    try session.waitFor("saved")
    try session.enter("flag bl0122:5 bl0123:2")
    try session.waitFor("flagged D1")
    try session.enter("quit")
    try session.waitFor("before leaving?")
    try session.enter("y")
    #expect(try session.waitForExit() == 0)
    let journal = session.folder.url.appendingPathComponent("Sessions/.s.autosave.jsonl")
    #expect(!FileManager.default.fileExists(atPath: journal.path), "save removes the journal")

    try session.respawn(arguments: ["--session", "Sessions/s.json", "--trust"])
    try session.waitForPrompt()
    try session.enter("discrepancies")
    let screen = try session.waitFor("D1")
    #expect(!screen.contains("Recover them?"))
    #expect(!screen.contains("D2"), "\(screen.rows)")
  }

  /// An untitled journal another run left too large to read is said at start with what to do
  /// about it, and is not this session's autosave: no reminder at quit that autosave failed.
  @Test("an oversized leftover journal is said with what to do, and not reminded of at quit")
  func anOversizedLeftoverIsNotThisSessionsAutosave() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.enter("quit")
    #expect(try session.waitForExit() == 0)
    let folder = session.home.appendingPathComponent(".crosscheck_autosave").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let leftover = folder + "/untitled-1-1-a.autosave.jsonl"
    #expect(FileManager.default.createFile(atPath: leftover, contents: nil))
    #expect(truncate(leftover, off_t((64 << 20) + 1)) == 0)
    try session.respawn()
    try waitForWrapped("move it elsewhere or delete it", in: session)
    try session.waitForPrompt()
    try session.enter("flag bl0122:5 bl0123:2")
    try session.waitFor("flagged D1")
    try session.enter("quit")
    let screen = try session.waitFor("before leaving?")
    #expect(!screen.rows.joined().contains("did not work in this"), "\(screen.rows)")
    try session.enter("n")
    #expect(try session.waitForExit() == 0)
  }

  /// A session's own journal too large to read keeps autosave off until a save, which moves
  /// it aside (never deletes it) and starts a new journal that works.
  @Test("a save moves a session's oversized journal aside and autosave works again")
  func aSaveStartsAFreshJournal() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.enter("save s")
    try session.waitFor("saved")
    try session.enter("quit")
    #expect(try session.waitForExit() == 0)
    let journal = session.folder.url.appendingPathComponent("Sessions/.s.autosave.jsonl").path
    #expect(FileManager.default.createFile(atPath: journal, contents: nil))
    #expect(truncate(journal, off_t((64 << 20) + 1)) == 0)

    try session.respawn(arguments: ["--session", "Sessions/s.json", "--trust"])
    try waitForWrapped("move it elsewhere or delete it", in: session)
    try session.waitForPrompt()
    try session.enter("flag bl0122:5 bl0123:2")
    try session.waitFor("flagged D1")
    try session.enter("save")
    try waitForWrapped("was moved to", in: session)
    let aside = try FileManager.default.attributesOfItem(atPath: journal + ".too-large")[.size]
    #expect(aside as? Int == (64 << 20) + 1, "moved aside whole")
    try session.enter("tag D1 checked")
    try session.waitFor("checked")
    try session.waitForPrompt()
    let written = try String(contentsOfFile: journal, encoding: .utf8)
    #expect(written.contains("tag D1 checked"), "autosave works again")
    try session.enter("quit")
    let screen = try session.waitFor("before leaving?")
    #expect(!screen.rows.joined().contains("did not work in this"), "\(screen.rows)")
    try session.enter("n")
    #expect(try session.waitForExit() == 0)
  }

  /// Waits for `text` in a line the terminal may have wrapped over rows.
  private func waitForWrapped(_ text: String, in session: TmuxSession) throws {
    try session.waitUntil("'\(text)' on the screen") { $0.rows.joined().contains(text) }
  }

  /// The untitled sessions' autosave journals in the program's HOME.
  private func untitledJournals(in session: TmuxSession) -> [String] {
    let folder = session.home.appendingPathComponent(".crosscheck_autosave").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".autosave.jsonl") }
  }
}
