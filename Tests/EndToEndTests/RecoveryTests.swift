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
    try session.sendLiteral("flag bl0122:9 il1203:11")
    try session.send(keys: "Enter")
    try session.waitFor("flagged D1")
    try session.sendLiteral("verdict D1 scope-difference")
    try session.send(keys: "Enter")
    try session.waitFor("D1: scope-difference")
    try session.waitForPrompt()

    // Killed as hard as it gets: no chance to save or clean up.
    let program = try #require(try session.programProcessID(), "crosscheck is not running")
    #expect(kill(program, SIGKILL) == 0)
    #expect(try session.waitForExit() == 137)
    #expect(untitledJournals(in: session).count == 1)

    try session.respawn()
    try session.waitFor("Recover them? [Y/n]")
    try session.sendLiteral("y")
    try session.send(keys: "Enter")
    try session.waitFor("recovered")
    try session.waitForPrompt()
    try session.sendLiteral("discrepancies")
    try session.send(keys: "Enter")
    let screen = try session.waitFor("D1  scope-difference")
    #expect(screen.contains("bl0122:9, il1203:11"), "\(screen)")
  }

  @Test("leaving with unsaved changes asks once, and 'n' leaves without saving")
  func askBeforeLeaving() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.sendLiteral("flag bl0122:5 bl0123:2")
    try session.send(keys: "Enter")
    try session.waitFor("flagged D1")
    try session.waitForPrompt()
    try session.send(keys: "C-d")
    try session.waitFor("before leaving? [Y/n/c to cancel")
    try session.sendLiteral("n")
    try session.send(keys: "Enter")
    #expect(try session.waitForExit() == 0)
    // Declined: nothing left to recover.
    #expect(untitledJournals(in: session).isEmpty)
  }

  @Test("a planted autosave link is refused, said once, and the file it points to is unchanged")
  func plantedAutosaveLinkIsRefused() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.sendLiteral("flag bl0122:5 bl0123:2")
    try session.send(keys: "Enter")
    try session.waitFor("flagged D1")
    // A save makes no folder but Sessions/: the folder it names must be there.
    try FileManager.default.createDirectory(
      at: session.folder.url.appendingPathComponent("sess"), withIntermediateDirectories: false)
    try session.sendLiteral("save sess/evil.json")
    try session.send(keys: "Enter")
    try session.waitFor("saved")
    try session.sendLiteral("quit")
    try session.send(keys: "Enter")
    #expect(try session.waitForExit() == 0)

    let victim = session.folder.url.appendingPathComponent("victim-rc")
    try "export PATH=/usr/bin\n".write(to: victim, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: victim)
    try FileManager.default.createSymbolicLink(
      atPath: session.folder.url.appendingPathComponent("sess/.evil.autosave.jsonl").path,
      withDestinationPath: "../victim-rc")
    try session.respawn(arguments: ["--session", "sess/evil.json", "--trust"])
    try session.waitForPrompt()
    try session.sendLiteral("note D1 '$(touch PWNED)'")
    try session.send(keys: "Enter")
    try session.waitFor("autosave is off")
    try session.waitForPrompt()
    try session.sendLiteral("tag D1 checked")
    try session.send(keys: "Enter")
    let screen = try session.waitFor("checked")
    #expect(screen.rows.filter { $0.contains("autosave is off") }.count == 1, "said once")
    #expect(try Data(contentsOf: victim) == before)
  }

  @Test("saved at quit, then opened again: nothing is offered for recovery, nothing doubled")
  func savedAtQuitIsNotRecoveredAgain() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()
    try session.sendLiteral("save s")
    try session.send(keys: "Enter")
    try session.waitFor("saved")
    try session.sendLiteral("flag bl0122:5 bl0123:2")
    try session.send(keys: "Enter")
    try session.waitFor("flagged D1")
    try session.sendLiteral("quit")
    try session.send(keys: "Enter")
    try session.waitFor("before leaving?")
    try session.sendLiteral("y")
    try session.send(keys: "Enter")
    #expect(try session.waitForExit() == 0)
    let journal = session.folder.url.appendingPathComponent("Sessions/.s.autosave.jsonl")
    #expect(!FileManager.default.fileExists(atPath: journal.path), "save removes the journal")

    try session.respawn(arguments: ["--session", "Sessions/s.json", "--trust"])
    try session.waitForPrompt()
    try session.sendLiteral("discrepancies")
    try session.send(keys: "Enter")
    let screen = try session.waitFor("D1")
    #expect(!screen.contains("Recover them?"))
    #expect(!screen.contains("D2"), "\(screen.rows)")
  }

  /// The untitled sessions' autosave journals in the program's HOME.
  private func untitledJournals(in session: TmuxSession) -> [String] {
    let folder = session.home.appendingPathComponent(".crosscheck_autosave").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".autosave.jsonl") }
  }
}
