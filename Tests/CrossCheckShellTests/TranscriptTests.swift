import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

@Suite("Transcript and history")
struct TranscriptTests {
  @Test func recordsCommandsThatRanWithoutErrorAsTyped() {
    let shell = RecordingShell()
    shell.run("set   tolerance  0.2   # tighter")
    shell.run("")
    shell.run("   # only a comment")
    shell.run("sorces")
    shell.run("show nothing")
    shell.run("sources")
    shell.run("history")
    shell.run("transcript")  // fails: no FILE
    #expect(shell.shell.transcript == ["set   tolerance  0.2   # tighter", "sources"])
  }

  @Test func commandsInsideSourcedScriptsAreNotRecordedButTheSourceLineIs() throws {
    let folder = try TemporaryDirectory()
    try folder.write("s.cc", "set tolerance 0.3\n")
    let shell = RecordingShell()
    let line = "source '\(folder.path)/s.cc'"
    shell.run(line)
    #expect(shell.shell.transcript == [line])
  }

  @Test func historyListsTheCommandsNumbered() {
    let shell = RecordingShell()
    shell.run("history")
    #expect(
      shell.output == "No commands yet; the history lists the commands that ran without an error.\n"
    )
    for _ in 1...10 { shell.run("sources") }
    shell.run("set tolerance 0.2")
    shell.clear()
    shell.run("history")
    let lines = shell.output.split(separator: "\n")
    #expect(lines.count == 11)
    #expect(lines.first == " 1  sources")
    #expect(lines.last == "11  set tolerance 0.2")
  }

  @Test func historySaveWritesARunnableScript() throws {
    let folder = try TemporaryDirectory()
    let shell = RecordingShell()
    shell.shell.now = { Date(timeIntervalSince1970: 1_767_225_600) }  // 2026-01-01
    let commands = [
      "set tolerance 0.2", "rate EUR USD 1.16 --date 2025-12-03 --source \"ECB's rate\"",
      "rate EUR GBP 0.87 --date 2025-12-03 --source 'say \"hi\"'",
      "rate EUR JPY 180 --date 2025-12-03 --source it\\'s\\ \\#2",
    ]
    for command in commands { #expect(shell.run(command) == .succeeded, "\(shell.errors)") }
    let file = folder.path + "/session.cc"
    #expect(shell.run("history --save \(CommandTokenizer.quote(file))") == .succeeded)
    #expect(
      shell.status.hasSuffix(
        "saved 4 commands to \(file); run them with 'crosscheck --batch \(file)'\n"))

    let saved = try ScriptFile.read(file)
    #expect(
      saved.lines[0]
        == "# CrossCheck \(CrossCheckVersion.current) transcript, saved 2026-01-01T00:00:00Z.")
    #expect(saved.lines[1].hasPrefix("# Run it with: crosscheck --batch FILE"))
    #expect(Array(saved.lines.dropFirst(2)) == commands)

    // Run again as a script, it gives the same state.
    let replay = RecordingShell()
    let result = try replay.shell.run(saved)
    #expect(result == ScriptRunner.Result(commands: 4, failures: 0))
    #expect(replay.shell.analysis == shell.shell.analysis)
  }

  @Test func neverOverwritesWithoutForce() throws {
    let folder = try TemporaryDirectory()
    let file = try folder.write("kept.cc", "keep me\n")
    let shell = RecordingShell()
    shell.run("sources")
    #expect(shell.run("history --save \(file)") == .failed)
    #expect(
      shell.errors
        == "error: '\(file)' already exists; choose another name, or add --force to replace it.\n")
    #expect(shell.run("transcript \(file)") == .failed)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")

    #expect(shell.run("transcript \(file) --force") == .succeeded)
    #expect(try ScriptFile.read(file).lines.last == "sources")
    shell.run("help")
    #expect(shell.run("history --save \(file) --force") == .succeeded)
    #expect(try ScriptFile.read(file).lines.suffix(2) == ["sources", "help"])
  }

  @Test func forceNeedsSave() {
    let shell = RecordingShell()
    #expect(shell.run("history --force") == .failed)
    #expect(shell.errors.contains("--force goes with --save FILE"))
  }

  @Test func aFolderIsNotAFileToWrite() throws {
    let folder = try TemporaryDirectory()
    let shell = RecordingShell()
    #expect(shell.run("transcript \(folder.path) --force") == .failed)
    #expect(shell.errors.contains("is a folder; give a file name"))
  }

  @Test func aMissingFolderIsOneSentence() throws {
    let folder = try TemporaryDirectory()
    let shell = RecordingShell()
    shell.run("sources")
    let file = folder.path + "/missing/session.cc"
    for command in ["history --save \(file)", "transcript \(file)"] {
      shell.clear()
      #expect(shell.run(command) == .failed)
      #expect(
        shell.errors
          == "error: cannot write '\(file)': the folder '\(folder.path)/missing' does not exist "
          + "(CrossCheck does not create it; make it with mkdir -p).\n")
    }
  }
}

@Suite("rc file")
struct RCFileTests {
  @Test func prefersXDGConfigHomeThenTheHomeFolder() {
    let environment = ["XDG_CONFIG_HOME": "/c/", "HOME": "/h"]
    #expect(
      RCLocation.candidates(environment: environment) == ["/c/crosscheck/rc", "/h/.crosscheckrc"])
    #expect(
      RCLocation.resolve(environment: environment, fileExists: { _ in true }) == "/c/crosscheck/rc")
    #expect(
      RCLocation.resolve(environment: environment, fileExists: { $0 == "/h/.crosscheckrc" })
        == "/h/.crosscheckrc")
    #expect(RCLocation.resolve(environment: environment, fileExists: { _ in false }) == nil)
  }

  @Test func ignoresARelativeXDGConfigHomeAndAMissingHome() {
    #expect(
      RCLocation.candidates(environment: ["XDG_CONFIG_HOME": "c", "HOME": "/h/"]) == [
        "/h/.crosscheckrc"
      ])
    #expect(RCLocation.candidates(environment: ["XDG_CONFIG_HOME": "/c"]) == ["/c/crosscheck/rc"])
    #expect(RCLocation.candidates(environment: ["HOME": ""]).isEmpty)
  }

  @Test func errorsInTheRCFileNameItsPathAndLineAndTheRestRuns() throws {
    let folder = try TemporaryDirectory()
    let rc = try folder.write(".crosscheckrc", "sorces\nset tolerance 0.3\n")
    let shell = RecordingShell()
    let result = RCFile.run(rc, in: shell.shell)
    #expect(result == ScriptRunner.Result(commands: 2, failures: 1))
    #expect(shell.errors.hasPrefix("crosscheck:\(rc):1: unknown command 'sorces'"))
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.3")
    // The rc file's commands are not part of the transcript.
    #expect(shell.shell.transcript.isEmpty)
  }

  @Test func anUnreadableRCFileIsAWarning() throws {
    let folder = try TemporaryDirectory()
    let rc = try folder.write("rc", bytes: [0xFF])
    let shell = RecordingShell()
    #expect(RCFile.run(rc, in: shell.shell) == nil)
    #expect(
      shell.errors
        == "warning: cannot read the script '\(rc)': it is not UTF-8 text (byte 0xFF on line 1); "
        + "save it as UTF-8. The "
        + "rc file was skipped.\n")
  }
}
