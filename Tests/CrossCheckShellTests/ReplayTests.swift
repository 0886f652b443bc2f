import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

/// The sentence of bl0122 that holds bl0122:9 “$300 billion”, with the space before it.
private let frozenAssetsSentence =
  " It’s also a small slice of the country’s total frozen assets that are estimated at $300 billion worldwide, most of which is held in Europe."

/// Saves a session to `Sessions/replay.json`: D1 (bl0122:9 il1203:11) with a note, verdict and
/// tag, D2 (bl0122:5 bl0123:2) with a verdict; seven journal entries a minute apart.
private func savedSession(in workspace: SessionWorkspace, clock: TestClock) throws -> (
  author: RecordingShell, path: String
) {
  let author = RecordingShell.session(in: workspace, clock: clock)
  for command in [
    "flag bl0122:9 il1203:11 --title Frozen",
    "note D1 'checked against the ECB figure'",
    "verdict D1 scope-difference",
    "tag D1 money",
    "flag bl0122:5 bl0123:2",
    "verdict D2 counting-difference",
  ] {
    clock.advance()
    #expect(author.run(command) == .succeeded, "\(command): \(author.errors)")
  }
  let path = workspace.session("replay.json")
  #expect(author.run("save \(path)") == .succeeded)
  #expect(author.shell.journal.count == 7)
  author.clear()
  return (author, path)
}

/// The answers a stepping analyst gives, in order, and the questions asked.
private final class Answers {
  var answers: [String]
  var questions: [String] = []

  init(_ answers: [String]) { self.answers = answers }

  func ask(_ question: String) -> String? {
    questions.append(question)
    return answers.isEmpty ? "" : answers.removeFirst()
  }
}

@Suite("Sessions: replay")
struct ReplayTests {
  @Test func replayVerifyOnAnUnchangedCorpusReportsVerified() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = try savedSession(in: workspace, clock: clock)
    let saved = try workspace.bytes(path)

    // Replayed days later: the rebuilt times are the journal's, not the replaying clock's.
    clock.advance(10 * 86_400)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path) --verify") == .succeeded)
    #expect(shell.errors.isEmpty)
    #expect(
      shell.output
        == "replayed 7 of 7 journal entries from \(path)\nverified: the rebuilt state matches the saved one\n"
    )
    // --verify rebuilt a scratch session: the open one is still the empty one.
    #expect(shell.shell.corpus.sources.isEmpty)
    #expect(shell.shell.sessionPath == nil)
    #expect(shell.run("replay \(path)") == .succeeded)
    #expect(shell.shell.analysis == author.shell.analysis)
    #expect(shell.shell.analysis.discrepancy(1)?.notes.first?.time == TestClock.start + 120)
    #expect(shell.shell.journal == author.shell.journal)
    #expect(
      shell.shell.corpus.sources.map(\.id.rawValue) == [
        "bl0122", "bl0123", "bl1127", "gra1204", "il1203",
      ])
    #expect(shell.shell.sessionPath == path)
    #expect(shell.shell.sessionName == "replay")
    #expect(shell.shell.hasUnsavedChanges == false)
    // Saving the replayed session writes the very same file.
    #expect(shell.run("save") == .succeeded)
    #expect(try workspace.bytes(path) == saved)
  }

  @Test func replayRefusesToDiscardUnsavedChangesWithoutForce() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock)
    #expect(shell.run("flag gra1204:5 il1203:13") == .succeeded)
    shell.clear()
    let before = shell.state
    #expect(shell.run("replay \(path)") == .failed)
    #expect(
      shell.errors
        == "error: the current session has unsaved changes; 'save' it first, or add --force to discard them.\n"
    )
    #expect(shell.state == before)
    shell.clear()
    #expect(shell.run("replay \(path) --force") == .succeeded)
    #expect(shell.shell.analysis.discrepancy(1)?.title == "Frozen")
  }

  @Test func aFigureMovedByInsertedTextIsRelocated() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = try savedSession(in: workspace, clock: clock)
    let inserted = "Officials held 3 meetings before. "
    try workspace.editSource("bl0122") {
      $0.replacingOccurrences(
        of: "\nRussian leader Vladimir Putin began",
        with: "\n\(inserted)Russian leader Vladimir Putin began")
    }
    let shift = inserted.unicodeScalars.count

    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path)") == .succeeded)
    #expect(shell.errors.isEmpty)
    let lines = shell.output.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "replayed 7 of 7 journal entries from \(path)",
        "  bl0122:9 “$300 billion”: relocated from 3261 to \(3261 + shift), now bl0122:10",
        "  bl0122:5 “six”: relocated from 1674 to \(1674 + shift), now bl0122:6",
      ])

    // The discrepancy points at the right text, and the number is the same.
    let source = try #require(shell.shell.corpus.source(SourceID("bl0122")))
    let d1 = try #require(shell.shell.analysis.discrepancy(1))
    #expect(d1.figures.map(\.figure.description) == ["bl0122:10", "il1203:11"])
    let reference = d1.figures[0]
    #expect(reference.position == TextPositionSelector(start: 3261 + shift, end: 3273 + shift))
    #expect(reference.sourceSHA256 == source.sha256)
    #expect(codePoints(of: source.text, from: 3261 + shift, to: 3273 + shift) == "$300 billion")
    #expect(source.figure(reference.figure)?.value == Decimal(300_000_000_000))
    #expect(source.figure(reference.figure)?.unit == "USD")
    #expect(d1.figures[1] == author.shell.analysis.discrepancy(1)?.figures[1])
    // What was done to it follows it.
    #expect(d1.verdict == "scope-difference")
    #expect(d1.tags == ["money"])
    #expect(d1.notes.map(\.text) == ["checked against the ECB figure"])
    let d2 = try #require(shell.shell.analysis.discrepancy(2))
    #expect(d2.figures.map(\.figure.description) == ["bl0122:6", "bl0123:2"])
    #expect(codePoints(of: source.text, from: 1674 + shift, to: 1677 + shift) == "six")
    // The rebuilt journal records the figures as they are now.
    #expect(
      shell.shell.journal[1].command
        == "flag bl0122:10 il1203:11 --title Frozen --ecb-rate 'EUR USD 1.1668 2025-12-03'")
    #expect(shell.shell.journal[1].anchors?.first?.position.start == 3261 + shift)
  }

  @Test func aFigureWhoseSentenceWasDeletedIsOrphaned() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    try workspace.editSource("bl0122") {
      $0.replacingOccurrences(of: frozenAssetsSentence, with: "")
    }

    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path)") == .succeeded)
    #expect(shell.errors.isEmpty)
    #expect(
      shell.output.split(separator: "\n").map(String.init) == [
        "replayed 7 of 7 journal entries from \(path)",
        "  bl0122:9 “$300 billion”: orphaned (the quote is no longer in bl0122)",
        "  bl0122:5 “six”: exact (same place in the changed text)",
      ])
    // D1 keeps the orphaned figure as recorded (its quote, its old offsets, the old text's
    // hash), attached to no figure of the changed text; the other was found again.
    let d1 = try #require(shell.shell.analysis.discrepancy(1))
    #expect(d1.figures.map(\.figure.description) == ["bl0122:9", "il1203:11"])
    let source = try #require(shell.shell.corpus.source(SourceID("bl0122")))
    #expect(d1.figures[0].sourceSHA256 != source.sha256)
    #expect(d1.figures[0].quote.exact == "$300 billion")
    #expect(d1.verdict == "scope-difference")
    let d2 = try #require(shell.shell.analysis.discrepancy(2))
    #expect(d2.figures.map(\.figure.description) == ["bl0122:5", "bl0123:2"])
    #expect(d2.figures[0].position.start == 1674)
  }

  @Test func theSameNumberInANewSentenceIsNotTakenForTheOrphanedFigure() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    try workspace.editSource("bl0122") {
      $0.replacingOccurrences(
        of: frozenAssetsSentence,
        with: " Separately, a $300 billion fund for reconstruction was proposed.")
    }
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path)") == .succeeded)
    let source = try #require(shell.shell.corpus.source(SourceID("bl0122")))
    #expect(source.figures.contains { $0.text == "$300 billion" })
    #expect(
      shell.output.contains(
        "  bl0122:9 “$300 billion”: orphaned (the quote is no longer in bl0122)"))
    // The orphan keeps its recorded quote and the old text's hash: it is not attached to the
    // new sentence's "$300 billion".
    let d1 = try #require(shell.shell.analysis.discrepancy(1))
    let newFigure = try #require(source.figures.first { $0.text == "$300 billion" })
    #expect(d1.figures[0].sourceSHA256 != source.sha256)
    #expect(d1.figures[0].position.start != newFigure.start)
  }

  @Test func aWhollyOrphanedDiscrepancyDoesNotPassItsWorkToAnother() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let author = RecordingShell.session(in: workspace, clock: clock)
    for command in [
      "flag bl0122:9 --title alone", "flag bl0122:5 bl0123:2", "verdict D1 contradiction",
      "verdict D2 counting-difference", "note D1 'about the $300 billion'",
    ] {
      clock.advance()
      #expect(author.run(command) == .succeeded, "\(command): \(author.errors)")
    }
    let path = workspace.session("alone.json")
    #expect(author.run("save \(path)") == .succeeded)
    try workspace.editSource("bl0122") {
      $0.replacingOccurrences(of: frozenAssetsSentence, with: "")
    }

    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    shell.run("replay \(path)")
    #expect(shell.output.contains("bl0122:9 “$300 billion”: orphaned"))
    #expect(shell.errors.isEmpty)
    let visits = try #require(
      shell.shell.analysis.discrepancies.first {
        $0.figures.first?.figure.description == "bl0122:5"
      })
    // The six-times/seventh discrepancy must not receive the verdict and note recorded for the
    // orphaned D1; it keeps its own number and its own verdict.
    #expect(visits.label == "D2")
    #expect(visits.verdict == "counting-difference")
    #expect(visits.notes.isEmpty)
    // D1 is still there, orphaned, with its own verdict and note.
    let alone = try #require(shell.shell.analysis.discrepancy(1))
    #expect(alone.verdict == "contradiction")
    #expect(alone.notes.map(\.text) == ["about the $300 billion"])
  }

  @Test func aChangeElsewhereLeavesTheReferenceExact() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = try savedSession(in: workspace, clock: clock)
    try workspace.editSource("bl0122") {
      $0 + "\nThis paragraph was added after the session was saved.\n"
    }

    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path)") == .succeeded)
    #expect(
      shell.output.split(separator: "\n").map(String.init) == [
        "replayed 7 of 7 journal entries from \(path)",
        "  bl0122:9 “$300 billion”: exact (same place in the changed text)",
        "  bl0122:5 “six”: exact (same place in the changed text)",
      ])
    let source = try #require(shell.shell.corpus.source(SourceID("bl0122")))
    let old = try #require(author.shell.analysis.discrepancy(1)?.figures[0])
    let reference = try #require(shell.shell.analysis.discrepancy(1)?.figures[0])
    #expect(reference.figure == old.figure)
    #expect(reference.position == old.position)
    #expect(reference.quote == old.quote)
    #expect(reference.sourceSHA256 == source.sha256)
    #expect(reference.sourceSHA256 != old.sourceSHA256)
  }

  @Test func verifyListsTheDifferencesAndFails() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = try savedSession(in: workspace, clock: clock)
    let oldHash = try #require(author.shell.corpus.source(SourceID("bl0122"))?.sha256)
    try workspace.editSource("bl0122") {
      $0.replacingOccurrences(
        of: "\nRussian leader Vladimir Putin began",
        with: "\nOfficials held 3 meetings before. Russian leader Vladimir Putin began")
    }
    let files = try workspace.snapshot()

    let loader = RecordingShell()
    loader.run("load \(workspace.source("bl0122"))")
    let newHash = try #require(loader.shell.corpus.source(SourceID("bl0122"))?.sha256)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path) --verify") == .failed)
    let differences = shell.output.split(separator: "\n").filter { $0.hasPrefix("  differs: ") }
    #expect(
      differences == [
        "  differs: source bl0122 changed: saved SHA-256 \(oldHash.prefix(12))…, now \(newHash.prefix(12))…",
        "  differs: D1 figures: saved [\"bl0122:9\", \"il1203:11\"], replayed [\"bl0122:10\", \"il1203:11\"]",
        "  differs: D2 figures: saved [\"bl0122:5\", \"bl0123:2\"], replayed [\"bl0122:6\", \"bl0123:2\"]",
      ])
    #expect(!shell.output.contains("verified"))
    #expect(
      shell.errors
        == "error: the rebuilt state differs from the saved one in 3 way(s), listed above.\n")
    // The rebuilt session was a scratch one: the open session is unchanged, and so is the file.
    #expect(shell.shell.hasUnsavedChanges == false)
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    #expect(try workspace.snapshot() == files)
    #expect(shell.run("replay \(path)") == .succeeded)
    #expect(shell.shell.analysis.discrepancy(1)?.figures.first?.figure.description == "bl0122:10")
  }

  @Test func verifyNoticesAStateThatDoesNotFollowFromTheJournal() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    // Someone edited the saved state by hand: the journal no longer produces it.
    let edited = try workspace.text(path).replacingOccurrences(
      of: "\"verdict\" : \"counting-difference\"", with: "\"verdict\" : \"contradiction\"")
    try workspace.write(edited, to: path)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path) --verify") == .failed)
    #expect(
      shell.output.contains(
        "  differs: D2 verdict: saved contradiction, replayed counting-difference\n"))
    #expect(shell.errors.contains("differs from the saved one in 1 way(s)"))
  }

  @Test(arguments: [false, true])
  func aJournalRunsOnlyStateChangingCommands(verify: Bool) throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    let evil = workspace.root + "/evil.json"
    let script = workspace.root + "/x.cc"
    try workspace.write("save \(workspace.root)/evil2.json --force\n", to: script)
    let crafted = [
      "save \(evil)", "save \(path) --force", "source \(script)", "help", "open \(path) --force",
      "replay \(path) --force", "quit", "rm -rf \(workspace.root)",
    ]
    var session = try SessionStore.read(path)
    let saved = session.journal
    // The foreign commands go between the real ones.
    session.journal = []
    for (index, command) in crafted.enumerated() {
      session.journal.append(
        JournalEntry(sequence: 0, time: TestClock.start, command: command, outcome: "ok"))
      if index < saved.count { session.journal.append(saved[index]) }
    }
    for index in session.journal.indices { session.journal[index].sequence = index + 1 }
    try SessionStore.write(session.encoded(), to: path, overwrite: true)
    let files = try workspace.snapshot()

    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    let status = shell.run("replay \(path)" + (verify ? " --verify" : ""))
    #expect(
      shell.output.hasPrefix("replayed 7 of 15 journal entries from \(path)\n"))
    let warnings = shell.errors.split(separator: "\n").map(String.init)
    #expect(
      warnings
        == crafted.enumerated().map { index, command in
          "warning: entry \(index * 2 + 1): '\(command)' is not a state-changing CrossCheck command; skipped"
        })
    // Nothing was written, nothing left, and the real work was rebuilt.
    #expect(try workspace.snapshot() == files)
    #expect(!FileManager.default.fileExists(atPath: evil))
    #expect(shell.shell.exitRequested == false)
    // --verify leaves the open session alone; a plain replay makes the rebuilt one current.
    #expect(shell.shell.analysis.discrepancies.map(\.label) == (verify ? [] : ["D1", "D2"]))
    #expect(shell.shell.hasUnsavedChanges == !verify)
    if !verify {
      #expect(shell.shell.analysis.discrepancy(2)?.verdict == "counting-difference")
      #expect(shell.shell.journal.map(\.command).allSatisfy { !$0.hasPrefix("save") })
    }
    // The state is what the file says, so --verify finds no difference.
    #expect(status == .succeeded)
    #expect(shell.output.contains("verified: the rebuilt state matches the saved one") == verify)
  }

  @Test func stepWithNoOneToAskFailsClearly() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock)
    #expect(shell.run("save \(workspace.session("mine.json"))") == .succeeded)
    shell.clear()
    let before = shell.state
    let files = try workspace.snapshot()
    #expect(shell.run("replay \(path) --step") == .failed)
    #expect(
      shell.errors.hasSuffix(
        "error: replay --step needs someone at the prompt to answer; run it interactively, or without --step.\n"
      ))
    #expect(!shell.output.contains("replayed"))
    #expect(shell.state == before)
    #expect(try workspace.snapshot() == files)
  }

  @Test func stepRunsOnEnterSkipsOnSAndStopsOnQ() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    let answers = Answers(["", "s", " Q "])
    shell.shell.ask = { answers.ask($0) }
    #expect(shell.run("replay \(path) --step") == .succeeded)
    #expect(
      answers.questions
        == Array(repeating: "Enter runs it, s skips it, q stops the replay: ", count: 3))
    let lines = shell.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "[1/7] load ../Corpus")
    #expect(shell.status.contains("loaded bl0122  "))
    #expect(
      lines.contains(
        "[2/7] flag bl0122:9 il1203:11 --title Frozen --ecb-rate 'EUR USD 1.1668 2025-12-03'"))
    #expect(lines.contains("[3/7] note D1 'checked against the ECB figure'"))
    #expect(!lines.contains { $0.hasPrefix("[4/7]") })
    #expect(lines.contains("replayed 1 of 7 journal entries from \(path); stopped at your request"))
    #expect(shell.errors == "warning: entry 2: skipped at your request\n")
    #expect(shell.shell.corpus.sources.count == 5)
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    #expect(shell.shell.journal.map(\.command) == ["load \(workspace.corpus)"])
    #expect(shell.shell.hasUnsavedChanges)
  }

  @Test func stepThroughEverythingVerifies() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (author, path) = try savedSession(in: workspace, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    let answers = Answers([])
    shell.shell.ask = { answers.ask($0) }
    #expect(shell.run("replay \(path) --step --verify") == .succeeded)
    #expect(answers.questions.count == 7)
    #expect(shell.output.contains("verified: the rebuilt state matches the saved one"))
    #expect(shell.shell.analysis != author.shell.analysis)
    #expect(shell.shell.analysis.discrepancies.isEmpty)
    #expect(shell.shell.hasUnsavedChanges == false)
  }

  @Test func skippingAStepIsADifferenceForVerify() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let (_, path) = try savedSession(in: workspace, clock: clock)
    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    let answers = Answers(["", "", "s"])
    shell.shell.ask = { answers.ask($0) }
    #expect(shell.run("replay \(path) --step --verify") == .failed)
    #expect(answers.questions.count == 7)
    #expect(shell.output.contains("replayed 6 of 7 journal entries from \(path)\n"))
    #expect(shell.output.contains("  differs: D1 notes differ (1 saved, 0 replayed)\n"))
    #expect(shell.errors.contains("warning: entry 3: skipped at your request\n"))
    #expect(
      shell.errors.contains("error: the rebuilt state differs from the saved one in 1 way(s)"))
    // Verified in a scratch session: the open one is untouched.
    #expect(shell.shell.analysis.discrepancies.isEmpty)
  }

  @Test func undoRedoUnflagAndRateImportsReplayToTheSameState() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let csv = workspace.root + "/eurofxref.csv"
    try workspace.write(
      "Date,USD,JPY,\n2025-12-03,1.1600,N/A,\n2025-12-02,1.1550,180.1,\n", to: csv)
    let author = RecordingShell.session(in: workspace, clock: clock)
    for command in [
      "rates import \(csv)", "flag bl0122:9 il1203:11", "flag bl0122:5 bl0123:2",
      "flag gra1204:5 il1203:13", "unflag D2", "verdicts add misquoted", "verdict D3 misquoted",
      "undo", "redo", "undo", "set tolerance 0.05",
    ] {
      clock.advance()
      #expect(author.run(command) == .succeeded, "\(command): \(author.errors)")
    }
    let path = workspace.session("history.json")
    #expect(author.run("save \(path)") == .succeeded)
    let journal = try #require(
      try JSONSerialization.jsonObject(with: workspace.bytes(path)) as? [String: Any])["journal"]
    #expect(
      (journal as? [[String: Any]])?.first {
        ($0["command"] as? String)?.hasPrefix("rates") == true
      }?[
        "command"] as? String == "rates import ../eurofxref.csv")

    let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(shell.run("replay \(path) --verify") == .succeeded, "\(shell.errors)")
    #expect(shell.output.contains("verified: the rebuilt state matches the saved one"))
    #expect(shell.run("replay \(path)") == .succeeded, "\(shell.errors)")
    #expect(shell.shell.analysis == author.shell.analysis)
    #expect(shell.shell.analysis.discrepancies.map(\.label) == ["D1", "D3"])
    #expect(shell.shell.analysis.discrepancy(3)?.verdict == nil)
    #expect(shell.shell.analysis.settings.customVerdicts == ["misquoted"])
    #expect(shell.shell.analysis.rates.rates.count == 3)
    clock.advance()
    #expect(shell.run("flag bl1127:2 il1203:3") == .succeeded)
    #expect(shell.shell.analysis.discrepancies.last?.label == "D4")
  }

  /// The journal's commands are read plainly on replay (``PlainlyParsedCommand``): the state
  /// it rebuilds is the one ArgumentParser's reading rebuilds, lines that are not plain included.
  @Test func aReplayReadingPlainlyRebuildsWhatArgumentParserRebuilds() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let csv = workspace.root + "/eurofxref.csv"
    try workspace.write("Date,USD,\n2025-12-03,1.1600,\n", to: csv)
    let author = RecordingShell.session(in: workspace, clock: clock)
    for command in [
      "rates import \(csv)", "rate EUR GBP 0.86 --date 2025-12-01 --source 'a bank'",
      "rate --source analyst USD JPY 150", "flag bl0122:9 il1203:11 --title 'Frozen assets'",
      "flag --title=Talks bl0122:5 bl0123:2", "flag gra1204:5 il1203:13",
      "note D1 'checked against the ECB figure'", "note D2 -- -5 is what it says",
      "verdicts add misquoted", "verdict D3 misquoted", "tag D1 money assets",
      "tag D1 assets --remove", "tag --remove D1 money", "unflag D2", "undo", "redo", "undo",
      "set tolerance 0.05", "set author Ana María", "set title", "unload il1203 --force",
      "load \(workspace.source("il1203"))", "verdict D9 misquoted",
    ] {
      clock.advance()
      author.run(command)
    }
    let path = workspace.session("plain.json")
    #expect(author.run("save \(path)") == .succeeded, "\(author.errors)")
    #expect(author.shell.journal.count >= 20)

    var rebuilt: [Bool: RecordingShell] = [:]
    for readsPlainly in [true, false] {
      let shell = RecordingShell.session(in: workspace, clock: clock, loaded: false)
      shell.shell.readsPlainArguments = readsPlainly
      shell.run("replay \(path)")
      rebuilt[readsPlainly] = shell
    }
    let plain = try #require(rebuilt[true])
    let full = try #require(rebuilt[false])
    #expect(plain.shell.analysis == full.shell.analysis)
    #expect(plain.shell.journal == full.shell.journal)
    #expect(plain.errors == full.errors)
    #expect(plain.state.sources == full.state.sources)
    // The replay rebuilt the analyst's work, so the comparison compares something.
    #expect(plain.shell.analysis == author.shell.analysis)
    #expect(plain.shell.analysis.discrepancies.map(\.label) == ["D1", "D2", "D3"])
    #expect(plain.shell.analysis.settings.reportAuthor == "Ana María")
  }

  @Test func anOpenedOrReplayedSessionForgetsTheLastScan() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let author = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(author.run("load \(workspace.source("il1203"))") == .succeeded)
    let path = workspace.session("one-source.json")
    #expect(author.run("save \(path)") == .succeeded)

    for command in ["open \(path) --force", "replay \(path) --force"] {
      let shell = RecordingShell.session(in: workspace, clock: clock)
      #expect(shell.run("scan --limit 1") == .succeeded)
      #expect(shell.run(command) == .succeeded)
      #expect(shell.shell.corpus.sources.map(\.id.rawValue) == ["il1203"])
      shell.clear()
      // S1 was a suggestion about sources the opened session does not have.
      shell.run("flag S1")
      #expect(shell.errors.contains("there is no S1: run 'scan' first."))
      #expect(shell.shell.analysis.discrepancies.isEmpty)
    }
  }
}
