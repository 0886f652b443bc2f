import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

@Suite("Script files and source")
struct ScriptFileTests {
  /// A Corpus article, for scripts that load something.
  static let article = RecordingShell.corpusPath + "/bl0122.txt"

  @Test func readsUTF8LinesWithAByteOrderMarkAndCRLF() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(
      "s.cc", bytes: [0xEF, 0xBB, 0xBF] + Array("sources\r\nhelp\n".utf8))
    let script = try ScriptFile.read(path)
    #expect(script == ScriptFile(path: path, lines: ["sources\r", "help"]))
  }

  @Test func refusesMissingFoldersAndNonUTF8() throws {
    let folder = try TemporaryDirectory()
    #expect(throws: ScriptFileError.self) { try ScriptFile.read(folder.path + "/none.cc") }
    #expect(throws: ScriptFileError.self) { try ScriptFile.read(folder.path) }
    let bad = try folder.write("bad.cc", bytes: [0x73, 0xFF, 0x0A])
    let error = #expect(throws: ScriptFileError.self) { try ScriptFile.read(bad) }
    #expect(
      error?.message
        == "cannot read the script '\(bad)': it is not UTF-8 text (byte 0xFF on line 1); save it "
        + "as UTF-8.")
    let later = try folder.write("later.cc", bytes: Array("sources\nhelp é\n".utf8) + [0xE9, 0x0A])
    let placed = #expect(throws: ScriptFileError.self) { try ScriptFile.read(later) }
    #expect(placed?.message.contains("(byte 0xE9 on line 3)") == true)
  }

  @Test func errorsInASourcedFileCarryItsNameAndLine() throws {
    let folder = try TemporaryDirectory()
    try folder.write("inner.cc", "# inner\nsources\n\nsorces\n")
    let shell = RecordingShell()
    #expect(shell.run("source \(folder.path)/inner.cc") == .failed)
    #expect(
      shell.errors
        == "crosscheck:\(folder.path)/inner.cc:4: unknown command 'sorces' — did you mean "
        + "'sources'?\n")
    #expect(shell.output.contains("No sources are loaded."))
  }

  @Test func aSourcedFileWithoutErrorsSucceeds() throws {
    let folder = try TemporaryDirectory()
    try folder.write("ok.cc", "set tolerance 0.25\n")
    let shell = RecordingShell()
    #expect(shell.run("source \(folder.path)/ok.cc") == .succeeded)
    #expect(shell.errors.isEmpty)
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.25")
  }

  @Test func pathsInsideAScriptAreRelativeToItsFolder() throws {
    let folder = try TemporaryDirectory()
    let text = try String(contentsOfFile: Self.article, encoding: .utf8)
    try folder.write("checks/texts/article.txt", text)
    try folder.write("checks/main.cc", "source lib/setup.cc\n")
    // lib/setup.cc names ../texts/: relative to lib/, not to main.cc's folder or the current one.
    try folder.write("checks/lib/setup.cc", "load ../texts/\n")
    let shell = RecordingShell()
    #expect(shell.run("source \(folder.path)/checks/main.cc") == .succeeded, "\(shell.errors)")
    #expect(shell.shell.corpus.sources.map(\.id.rawValue) == ["article"])
    #expect(
      shell.shell.corpus.sources.first?.path == "\(folder.path)/checks/lib/../texts/article.txt")
  }

  @Test func pathsAtThePromptStayRelativeToTheCurrentFolder() throws {
    let folder = try TemporaryDirectory()
    try folder.write("s.cc", "sources\n")
    let shell = RecordingShell()
    #expect(shell.shell.resolvePath("Corpus/") == "Corpus/")
    // After a script has run, the prompt is back to the current folder.
    shell.run("source \(folder.path)/s.cc")
    #expect(shell.shell.resolvePath("Corpus/") == "Corpus/")
    #expect(shell.shell.resolvePath("/abs/x") == "/abs/x")
  }

  @Test func aScriptSourcingItselfIsACycleAndTheRunGoesOn() throws {
    let folder = try TemporaryDirectory()
    try folder.write("self.cc", "source self.cc\nset tolerance 0.3\n")
    let shell = RecordingShell()
    #expect(shell.run("source \(folder.path)/self.cc") == .failed)
    let path = "\(folder.path)/self.cc"
    #expect(
      shell.errors
        == "crosscheck:\(path):1: '\(path)' is already running (\(path) → \(path)); a script "
        + "cannot source itself, directly or through others. Remove the 'source' line that "
        + "closes the cycle.\n")
    // The line after the refused 'source' still ran.
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.3")
  }

  @Test func anIndirectCycleIsNamedFromEndToEnd() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.cc", "source sub/b.cc\n")
    try folder.write("sub/b.cc", "source ../a.cc\nsorces\n")
    let shell = RecordingShell()
    #expect(shell.run("source \(folder.path)/a.cc") == .failed)
    let a = "\(folder.path)/a.cc"
    let b = "\(folder.path)/sub/b.cc"
    #expect(
      shell.errors.contains(
        "crosscheck:\(b):1: '\(folder.path)/sub/../a.cc' is already "
          + "running (\(a) → \(b) → \(folder.path)/sub/../a.cc)"), "\(shell.errors)")
    #expect(shell.errors.contains("crosscheck:\(b):2: unknown command 'sorces'"))
  }

  @Test func nestingStopsAtTheLimit() throws {
    let folder = try TemporaryDirectory()
    let depth = Shell.maximumScriptDepth
    for level in 1...(depth + 1) {
      try folder.write("s\(level).cc", "source s\(level + 1).cc\n")
    }
    let shell = RecordingShell()
    #expect(shell.run("source \(folder.path)/s1.cc") == .failed)
    let last = "\(folder.path)/s\(depth).cc"
    #expect(
      shell.errors
        == "crosscheck:\(last):1: '\(folder.path)/s\(depth + 1).cc' would run \(depth + 1) "
        + "scripts deep; scripts can source each other at most \(depth) deep. Shorten the chain "
        + "of 'source' lines.\n")
  }

  @Test func aMissingSourcedFileIsAnErrorOfTheSourceLine() throws {
    let folder = try TemporaryDirectory()
    try folder.write("main.cc", "source missing.cc\nset tolerance 0.2\n")
    let shell = RecordingShell()
    let result = try shell.shell.run(ScriptFile.read("\(folder.path)/main.cc"))
    #expect(result == ScriptRunner.Result(commands: 2, failures: 1))
    #expect(
      shell.errors
        == "crosscheck:\(folder.path)/main.cc:1: cannot read the script "
        + "'\(folder.path)/missing.cc': there is no such file; check the path.\n")
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.2")
  }

  @Test func bailStopsNestedScriptsAtTheFirstError() throws {
    let folder = try TemporaryDirectory()
    try folder.write("inner.cc", "sorces\nset tolerance 0.4\n")
    try folder.write("main.cc", "source inner.cc\nset tolerance 0.5\n")
    let shell = RecordingShell()
    shell.shell.bail = true
    let result = try shell.shell.run(ScriptFile.read("\(folder.path)/main.cc"))
    #expect(result.stoppedAtError)
    #expect(shell.errors.split(separator: "\n").count == 1, "\(shell.errors)")
    #expect(shell.shell.analysis.settings.approxTolerance.description != "0.4")
    #expect(shell.shell.analysis.settings.approxTolerance.description != "0.5")
  }

  @Test func withoutBailTheRunGoesOnAndCountsFailures() {
    let shell = RecordingShell()
    let result = ScriptRunner.run(
      ["sorces", "set tolerance 0.5", "bogus"], file: "x", in: shell.shell)
    #expect(result == ScriptRunner.Result(commands: 3, failures: 2, stoppedAtError: false))
  }

  @Test func echoShowsEachCommandBeforeItsOutput() {
    let shell = RecordingShell()
    shell.shell.echo = true
    _ = ScriptRunner.run(
      ["# comment", "", "sources", "help \\", "  quit"], file: "x", in: shell.shell)
    let lines = shell.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "crosscheck> sources")
    #expect(lines[1].hasPrefix("No sources are loaded."))
    #expect(lines[2] == "crosscheck> help \\")
    #expect(lines[3] == "       ...>   quit")
    #expect(!shell.output.contains("comment"))
  }

  @Test func sourceCompletesPaths() {
    #expect(SourceCommand.completion.kind(ofPositional: 0) == .path)
  }
}

@Suite("Script files: size")
struct ScriptFileSizeTests {
  /// A file far larger than a script is refused by its size, never read whole.
  @Test func aFileLargerThanAScriptIsRefusedByItsSize() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write("huge.cc", "sources\n")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(ScriptFile.maximumBytes + 1))
    try handle.close()
    let error = #expect(throws: ScriptFileError.self) { try ScriptFile.read(path) }
    #expect(error?.message.contains("and a script of commands may be at most 16 MiB") == true)
  }

  // MARK: - Lines and input bounded as a script file is

  /// The lines `reader` gives for `input` handed over `chunk` bytes at a time.
  static func lines(
    of input: String, chunk: Int, maximumLineBytes: Int, maximumBytes: Int
  ) -> [ScriptInputLine] {
    var rest = Array(input.utf8)[...]
    let reader = BoundedLineReader(maximumLineBytes: maximumLineBytes, maximumBytes: maximumBytes) {
      buffer in
      let count = min(chunk, buffer.count, rest.count)
      for index in 0..<count { buffer[index] = rest[rest.startIndex + index] }
      rest = rest.dropFirst(count)
      return count
    }
    return Array(reader)
  }

  @Test(arguments: [1, 3, 64])
  func aLineLongerThanACommandLineIsReadPastNotKept(chunk: Int) {
    let lines = Self.lines(
      of: "\u{FEFF}sources\n" + String(repeating: "x", count: 25) + "\nhelp\nlast", chunk: chunk,
      maximumLineBytes: 10, maximumBytes: 1000)
    #expect(
      lines == [
        .text("sources"), .tooLong(byteCount: 25, limit: 10), .text("help"), .text("last"),
      ])
  }

  /// A CRLF's `\r` is not part of the line: a line of exactly the limit is run with either
  /// line break, and one byte more is refused with either.
  @Test(arguments: [1, 3, 64])
  func aLineOfTheLimitIsRunWithCRLFAsWithLF(chunk: Int) {
    let atLimit = "note D1 xx"
    let over = atLimit + "x"
    for lineBreak in ["\n", "\r\n"] {
      let lines = Self.lines(
        of: atLimit + lineBreak + over + lineBreak + "help" + lineBreak, chunk: chunk,
        maximumLineBytes: 10, maximumBytes: 1000)
      let breakKept = lineBreak == "\n" ? "" : "\r"
      #expect(
        lines == [
          .text(atLimit + breakKept), .tooLong(byteCount: 11, limit: 10), .text("help" + breakKept),
        ], "\(lineBreak.debugDescription)")
    }
  }

  @Test func aScriptFilesLineOfTheLimitIsRunWithCRLFAsWithLF() throws {
    let line = "note D1 " + String(repeating: "x", count: (1 << 20) - 8)
    for lineBreak in ["\n", "\r\n"] {
      let folder = try TemporaryDirectory()
      let path = try folder.write("s.cc", line + lineBreak + line + "x" + lineBreak)
      let shell = RecordingShell()
      _ = try shell.shell.run(ScriptFile.read(path))
      #expect(
        shell.errors.contains(
          "crosscheck:\(path):2: this line is 1,048,577 bytes, longer than the 1 MiB "
            + "(1,048,576 bytes) a command line may be"), "\(shell.errors.prefix(300))")
      #expect(!shell.errors.contains(":1: this line is"), "\(shell.errors.prefix(300))")
    }
  }

  @Test(arguments: [1, 4, 64])
  func inputPastAScriptsLimitEndsAtTheLastWholeLineBeforeIt(chunk: Int) {
    let lines = Self.lines(
      of: "one\ntwo\nthree\nfour\n", chunk: chunk, maximumLineBytes: 10, maximumBytes: 12)
    #expect(lines == [.text("one"), .text("two"), .inputTooLarge(limit: 12)])
  }

  @Test func aLineTooLongIsReportedAtItsNumberAndTheRunGoesOn() {
    let shell = RecordingShell()
    let result = ScriptRunner.run(
      [
        .text("set tolerance 0.3"), .text("set tolerance \\"),
        .tooLong(byteCount: 3 << 20, limit: 1 << 20), .text("set tolerance 0.4"),
      ] as [ScriptInputLine], file: "<stdin>", in: shell.shell)
    #expect(result == ScriptRunner.Result(commands: 2, failures: 1))
    #expect(
      shell.errors
        == "crosscheck:<stdin>:3: this line is 3 MiB, longer than the 1 MiB a command line may "
        + "be; it was not run (is it data piped by mistake?).\n")
    // The command waiting for the line as its continuation did not run with half its words.
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.4")
  }

  @Test func inputPastAScriptsLimitIsReportedOnceAndEndsTheRun() {
    let shell = RecordingShell()
    let result = ScriptRunner.run(
      [.text("set tolerance 0.3"), .inputTooLarge(limit: 16 << 20), .text("set tolerance 0.4")]
        as [ScriptInputLine], file: "<stdin>", in: shell.shell)
    #expect(result == ScriptRunner.Result(commands: 1, failures: 1, inputTooLarge: true))
    #expect(
      shell.errors
        == "crosscheck:<stdin>:2: the input goes on past 16 MiB, the most a script may be; "
        + "nothing from this line on was read or run, so split the commands into smaller "
        + "scripts.\n")
    #expect(shell.shell.analysis.settings.approxTolerance.description == "0.3")
  }

  /// A script file is bounded line by line as standard input is.
  @Test func aScriptFilesLineTooLongIsNotRun() throws {
    let folder = try TemporaryDirectory()
    let path = try folder.write(
      "s.cc", "set tolerance 0.3\nnote D1 " + String(repeating: "x", count: 2 << 20) + "\n")
    let shell = RecordingShell()
    let result = try shell.shell.run(ScriptFile.read(path))
    #expect(result == ScriptRunner.Result(commands: 1, failures: 1))
    #expect(
      shell.errors.hasPrefix("crosscheck:\(path):2: this line is 2.0 MiB, longer than the 1 MiB"),
      "\(shell.errors)")
  }
}
