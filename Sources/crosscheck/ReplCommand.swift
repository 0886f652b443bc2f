import ArgumentParser
import CrossCheckCore
import CrossCheckShell
import Foundation
import LineEditor

/// `crosscheck [repl] [PATHS...]`: load sources, then read commands from the prompt, from a
/// script file (`--batch`), from `-c`, or from standard input when it is not a terminal.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Start the prompt with the given sources loaded (the default).",
    discussion: """
      With --batch FILE, -c COMMAND, or when standard input is not a terminal, the commands \
      run without a prompt (nothing asks questions) and errors read \
      'crosscheck:FILE:LINE: message'. Exit status: 0 when every command succeeded, 1 when any \
      failed, 2 for a usage error, or a script file or -o FILE that cannot be read or written, \
      3 when --bail stopped at an error, 130 when Ctrl-C stopped the run. Status lines (loaded, saved, flagged…) go to standard \
      error with the errors; -q silences them. The rc file ($XDG_CONFIG_HOME/crosscheck/rc, else ~/.crosscheckrc) runs \
      only before the prompt.
      """)

  @Argument(help: "Text files, folders or glob patterns to load first.", completion: .file())
  var paths: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("batch")],
    help: ArgumentHelp(
      "Run the commands in FILE instead of the prompt, then exit.", valueName: "file"),
    completion: .file())
  var batch: String?

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(
      "Run COMMAND and exit; repeat to run several in order. The exit status is 1 if any failed.",
      valueName: "command"))
  var commands: [String] = []

  @Flag(help: "Stop at the first command that fails, with exit status 3.")
  var bail = false

  @Flag(help: "Show each command, after 'crosscheck> ', before its output.")
  var echo = false

  @Flag(
    name: [.customShort("q"), .customLong("quiet")],
    help:
      "Do not show status lines (loaded, saved, flagged…) on standard error; errors and warnings still show."
  )
  var quiet = false

  @Flag(name: .customLong("no-rc"), help: "Do not run the rc file before the prompt.")
  var noRC = false

  @Option(
    name: .customShort("o"),
    help: ArgumentHelp(
      "Send the commands' output to FILE instead of standard output (see 'output'); with --force, replace FILE.",
      valueName: "file"),
    completion: .file())
  var output: String?

  @Option(help: ArgumentHelp("Open a saved session first.", valueName: "file"), completion: .file())
  var session: String?

  @Option(
    name: .customLong("export"), parsing: .upToNextOption,
    help: ArgumentHelp(
      "Write the session's report in FORMAT to OUT and exit: --export html report.html.",
      valueName: "format out"))
  var export: [String] = []

  @Flag(
    help:
      "With --export or -o: replace the file if it exists. With --session at the prompt: work on a session that another CrossCheck has open."
  )
  var force = false

  @Flag(
    help: ArgumentHelp(
      "With --session: read its sources even when they lead outside its folder and the "
        + "current one (otherwise the prompt asks, and batch mode refuses)."))
  var trust = false

  @Option(
    help: ArgumentHelp(
      "Keep the prompt's history in FILE (default: $XDG_STATE_HOME/crosscheck/history, else "
        + "~/.crosscheck_history).", valueName: "file"),
    completion: .file())
  var history: String?

  func validate() throws {
    if batch != nil && !commands.isEmpty {
      throw ValidationError("--batch and -c cannot be used together; put the commands in FILE")
    }
    if !export.isEmpty && export.count != 2 {
      throw ValidationError("--export takes a FORMAT and a file: --export html report.html")
    }
    if !export.isEmpty && session == nil {
      throw ValidationError("--export reports on a saved session: give it with --session FILE")
    }
    if let format = export.first, ReportFormat(rawValue: format.lowercased()) == nil {
      throw ValidationError(
        "'\(format)' is not a report format; use "
          + ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))
    }
    if force && export.isEmpty && session == nil && output == nil {
      throw ValidationError("--force goes with --export, --session or -o")
    }
    if output != nil && !export.isEmpty {
      throw ValidationError("-o is for the commands' output; --export writes its own file")
    }
    if trust && session == nil { throw ValidationError("--trust goes with --session") }
    if !export.isEmpty && (batch != nil || !commands.isEmpty) {
      throw ValidationError("--export runs on its own, with --session; not with --batch or -c")
    }
  }

  mutating func run() throws {
    let environment = ProcessInfo.processInfo.environment
    // A script that cannot be read is an I/O error (status 2), found before anything runs.
    var script: ScriptFile?
    if let batch {
      do throws(ScriptFileError) {
        script = try ScriptFile.read(batch)
      } catch {
        FileHandle.standardError.write(
          Data(TerminalText.visible("crosscheck: \(error.message)\n").utf8))
        throw ExitCode(2)
      }
    }
    let interactive =
      script == nil && commands.isEmpty && export.isEmpty && isatty(STDIN_FILENO) == 1
    // 'crosscheck < FILE' is refused by the file's size, before anything runs, as --batch is.
    if script == nil && commands.isEmpty && export.isEmpty && !interactive,
      let size = StandardInputSize.remaining(), size > ScriptFile.maximumBytes
    {
      let sizes = ByteCountText.texts(size, limit: ScriptFile.maximumBytes)
      FileHandle.standardError.write(
        Data(
          ("crosscheck: cannot read the script on standard input: it is \(sizes.size), and a "
            + "script of commands may be at most \(sizes.limit); check what was redirected.\n")
            .utf8))
      throw ExitCode(2)
    }
    let style = Style(
      isEnabled: Style.colourWanted(
        isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment))
    // What reaches the terminal or a pipe carries no control characters but the shell's own
    // styling, whatever file the text came from.
    let styling = style.sequences
    // At the prompt on a terminal, long output may go through a pager (see 'set pager').
    let pager =
      interactive && isatty(STDOUT_FILENO) == 1 ? Pager(environment: environment) : nil
    let shell = Shell(
      style: style,
      output: { text in
        let visible = TerminalText.visible(text, keeping: styling)
        if let pager { pager.write(visible) } else { Swift.print(visible, terminator: "") }
      },
      errorOutput: { text in
        fflush(nil)
        FileHandle.standardError.write(Data(TerminalText.visible(text, keeping: styling).utf8))
      })
    shell.width = { LineEditor.terminalWidth() ?? TerminalColumns.width(in: environment) ?? 80 }
    shell.isInterrupted = { InterruptSignal.isPending }
    shell.showsStatus = !quiet
    if let output,
      shell.execute("output " + CommandTokenizer.quote(output) + (force ? " --force" : ""))
        == .failed
    {
      throw ExitCode(2)
    }
    if !quiet && isatty(STDERR_FILENO) == 1 {
      // One line, redrawn in place: carriage return, the text, erase to the end of the line.
      shell.showProgress = { line in
        FileHandle.standardError.write(Data(("\r" + (line ?? "") + "\u{1B}[K").utf8))
      }
    }
    // At the prompt a session stays open while the analyst works: lock it against a second
    // CrossCheck. A batch run holds it only for moments (and saves check the file's SHA-256).
    shell.locksSessions = interactive

    if interactive {
      // Before the prompt exists, a question (such as trusting a session's sources) is asked
      // on the terminal line by line.
      shell.ask = { question in
        Swift.print(question, terminator: "")
        fflush(nil)
        return Swift.readLine() ?? ""
      }
    }
    // A session that cannot be opened is an I/O error (status 2).
    if let session,
      shell.execute(
        "open " + CommandTokenizer.quote(session) + (trust ? " --trust" : "")
          + (force && export.isEmpty ? " --force" : ""))
        == .failed
    {
      throw ExitCode(2)
    }
    if export.count == 2 {
      let command =
        "export " + export.map(CommandTokenizer.quote).joined(separator: " ")
        + (force ? " --force" : "")
      if shell.execute(command) == .failed { throw ExitCode(1) }
      return
    }
    if interactive {
      if !noRC,
        let rc = RCLocation.resolve(
          environment: environment, fileExists: { FileManager.default.fileExists(atPath: $0) })
      {
        RCFile.run(rc, in: shell)
      }
      let historyFile = history ?? HistoryLocation.resolve(environment: environment)
      InteractiveLoop(
        shell: shell, historyFile: historyFile, paths: paths, environment: environment,
        pager: pager
      ).run()
      return
    }

    // Ctrl-C stops a long command as at the prompt (the session as it was, no file written),
    // then the run: status 130 (128 + SIGINT), as a shell reports a process Ctrl-C ended.
    InterruptSignal.installForBatch()
    shell.bail = bail
    shell.echo = echo
    var failures = 0
    for path in paths where shell.execute("load " + CommandTokenizer.quote(path)) == .failed {
      failures += 1
      try exitIfInterrupted()
      if bail { try exit(3) }
    }
    var result = ScriptRunner.Result()
    if let script {
      // The file was read above, so only a cycle or depth error could come back, and a
      // top-level script has neither.
      result = (try? shell.run(script)) ?? result
    } else if commands.isEmpty {
      result = ScriptRunner.run(BoundedLineReader(), file: "<stdin>", in: shell)
    } else {
      result = ScriptRunner.run(commands, file: "-c", in: shell)
    }
    try exitIfInterrupted()
    // Input past a script's limit is refused as a script file that large is: status 2.
    if result.inputTooLarge { try exit(2) }
    if result.stoppedAtError { try exit(3) }
    if failures + result.failures > 0 { try exit(1) }
    fflush(nil)
  }

  /// After Ctrl-C in batch mode: says so and ends with status 130 (128 + SIGINT).
  private func exitIfInterrupted() throws {
    guard InterruptSignal.isPending else { return }
    FileHandle.standardError.write(Data("crosscheck: interrupted\n".utf8))
    try exit(130)
  }

  /// Ends the run with `status`, once what was written has reached its destination.
  private func exit(_ status: Int32) throws -> Never {
    fflush(nil)
    throw ExitCode(status)
  }
}

extension ReplCommand {
  /// The command line read without ArgumentParser when it is plain (``PlainArguments``): paths,
  /// the flags, and `-f`/`--batch`, `-o`, `--session` and `--history` once each, `-c` as often
  /// as wanted. Rebuilding ArgumentParser's definitions was a third of starting up. Anything
  /// else (a subcommand, `--export`, a help or version request, an error) is nil, and
  /// ArgumentParser reads it as before.
  static func parsedPlainly(_ arguments: [String]) -> ReplCommand? {
    let subcommands = CrossCheckCLI.configuration.subcommands.compactMap {
      $0.configuration.commandName
    }
    guard !arguments.contains(where: { subcommands.contains($0) || $0 == "help" }),
      let plain = PlainArguments(
        arguments, options: ["-f", "--batch", "-o", "--session", "--history"],
        repeatable: ["-c"],
        flags: ["--bail", "--echo", "-q", "--quiet", "--no-rc", "--force", "--trust"]),
      !(plain.value("-f") != nil && plain.value("--batch") != nil),
      !(plain.has("-q") && plain.has("--quiet"))
    else { return nil }
    var command = ReplCommand()
    command.paths = plain.positionals
    command.batch = plain.value("-f") ?? plain.value("--batch")
    command.commands = plain.values("-c")
    command.bail = plain.has("--bail")
    command.echo = plain.has("--echo")
    command.quiet = plain.has("-q") || plain.has("--quiet")
    command.noRC = plain.has("--no-rc")
    command.output = plain.value("-o")
    command.session = plain.value("--session")
    command.export = []
    command.force = plain.has("--force")
    command.trust = plain.has("--trust")
    command.history = plain.value("--history")
    guard (try? command.validate()) != nil else { return nil }
    return command
  }
}
