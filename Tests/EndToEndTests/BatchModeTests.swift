import Foundation
import Testing

/// Runs the real `crosscheck` binary as a subprocess, without a terminal: `--batch`/`-f`, `-c`
/// and standard input, with their exit statuses, `--echo`, `--bail` and sourced scripts.
@Suite("Batch mode", .timeLimit(.minutes(1)))
struct BatchModeTests {
  static let article = Executables.repositoryRoot.appendingPathComponent("Corpus/bl0122.txt")
  static let sorcesError = "unknown command 'sorces' — did you mean 'sources'?"

  @Test("a script whose commands all succeed exits with 0")
  func success() throws {
    let run = try Run(files: ["job.cc": "load \(Self.article.path)\nsources\n"])
    let result = try run("--batch", "job.cc")
    #expect(result.status == 0, "\(result)")
    #expect(result.errors.hasPrefix("loaded bl0122 "), "\(result)")
    #expect(result.errors.split(separator: "\n").count == 1, "\(result)")
    #expect(result.output.contains("\nbl0122  Putin starts Moscow talks"), "\(result)")
  }

  @Test("-f is --batch")
  func shortFlag() throws {
    let run = try Run(files: ["job.cc": "set tolerance 0.2\nsorces\n"])
    let long = try run("--batch", "job.cc")
    let short = try run("-f", "job.cc")
    #expect(short.status == 1, "\(short)")
    #expect(short == long)
    // The status line goes to standard error, in order with the errors.
    #expect(short.output.isEmpty, "\(short)")
    #expect(short.errors == "tolerance 0.2\ncrosscheck:job.cc:2: \(Self.sorcesError)\n", "\(short)")
  }

  @Test("errors are reported as FILE:LINE, the run goes on, and the status is 1")
  func failuresGoOn() throws {
    let run = try Run(files: ["job.cc": "# check\nsorces\nset tolerance 0.2\n"])
    let result = try run("-f", "job.cc")
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errors == "crosscheck:job.cc:2: \(Self.sorcesError)\ntolerance 0.2\n",
      "the line after the error ran")
  }

  @Test("--bail stops at the first error with status 3")
  func bail() throws {
    let run = try Run(files: ["job.cc": "set tolerance 0.2\nsorces\nset tolerance 0.3\nshwo\n"])
    let result = try run("--batch", "job.cc", "--bail")
    #expect(result.status == 3, "\(result)")
    #expect(
      result.errors == "tolerance 0.2\ncrosscheck:job.cc:2: \(Self.sorcesError)\n",
      "nothing after the error ran")

    let commands = try run("-c", "sorces", "-c", "set tolerance 0.3", "--bail")
    #expect(commands.status == 3, "\(commands)")
    #expect(commands.output.isEmpty, "\(commands)")
  }

  @Test("--bail stops inside a sourced script, and the script that sourced it")
  func bailInsideASourcedScript() throws {
    let run = try Run(files: [
      "job.cc": "source lib/inner.cc\nset tolerance 0.3\n",
      "lib/inner.cc": "sorces\nset tolerance 0.2\n",
    ])
    let result = try run("-f", "job.cc", "--bail")
    #expect(result.status == 3, "\(result)")
    #expect(result.errors == "crosscheck:lib/inner.cc:1: \(Self.sorcesError)\n")
    #expect(result.output.isEmpty, "\(result)")
  }

  @Test("a batch file that is missing, a folder or not UTF-8 is an I/O error: status 2")
  func unreadableScripts() throws {
    let run = try Run(files: ["bad.cc": "sources\n"])
    try Data([0x73, 0xFF, 0x0A]).write(to: run.folder.url.appendingPathComponent("bad.cc"))

    let missing = try run("--batch", "missing.cc")
    #expect(missing.status == 2, "\(missing)")
    #expect(
      missing.errors
        == "crosscheck: cannot read the script 'missing.cc': there is no such file; check the "
        + "path.\n")
    #expect(missing.output.isEmpty)

    let folder = try run("-f", ".")
    #expect(folder.status == 2, "\(folder)")
    #expect(folder.errors.contains("'.': it is a folder"), "\(folder)")

    let binary = try run("-f", "bad.cc")
    #expect(binary.status == 2, "\(binary)")
    #expect(binary.errors.contains("'bad.cc': it is not UTF-8 text"), "\(binary)")
  }

  @Test("usage errors exit with 2")
  func usageErrors() throws {
    let run = try Run()
    let unknown = try run("--bogus")
    #expect(unknown.status == 2, "\(unknown)")
    #expect(unknown.errors.contains("Unknown option '--bogus'"), "\(unknown)")

    let both = try run("--batch", "x.cc", "-c", "sources")
    #expect(both.status == 2, "\(both)")
    #expect(both.errors.contains("--batch and -c cannot be used together"), "\(both)")

    let noFile = try run("--batch")
    #expect(noFile.status == 2, "\(noFile)")
  }

  @Test("--echo shows each command after 'crosscheck> ' before its output")
  func echo() throws {
    let run = try Run(files: ["job.cc": "# setup\nset tolerance 0.2\n\nsorces\nset\n"])
    let result = try run("-f", "job.cc", "--echo")
    #expect(result.status == 1, "\(result)")
    #expect(
      result.output == """
        crosscheck> set tolerance 0.2
        crosscheck> sorces
        crosscheck> set
        tolerance    0.2  (how far 'about' reaches, as a fraction)
        author       —  (who signs the reports)
        report-date  —  (default: the day the session last changed)
        title        —  (default: the first discrepancy's title)
        report-url   —  (where the reports are published)
        format       table  (how listings print: table|csv|json|jsonl|markdown; this run only)
        timing       off  (show each command's time; this run only)
        pager        on  (page long output at a terminal: off, on, always; this run only)

        """, "\(result)")
    // The status line of 'set tolerance' is on standard error.
    #expect(result.errors.hasPrefix("tolerance 0.2\n"), "\(result)")
    #expect(!result.output.contains("\u{1B}["), "plain text when not a terminal")

    let commands = try run("-c", "set tolerance 0.3", "--echo")
    #expect(commands.output == "crosscheck> set tolerance 0.3\n", "\(commands)")
  }

  @Test("errors in a nested sourced script carry its file and line")
  func nestedErrors() throws {
    let run = try Run(files: [
      "jobs/main.cc": "source lib/outer.cc\nshwo\n",
      "jobs/lib/outer.cc": "set tolerance 0.2\nsource deeper/inner.cc\n",
      "jobs/lib/deeper/inner.cc": "# inner\n\nsorces\n",
    ])
    let result = try run("-f", "jobs/main.cc")
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errors == """
        tolerance 0.2
        crosscheck:jobs/lib/deeper/inner.cc:3: \(Self.sorcesError)
        crosscheck:jobs/main.cc:2: unknown command 'shwo' — did you mean 'show'?

        """, "\(result)")
  }

  @Test("a cycle of sourced scripts is named, and the run goes on")
  func cycles() throws {
    let run = try Run(files: [
      "a.cc": "source b.cc\nset tolerance 0.3\n",
      "b.cc": "source a.cc\n",
    ])
    let result = try run("-f", "a.cc")
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errors.hasPrefix("crosscheck:b.cc:1: 'a.cc' is already running (a.cc → b.cc → a.cc)"),
      "\(result)")
    #expect(result.errors.hasSuffix("\ntolerance 0.3\n"), "\(result)")
  }

  @Test("paths in a script are relative to its folder; with -c, to the current folder")
  func relativePaths() throws {
    let text = try String(contentsOf: Self.article, encoding: .utf8)
    let run = try Run(files: [
      "jobs/main.cc": "load ../texts/article.txt\n", "texts/article.txt": text,
    ])
    let script = try run("-f", "jobs/main.cc", "-c", "sources")
    #expect(script.status == 2, "--batch and -c together are a usage error")

    let batch = try run("-f", "jobs/main.cc")
    #expect(batch.status == 0, "\(batch)")
    #expect(batch.errors.hasPrefix("loaded article  jobs/../texts/article.txt"), "\(batch)")

    let commands = try run("-c", "load texts/article.txt")
    #expect(commands.status == 0, "\(commands)")
    #expect(commands.errors.hasPrefix("loaded article  texts/article.txt"), "\(commands)")
  }

  @Test("commands on standard input: status 1 after an error, 3 with --bail")
  func standardInput() throws {
    let run = try Run()
    let result = try run(input: "sorces\nset tolerance 0.2\n")
    #expect(result.status == 1, "\(result)")
    #expect(result.errors == "crosscheck:<stdin>:1: \(Self.sorcesError)\ntolerance 0.2\n")

    let bailed = try run("--bail", input: "sorces\nset tolerance 0.2\n")
    #expect(bailed.status == 3, "\(bailed)")
    #expect(bailed.output.isEmpty, "\(bailed)")
  }

  /// `crosscheck < FILE` is a script as `--batch FILE` is: refused by its size before
  /// anything runs, the size and the limit worded so they differ.
  @Test("a script on standard input larger than a script may be is refused: status 2")
  func standardInputLargerThanAScript() throws {
    let run = try Run()
    let result = try run(input: "set tolerance 0.2\n" + String(repeating: "x", count: 16 << 20))
    #expect(result.status == 2, "\(result)")
    #expect(
      result.errors
        == "crosscheck: cannot read the script on standard input: it is 16,777,234 bytes, and a "
        + "script of commands may be at most 16 MiB (16,777,216 bytes); check what was "
        + "redirected.\n")
    #expect(result.output.isEmpty, "\(result)")
  }

  @Test("a path that fails to load counts as a failed command")
  func pathsOnTheCommandLine() throws {
    let run = try Run()
    let result = try run("missing.txt", "-c", "set tolerance 0.2")
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.hasSuffix("\ntolerance 0.2\n"), "\(result)")
    let bailed = try run("missing.txt", "-c", "set tolerance 0.2", "--bail")
    #expect(bailed.status == 3, "\(bailed)")
    #expect(bailed.output.isEmpty, "\(bailed)")
  }

  @Test("the rc file is not run by --batch, -c or standard input")
  func noRCOutsideThePrompt() throws {
    let run = try Run(files: ["job.cc": "set\n", "home/.crosscheckrc": "set tolerance 0.4\n"])
    for result in [try run("-f", "job.cc"), try run("-c", "set"), try run(input: "set\n")] {
      #expect(result.status == 0, "\(result)")
      #expect(result.output.hasPrefix("tolerance    0.1 "), "\(result)")
    }
  }

  @Test("a transcript saved with -c runs again as a batch file")
  func transcriptRoundTrip() throws {
    let run = try Run()
    let saved = try run(
      "-c", "set tolerance 0.2", "-c", "sorces", "-c", "rate EUR USD 1.16 --source 'ECB rate'",
      "-c", "history --save job.cc")
    #expect(saved.status == 1, "\(saved)")
    #expect(
      saved.errors.hasSuffix(
        "saved 2 commands to job.cc; run them with 'crosscheck --batch job.cc'\n"))
    let again = try run("-c", "transcript job.cc")
    #expect(again.status == 1, "an existing file is never replaced without --force")
    #expect(again.errors.contains("'job.cc' already exists"), "\(again)")

    let replay = try run("-f", "job.cc", "--echo")
    #expect(replay.status == 0, "\(replay)")
    #expect(replay.output.contains("crosscheck> rate EUR USD 1.16 --source 'ECB rate'\n"))
  }
}

/// A folder with script files, in which `crosscheck` runs with a clean environment.
struct Run {
  struct Result: Equatable, CustomStringConvertible {
    var status: Int32
    var output: String
    var errors: String

    var description: String {
      "status \(status)\n--- stdout:\n\(output)--- stderr:\n\(errors)"
    }
  }

  let folder: TemporaryFolder

  /// Writes `files` (relative path → text) into a fresh folder; `home/` is the program's HOME.
  init(files: [String: String] = [:]) throws {
    folder = try TemporaryFolder()
    for (path, text) in files {
      let url = folder.url.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("home"), withIntermediateDirectories: true)
  }

  /// Runs crosscheck with `arguments` in the folder, `input` on standard input (empty when
  /// nil, which is not a terminal either), and returns its status and what it wrote.
  func callAsFunction(_ arguments: String..., input: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = try Executables.crosscheck()
    process.arguments = arguments
    process.currentDirectoryURL = folder.url
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": folder.url.appendingPathComponent("home").path,
      "LANG": "C.UTF-8", "TERM": "dumb",
    ]
    // Files rather than pipes: nothing can block however much the program writes.
    let stdout = folder.url.appendingPathComponent("stdout")
    let stderr = folder.url.appendingPathComponent("stderr")
    let stdin = folder.url.appendingPathComponent("stdin")
    try Data().write(to: stdout)
    try Data().write(to: stderr)
    try Data((input ?? "").utf8).write(to: stdin)
    let outputHandle = try FileHandle(forWritingTo: stdout)
    let errorHandle = try FileHandle(forWritingTo: stderr)
    let inputHandle = try FileHandle(forReadingFrom: stdin)
    defer {
      try? outputHandle.close()
      try? errorHandle.close()
      try? inputHandle.close()
    }
    process.standardOutput = outputHandle
    process.standardError = errorHandle
    process.standardInput = inputHandle
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      output: try String(contentsOf: stdout, encoding: .utf8),
      errors: try String(contentsOf: stderr, encoding: .utf8))
  }
}
