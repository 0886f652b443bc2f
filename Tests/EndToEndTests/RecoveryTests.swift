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
    let autosave = session.home.appendingPathComponent(".crosscheck_autosave.jsonl")
    #expect(FileManager.default.fileExists(atPath: autosave.path))

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
    try session.waitFor("before leaving? [Y/n/c to cancel]")
    try session.sendLiteral("n")
    try session.send(keys: "Enter")
    #expect(try session.waitForExit() == 0)
    // Declined: nothing left to recover.
    let autosave = session.home.appendingPathComponent(".crosscheck_autosave.jsonl")
    #expect(!FileManager.default.fileExists(atPath: autosave.path))
  }
}
