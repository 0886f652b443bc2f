import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

/// Sessions from elsewhere, and sessions an analyst keeps working in: what they may read, and
/// what a `replay --verify` may not replace.
@Suite("Sessions: safety")
struct SessionSafetyTests {
  /// A session in the workspace whose one source is a file outside the workspace.
  static func sessionReadingElsewhere(
    workspace: SessionWorkspace, outside: TemporaryDirectory, clock: TestClock
  ) throws -> String {
    let secret = try outside.write("secret.txt", "The password is 123456 and the PIN is 4321.\n")
    let author = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(author.run("load \(secret)") == .succeeded, "\(author.errors)")
    let path = workspace.session("elsewhere.json")
    #expect(author.run("save \(path)") == .succeeded, "\(author.errors)")
    return path
  }

  @Test(
    "open of a session naming a source outside its folder and the current one is refused in batch mode, nothing loaded"
  )
  func untrustedSourcesAreRefused() throws {
    let workspace = try SessionWorkspace()
    let outside = try TemporaryDirectory()
    let clock = TestClock()
    let path = try Self.sessionReadingElsewhere(
      workspace: workspace, outside: outside, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    let before = shell.state
    #expect(shell.run("open \(path)") == .failed)
    #expect(shell.errors.contains("secret.txt"), "\(shell.errors)")
    #expect(shell.errors.contains("add --trust"), "\(shell.errors)")
    #expect(shell.state == before)
    #expect(shell.run("replay \(path)") == .failed)
    #expect(shell.state == before)
    #expect(shell.run("open \(path) --trust") == .succeeded, "\(shell.errors)")
    #expect(shell.shell.corpus.sources.count == 1)
  }

  @Test("at the prompt the sources are listed and read only when the analyst says yes")
  func promptAsks() throws {
    let workspace = try SessionWorkspace()
    let outside = try TemporaryDirectory()
    let clock = TestClock()
    let path = try Self.sessionReadingElsewhere(
      workspace: workspace, outside: outside, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    var questions: [String] = []
    shell.shell.ask = { question in
      questions.append(question)
      return "n"
    }
    #expect(shell.run("open \(path)") == .failed)
    #expect(shell.shell.corpus.sources.isEmpty)
    #expect(questions.count == 1)
    shell.shell.ask = { _ in "y" }
    #expect(shell.run("open \(path)") == .succeeded, "\(shell.errors)")
    #expect(shell.shell.corpus.sources.count == 1)
  }

  @Test("a bad value is refused at open with a sentence naming its JSON path; nothing changes")
  func badValueIsNamed() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let author = RecordingShell.session(in: workspace, clock: clock)
    #expect(author.run("set tolerance 0.2") == .succeeded)
    let path = workspace.session("t.json")
    #expect(author.run("save \(path)") == .succeeded)
    let text = try workspace.text(path)
    #expect(text.contains("\"approxTolerance\" : 0.2"))
    try workspace.write(
      text.replacingOccurrences(
        of: "\"approxTolerance\" : 0.2", with: "\"approxTolerance\" : 5"), to: path)
    let shell = RecordingShell.session(in: workspace, clock: clock)
    let before = shell.state
    #expect(shell.run("open \(path) --force") == .failed)
    #expect(
      shell.errors.contains("settings.approxTolerance must be at least 0 and less than 1"),
      "\(shell.errors)")
    #expect(shell.state == before)
    #expect(shell.run("replay \(path) --force") == .failed)
    #expect(shell.state == before)
  }

  @Test("a relative source path climbing out of the session's folder is caught too")
  func climbingPathIsCaught() throws {
    let workspace = try SessionWorkspace()
    let outside = try TemporaryDirectory()
    let clock = TestClock()
    let path = try Self.sessionReadingElsewhere(
      workspace: workspace, outside: outside, clock: clock)
    // Rewrite the source as a path relative to the session file that climbs out of it.
    let relative = SessionStore.relativePath(
      of: outside.path + "/secret.txt", from: workspace.sessions)
    var file = try SessionStore.read(path)
    file.sources[0].path = relative
    try SessionStore.write(file.encoded(), to: path, overwrite: true)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("open \(path)") == .failed)
    #expect(shell.shell.corpus.sources.isEmpty)
  }

  @Test(
    "replay --verify checks in a scratch session: the open session stays, and save writes to it")
  func verifyDoesNotReplace() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let other = RecordingShell.session(in: workspace, clock: clock)
    #expect(other.run("flag bl0122:5 bl0123:2") == .succeeded)
    let otherPath = workspace.session("other.json")
    #expect(other.run("save \(otherPath)") == .succeeded)
    let otherBytes = try workspace.bytes(otherPath)

    let shell = RecordingShell.session(in: workspace, clock: clock)
    #expect(shell.run("flag bl0122:9 il1203:11 --title Mine") == .succeeded)
    let mine = workspace.session("mine.json")
    #expect(shell.run("save \(mine)") == .succeeded)
    #expect(shell.run("note D1 'unsaved work'") == .succeeded)
    #expect(shell.run("replay \(otherPath) --verify") == .succeeded, "\(shell.errors)")
    #expect(shell.output.contains("verified"))
    #expect(shell.shell.sessionPath == mine)
    #expect(shell.shell.analysis.discrepancy(1)?.title == "Mine")
    #expect(shell.shell.hasUnsavedChanges)
    #expect(shell.run("save") == .succeeded, "\(shell.errors)")
    #expect(try workspace.bytes(otherPath) == otherBytes)
    #expect(try workspace.text(mine).contains("unsaved work"))
  }
}

/// Two CrossChecks on one session, a save over a file changed since, and a recovery that must
/// not apply saved work twice.
@Suite("Sessions: other writers")
struct SessionWritersTests {
  /// A saved session with D1 in `Sessions/s.json`, and its author.
  static func saved(in workspace: SessionWorkspace, clock: TestClock) -> (RecordingShell, String) {
    let author = RecordingShell.session(in: workspace, clock: clock)
    clock.advance()
    #expect(author.run("flag bl0122:5 bl0123:2") == .succeeded)
    let path = workspace.session("s.json")
    #expect(author.run("save \(path)") == .succeeded, "\(author.errors)")
    return (author, path)
  }

  @Test("saving over a file changed on disk since it was opened is refused without --force")
  func lostUpdateIsRefused() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = Self.saved(in: workspace, clock: clock)
    let first = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    let second = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(first.run("open \(path)") == .succeeded, "\(first.errors)")
    #expect(second.run("open \(path)") == .succeeded, "\(second.errors)")
    clock.advance()
    #expect(first.run("note D1 'from the first'") == .succeeded)
    #expect(second.run("note D1 'from the second'") == .succeeded)
    #expect(first.run("save") == .succeeded, "\(first.errors)")
    #expect(second.run("save") == .failed)
    #expect(second.errors.contains("changed on disk"), "\(second.errors)")
    #expect(try workspace.text(path).contains("from the first"))
    #expect(second.shell.hasUnsavedChanges)
    #expect(second.run("save --force") == .succeeded, "\(second.errors)")
    #expect(try workspace.text(path).contains("from the second"))
    // Its own saves go on working: the file is as this session last wrote it.
    #expect(second.run("tag D1 checked") == .succeeded)
    #expect(second.run("save") == .succeeded, "\(second.errors)")
  }

  @Test("a session open in another CrossCheck opens read-only; save to it needs --force")
  func lockedSessionIsReadOnly() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = Self.saved(in: workspace, clock: clock)
    author.shell.locksSessions = true
    #expect(author.run("open \(path)") == .succeeded)
    let second = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    second.shell.locksSessions = true
    #expect(second.run("open \(path)") == .succeeded, "\(second.errors)")
    #expect(second.errors.contains("open in another CrossCheck"), "\(second.errors)")
    #expect(second.run("note D1 'second'") == .succeeded)
    let before = try workspace.bytes(path)
    #expect(second.run("save") == .failed)
    #expect(try workspace.bytes(path) == before)
    #expect(second.run("save \(workspace.session("mine.json"))") == .succeeded, "\(second.errors)")
    // Once the first CrossCheck lets go (here: it opens another file), the lock is free.
    #expect(author.run("open \(workspace.session("mine.json")) --force") == .succeeded)
    let third = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    third.shell.locksSessions = true
    #expect(third.run("open \(path)") == .succeeded)
    #expect(!third.errors.contains("open in another CrossCheck"), "\(third.errors)")
  }

  @Test("recovering an autosave journal never applies entries the saved file already holds")
  func recoveryIsIdempotent() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = Self.saved(in: workspace, clock: clock)
    clock.advance()
    #expect(author.run("note D1 'after the save'") == .succeeded)
    // The autosave journal holds everything the author did, the saved part too.
    let autosave = author.shell.journal
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("open \(path)") == .succeeded)
    #expect(shell.shell.notInJournal(autosave).map(\.command) == ["note D1 'after the save'"])
    let result = shell.shell.recover(autosave)
    #expect(result.recovered == 1)
    #expect(shell.shell.analysis.discrepancies.map(\.label) == ["D1"])
    #expect(shell.shell.analysis.discrepancy(1)?.notes.map(\.text) == ["after the save"])
    // Twice is the same as once.
    _ = shell.shell.recover(shell.shell.journal)
    #expect(shell.shell.analysis.discrepancy(1)?.notes.count == 1)
  }

  @Test("leaving offers a file that can be written: not another session's")
  func leavingOffersAFreeName() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let shell = RecordingShell.session(in: workspace, clock: clock)
    #expect(shell.shell.leavingSavePath == "Sessions/untitled.json")
    try workspace.write("{}", to: workspace.session("untitled.json"))
    #expect(shell.shell.leavingSavePath == "Sessions/untitled-2.json")
  }

  @Test(
    "unload of a cited source needs --force; then the report still lists it and quotes the figures")
  func unloadCitedSource() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let shell = RecordingShell.session(in: workspace, clock: clock)
    #expect(shell.run("flag bl0122:9 il1203:11") == .succeeded)
    let quote = try #require(shell.shell.analysis.discrepancy(1)?.figures.first?.quote.exact)
    let before = shell.state
    #expect(shell.run("unload bl0122") == .failed)
    #expect(shell.errors.contains("cited by D1"), "\(shell.errors)")
    #expect(shell.state == before)
    shell.clear()
    #expect(shell.run("unload bl0122 --force") == .succeeded, "\(shell.errors)")
    #expect(shell.errors.contains("orphaned"))
    #expect(shell.shell.corpus.source(SourceID("bl0122")) == nil)
    shell.clear()
    #expect(shell.run("export csv") == .succeeded, "\(shell.errors)")
    #expect(shell.output.contains(quote))
    let report = shell.shell.report()
    #expect(report.sources.map(\.id).contains("bl0122"))
    // Saved and opened again, the unloaded source is still listed.
    let path = workspace.session("u.json")
    #expect(shell.run("save \(path)") == .succeeded)
    let reopened = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(reopened.run("open \(path)") == .succeeded, "\(reopened.errors)")
    #expect(reopened.shell.report().sources.map(\.id).contains("bl0122"))
    // An uncited source unloads without --force.
    #expect(reopened.run("unload bl1127") == .succeeded, "\(reopened.errors)")
  }
}
