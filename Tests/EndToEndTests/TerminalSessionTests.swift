import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drives the real `crosscheck` binary in a pseudo-terminal, through tmux, the way an analyst
/// uses it: keys go in with `send-keys`, and what the terminal shows comes back with
/// `capture-pane`. Each test has its own tmux server, HOME and history file.
@Suite("Terminal sessions", .timeLimit(.minutes(1)))
struct TerminalSessionTests {
  static let prompt = "crosscheck> "
  static let sourceIDs = ["bl0122", "bl0123", "bl1127", "gra1204", "il1203"]

  @Test("startup shows the prompt and the loaded sources; 'sources' lists them")
  func startupAndSources() throws {
    let session = try TmuxSession.start()
    defer { session.close() }

    let start = try session.waitForPrompt()
    for id in Self.sourceIDs {
      #expect(start.lines.contains { $0.hasPrefix("loaded \(id) ") }, "\(start)")
    }

    try session.enter("sources")
    let listed = try session.waitUntil("the table of sources and a new prompt") {
      $0.contains("ID ") && $0.contains("WORDS") && $0.isAtEmptyPrompt
    }
    // One table row per source, each starting with its id.
    for id in Self.sourceIDs {
      #expect(listed.lines.contains { $0.hasPrefix(id + " ") }, "\(listed)")
    }
    #expect(listed.contains("Bloomberg News"), "\(listed)")
  }

  @Test("Tab completes command names, unique ids, common prefixes, and lists the rest")
  func tabCompletion() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()

    // 'source' and 'sources' share "sou": Tab extends to their common part. Once the name is
    // unique it is completed and followed by a space.
    try session.sendLiteral("sou")
    try session.send(keys: "Tab")
    try session.waitForLine("source")
    try session.sendLiteral("s")
    try session.send(keys: "Tab")
    try session.waitForLine("sources ")
    // Enter runs what the editor now holds, so the completion is in libedit's buffer too.
    try session.send(keys: "Enter")
    try session.waitUntil("the table of sources and a new prompt") {
      $0.contains("Bloomberg News") && $0.isAtEmptyPrompt
    }

    // A unique source id.
    try session.sendLiteral("show gr")
    try session.send(keys: "Tab")
    try session.waitForLine("show gra1204 ")
    try session.send(keys: "C-c")
    try session.waitUntil("a fresh prompt after Ctrl-C") { $0.isAtEmptyPrompt }

    // Several ids share "bl": the first Tab adds the common prefix and lists nothing.
    try session.sendLiteral("show b")
    try session.send(keys: "Tab")
    let extended = try session.waitForLine("show bl")
    #expect(extended.lineAboveCursor.hasPrefix(Self.prompt), "nothing listed yet\n\(extended)")

    // Nothing more can be added: the second Tab lists the alternatives under the line and
    // redraws the line being edited below them.
    try session.send(keys: "Tab")
    let listed = try session.waitUntil("bl0122 bl0123 bl1127 listed above the redrawn line") {
      $0.lineAboveCursor.split(separator: " ") == ["bl0122", "bl0123", "bl1127"]
        && $0.beforeCursor == Self.prompt + "show bl"
    }
    #expect(listed.cursorLine == Self.prompt + "show bl", "\(listed)")

    // Narrowing to one id completes it, and the command runs: the program did not crash.
    try session.sendLiteral("1")
    try session.send(keys: "Tab")
    try session.waitForLine("show bl1127 ")
    try session.send(keys: "Enter")
    try session.waitUntil("the end of the article and a new prompt") {
      $0.contains("Distributed by Tribune Content Agency") && $0.isAtEmptyPrompt
    }
    // Its headline and word count have scrolled off the screen by now.
    let transcript = try session.transcript()
    #expect(transcript.contains("Putin says no final peace plan draft yet"), "\(transcript)")
    #expect(transcript.contains("383 words"), "\(transcript)")
  }

  @Test("Up recalls earlier commands, newest first, and Down goes back")
  func historyRecall() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()

    try session.enter("sources")
    try session.waitUntil("the table of sources and a new prompt") {
      $0.contains("WORDS") && $0.isAtEmptyPrompt
    }
    try session.enter("help")
    // The list of commands is longer than the pane: wait for its closing paragraph.
    try session.waitUntil("the help text and a new prompt") {
      $0.contains("Type 'help COMMAND'") && $0.isAtEmptyPrompt
    }

    try session.send(keys: "Up")
    try session.waitForLine("help")
    try session.send(keys: "Up")
    try session.waitForLine("sources")
    try session.send(keys: "Down")
    try session.waitForLine("help")
  }

  @Test("Ctrl-C drops the half-typed line, gives a fresh prompt and never ends the session")
  func controlCClearsTheLine() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()

    try session.sendLiteral("show bl01")
    try session.waitForLine("show bl01")
    try session.send(keys: "C-c")
    // The typed text may stay on screen (followed by ^C); the new prompt goes below it.
    let cleared = try session.waitUntil("an empty prompt below the dropped line") {
      $0.isAtEmptyPrompt && $0.lineAboveCursor.hasPrefix(Self.prompt + "show bl01")
    }
    #expect(cleared.lastNonEmptyLine == Self.prompt.trimmingTrailingSpaces, "\(cleared)")
    // The dropped line was not run: running it would report that bl01 is not loaded.
    #expect(!cleared.contains("error"), "\(cleared)")

    // Ctrl-C on an empty line is harmless too.
    try session.send(keys: "C-c")
    try session.waitUntil("a second fresh prompt") {
      $0.isAtEmptyPrompt && $0.lineAboveCursor.hasPrefix(Self.prompt + "^C")
    }

    // Still running: a command works, and Ctrl-D then leaves normally.
    try session.enter("sources")
    try session.waitUntil("the table of sources and a new prompt") {
      $0.contains("Bloomberg News") && $0.isAtEmptyPrompt
    }
    try session.send(keys: "C-d")
    let status = try session.waitForExit()
    #expect(status == 0)
  }

  @Test("Ctrl-D on an empty line leaves with status 0")
  func controlDExits() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()

    try session.send(keys: "C-d")
    let status = try session.waitForExit()
    #expect(status == 0)
  }

  @Test("curly quotes and € are edited as single characters")
  func unicodeEditing() throws {
    let session = try TmuxSession.start()
    defer { session.close() }
    try session.waitForPrompt()

    try session.sendLiteral("show “€210 billion”")
    try session.waitForLine("show “€210 billion”")

    // BackSpace at the end removes the closing quote (three bytes) and leaves nothing behind.
    try session.send(keys: "BSpace")
    let shortened = try session.waitForLine("show “€210 billion")
    #expect(shortened.cursorLine == Self.prompt + "show “€210 billion", "\(shortened)")

    // Left moves by characters: eight of them put the cursor just after "210".
    try session.send(keys: "Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left")
    try session.waitForLine("show “€210")

    // Four BackSpaces remove "0", "1", "2" and then "€" whole.
    try session.send(keys: "BSpace", "BSpace", "BSpace", "BSpace")
    let deleted = try session.waitForLine("show “")
    #expect(deleted.cursorLine == Self.prompt + "show “ billion", "\(deleted)")

    // Replace the rest and run it: the error quotes back exactly what the buffer held.
    try session.send(keys: "C-k")
    try session.sendLiteral("£7bn")
    try session.waitForLine("show “£7bn")
    try session.send(keys: "Enter")
    try session.waitFor("no source '“£7bn' is loaded")
    try session.waitForPrompt()

    // Ctrl-C clears a line holding multibyte characters too.
    try session.sendLiteral("show “€")
    try session.waitForLine("show “€")
    try session.send(keys: "C-c")
    try session.waitUntil("a fresh prompt after Ctrl-C") {
      $0.isAtEmptyPrompt && $0.lineAboveCursor.hasPrefix(Self.prompt + "show “€")
    }
  }

  @Test("the rc file runs before the prompt, its errors name it; --no-rc skips it")
  func rcFile() throws {
    let rc = "rate EUR USD 1.25 --date 2025-01-02 --source from-rc\nsorces\n"
    let session = try TmuxSession.start(rc: rc)
    defer { session.close() }
    let path = session.home.appendingPathComponent(".crosscheckrc").path
    let start = try session.waitForPrompt()
    #expect(start.contains("crosscheck:\(path):2: unknown command 'sorces'"), "\(start)")
    try session.enter("rates")
    try session.waitUntil("the rate from the rc file and a new prompt") {
      $0.contains("from-rc") && $0.isAtEmptyPrompt
    }

    let skipped = try TmuxSession.start(arguments: ["--no-rc"], rc: rc)
    defer { skipped.close() }
    let plain = try skipped.waitForPrompt()
    #expect(!plain.contains(".crosscheckrc"), "\(plain)")
    try skipped.enter("rates")
    let listed = try skipped.waitUntil("no rates and a new prompt") {
      $0.contains("The session has no rates of its own") && $0.isAtEmptyPrompt
    }
    #expect(!listed.contains("from-rc"), "\(listed)")
  }

  @Test("history is saved to the --history file and recalled by the next session")
  func historyPersists() throws {
    // The second session reads the first one's history file (kept until the test ends).
    let first = try TmuxSession.start()
    defer { first.close() }
    let historyFile = first.historyFile
    try first.waitForPrompt()
    try first.enter("sources")
    try first.waitUntil("the table of sources and a new prompt") {
      $0.contains("WORDS") && $0.isAtEmptyPrompt
    }
    try first.send(keys: "C-d")
    let status = try first.waitForExit()
    #expect(status == 0)

    // libedit's format: a "_HiStOrY_V2_" line, then one entry a line with spaces as \040.
    let saved = try #require(
      try? String(contentsOf: historyFile, encoding: .utf8),
      "no history file at \(historyFile.path)")
    #expect(saved.split(separator: "\n").contains { $0.hasPrefix("sources") }, "\(saved)")

    let second = try TmuxSession.start(historyFile: historyFile)
    defer { second.close() }
    try second.waitForPrompt()
    try second.send(keys: "Up")
    try second.waitForLine("sources")
  }
}

// MARK: - Driving tmux

/// A failure of the harness or of an expectation about the screen, with what the screen showed.
struct TerminalTestError: Error, CustomStringConvertible {
  let description: String
}

/// One `crosscheck` process in a 100×30 pseudo-terminal of a private tmux server.
///
/// The pane runs `bash -c '"$@"; echo "EXIT=$?" > STATUS'` around the program, so the exit
/// status can be read after it quits. Not `sh`: the wrapper is in the terminal's foreground
/// process group and gets every Ctrl-C too, and dash then ends itself once its child has
/// finished, losing the status; bash goes on when the child survived the SIGINT. Not tmux's
/// `pane_dead_status` either: a tmux built with libutempter can miss the child's SIGCHLD.
///
/// The server runs in the foreground (`tmux -D`) as this process's child: a server forked by a
/// client would keep the descriptor through which Foundation's `Process` learns that the
/// client ended, and `waitUntilExit()` would never return. It keeps the pane after the program
/// ends (`remain-on-exit`), so failure messages can still show the last screen.
struct TmuxSession {
  static let columns = 100
  static let rows = 30
  static let timeout: Duration = .seconds(10)
  static let pollInterval: TimeInterval = 0.05

  /// The session's private folder: tmux socket and configuration, HOME, default history file.
  let folder: TemporaryFolder
  let historyFile: URL
  /// Where the wrapper writes `EXIT=<status>` when crosscheck has ended.
  let statusFile: URL
  /// The program's `$PAGER`: `cat` unless a test says otherwise, so that long output does
  /// not wait in `less`.
  let pager: String
  private let tmux: URL
  private let socket: String
  private let server: Process

  /// Starts `crosscheck --history FILE Corpus ARGUMENTS...` with a clean environment, and
  /// `rc` as the contents of `~/.crosscheckrc` when given.
  static func start(
    historyFile: URL? = nil, arguments: [String] = [], rc: String? = nil, pager: String = "cat"
  ) throws -> TmuxSession {
    let folder = try TemporaryFolder()
    let tmux = try Executables.locate(
      "tmux", in: ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"])
    let socket = folder.url.appendingPathComponent("tmux.sock").path
    let session = TmuxSession(
      folder: folder, historyFile: historyFile ?? folder.url.appendingPathComponent("history"),
      statusFile: folder.url.appendingPathComponent("status"), pager: pager, tmux: tmux,
      socket: socket,
      server: try startServer(tmux, socket: socket, in: folder.url))
    do {
      if let rc {
        try FileManager.default.createDirectory(
          at: session.home, withIntermediateDirectories: true)
        try rc.write(
          to: session.home.appendingPathComponent(".crosscheckrc"), atomically: true,
          encoding: .utf8)
      }
      try session.startProgram(arguments: arguments)
    } catch {
      session.close()
      throw error
    }
    return session
  }

  /// The program's HOME.
  var home: URL { folder.url.appendingPathComponent("home") }

  /// Ends the tmux server, and with it the program if it is still running.
  func close() {
    _ = try? run(["kill-server"])
    if server.isRunning { server.terminate() }
    server.waitUntilExit()
  }

  /// Starts `tmux -D` with its own configuration, its messages going to a file in `folder`.
  private static func startServer(_ tmux: URL, socket: String, in folder: URL) throws -> Process {
    // No user ~/.tmux.conf; no status bar, so all the rows are the program's.
    let configuration = folder.appendingPathComponent("tmux.conf")
    try "set -g remain-on-exit on\nset -g status off\n".write(
      to: configuration, atomically: true, encoding: .utf8)
    let log = folder.appendingPathComponent("tmux-server.log")
    try Data().write(to: log)
    let output = try FileHandle(forWritingTo: log)
    defer { try? output.close() }

    let server = Process()
    server.executableURL = tmux
    server.arguments = ["-D", "-S", socket, "-f", configuration.path]
    server.environment = clientEnvironment(folder)
    server.standardInput = FileHandle.nullDevice
    server.standardOutput = output
    server.standardError = output
    // The server, and crosscheck through it, inherits the signal mask of this thread.
    try withSignalsUnblocked { try server.run() }
    return server
  }

  /// Starts crosscheck again in the same pane and HOME, after it ended or was killed.
  func respawn(arguments: [String] = []) throws {
    try? FileManager.default.removeItem(at: statusFile)
    try run(["respawn-pane", "-k", "-t", "0", "--"] + programCommand(arguments: arguments))
  }

  /// The process id of crosscheck itself (the child of the pane's wrapper shell), if running.
  func programProcessID() throws -> Int32? {
    let shell = try run(["display-message", "-p", "-t", "0", "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").first.flatMap { Int32($0) }
  }

  /// The wrapper shell and the program it runs, as tmux's command words.
  private func programCommand(arguments: [String]) throws -> [String] {
    let wrapper = [
      try Executables.locate("bash", in: ["/bin", "/usr/bin"]).path, "-c",
      #"status=$1; shift; "$@"; echo "EXIT=$?" > "$status""#, "crosscheck-session",
      statusFile.path,
    ]
    let program =
      [
        "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=\(home.path)", "TERM=xterm-256color",
        "LANG=C.UTF-8", "NO_COLOR=1", "PAGER=\(pager)",
        try Executables.crosscheck().path, "--history", historyFile.path,
        Executables.repositoryRoot.appendingPathComponent("Corpus").path,
      ] + arguments
    return wrapper + program
  }

  /// Opens the pane running crosscheck, once the server is listening.
  private func startProgram(arguments: [String]) throws {
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let wrapper = [
      try Executables.locate("bash", in: ["/bin", "/usr/bin"]).path, "-c",
      #"status=$1; shift; "$@"; echo "EXIT=$?" > "$status""#, "crosscheck-session",
      statusFile.path,
    ]
    // `env -i` keeps the developer's XDG_STATE_HOME, EDITRC, LC_ALL and the like out: the
    // program sees a fresh HOME (no ~/.editrc), a UTF-8 locale, and no colour codes.
    let program =
      [
        "/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=\(home.path)", "TERM=xterm-256color",
        "LANG=C.UTF-8", "NO_COLOR=1", "PAGER=\(pager)",
        try Executables.crosscheck().path, "--history", historyFile.path,
        Executables.repositoryRoot.appendingPathComponent("Corpus").path,
      ] + arguments
    let newSession =
      ["new-session", "-d", "-x", "\(Self.columns)", "-y", "\(Self.rows)", "-c", folder.url.path]
      + ["--"] + wrapper + program

    // Until the server has made its socket, the command fails: retry for a while.
    let clock = ContinuousClock()
    let deadline = clock.now + Self.timeout
    while true {
      do {
        try run(newSession)
        break
      } catch {
        if !server.isRunning {
          let log = folder.url.appendingPathComponent("tmux-server.log")
          throw TerminalTestError(
            description: "the tmux server ended: "
              + ((try? String(contentsOf: log, encoding: .utf8)) ?? "(no message)"))
        }
        guard clock.now < deadline else { throw error }
        Thread.sleep(forTimeInterval: 0.01)
      }
    }
    // Checked now that the server is up: it blocks every signal while it starts.
    try Self.checkSignalMask(of: server.processIdentifier)
  }

  /// The environment tmux itself runs with: no $TMUX from an enclosing session, and a UTF-8
  /// locale so that capture-pane prints € and curly quotes as they are.
  private static func clientEnvironment(_ folder: URL) -> [String: String] {
    ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8", "TMUX_TMPDIR": folder.path]
  }

  // MARK: Input

  /// Presses keys by their tmux names: "Enter", "Tab", "Up", "BSpace", "C-c"...
  func send(keys: String...) throws {
    try run(["send-keys", "-t", "0"] + keys)
  }

  /// Types text as it is, character by character (`send-keys -l`).
  func sendLiteral(_ text: String) throws {
    try run(["send-keys", "-t", "0", "-l", text])
  }

  // MARK: Output

  /// What the terminal shows now, with the cursor position and whether the program has ended.
  /// Types `text` and presses Enter, as a user enters a command line.
  func enter(_ text: String) throws {
    try sendLiteral(text)
    try send(keys: "Enter")
  }

  func screen() throws -> Screen {
    // One tmux invocation, so the cursor position and the rows are from the same moment.
    let output = try run([
      "display-message", "-p", "-t", "0", "#{cursor_x} #{cursor_y} #{pane_dead}", ";",
      "capture-pane", "-p", "-N", "-t", "0",
    ])
    var rows = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let state = rows.removeFirst().split(separator: " ")
    if rows.last == "" { rows.removeLast() }
    guard state.count == 3, let column = Int(state[0]), let row = Int(state[1]) else {
      throw TerminalTestError(description: "unexpected tmux output:\n\(output)")
    }
    return Screen(rows: rows, cursorColumn: column, cursorRow: row, hasExited: state[2] == "1")
  }

  /// Everything the terminal has shown, including what scrolled off the top.
  func transcript() throws -> String {
    try run(["capture-pane", "-p", "-t", "0", "-S", "-"])
  }

  /// Polls the screen until `condition` holds; fails with the last screen after the timeout,
  /// or as soon as the program has ended.
  @discardableResult
  func waitUntil(
    _ expectation: String, timeout: Duration = TmuxSession.timeout, _ condition: (Screen) -> Bool
  ) throws -> Screen {
    try poll(expectation, timeout: timeout) { screen in
      if condition(screen) { return true }
      if screen.hasExited {
        throw TerminalTestError(
          description: "crosscheck ended while waiting for \(expectation)\n\(screen)")
      }
      return false
    }
  }

  /// Waits until `text` is somewhere on the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = TmuxSession.timeout) throws -> Screen {
    try waitUntil("'\(text)' on the screen", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the line being edited reads `typed` up to the cursor, after the prompt.
  @discardableResult
  func waitForLine(_ typed: String) throws -> Screen {
    try waitUntil("the line '\(TerminalSessionTests.prompt)\(typed)' up to the cursor") {
      $0.beforeCursor == TerminalSessionTests.prompt + typed
    }
  }

  /// Waits for an empty prompt with the cursor after it.
  @discardableResult
  func waitForPrompt() throws -> Screen {
    try waitUntil("an empty prompt '\(TerminalSessionTests.prompt)'") { $0.isAtEmptyPrompt }
  }

  /// Waits for the program to end and returns its exit status (128 + n for signal n); fails if
  /// the session ended without one, which happens when a SIGINT killed crosscheck.
  func waitForExit() throws -> Int32 {
    var status: Int32?
    let ended = try poll("crosscheck to end") { screen in
      status = exitStatus()
      return status != nil || screen.hasExited
    }
    // The wrapper writes the file before it ends, so a dead pane should have one by now.
    guard let status = status ?? exitStatus() else {
      throw TerminalTestError(
        description: "the session ended without an exit status; was crosscheck killed by "
          + "Ctrl-C?\n\(ended)")
    }
    return status
  }

  /// The status the wrapper wrote, or nil if it has not (completely) written it yet.
  private func exitStatus() -> Int32? {
    guard let text = try? String(contentsOf: statusFile, encoding: .utf8),
      text.hasPrefix("EXIT="), text.hasSuffix("\n")
    else { return nil }
    return Int32(text.dropFirst("EXIT=".count).dropLast())
  }

  /// Captures the screen every `pollInterval` until `done` says so, for at most `timeout`.
  private func poll(
    _ expectation: String, timeout: Duration = TmuxSession.timeout,
    until done: (Screen) throws -> Bool
  ) throws -> Screen {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var current = try screen()
    while try !done(current) {
      guard clock.now < deadline else {
        throw TerminalTestError(
          description: "timed out after \(timeout) waiting for \(expectation)\n\(current)")
      }
      Thread.sleep(forTimeInterval: Self.pollInterval)
      current = try screen()
    }
    return current
  }

  // MARK: Running tmux

  /// Runs one tmux command against this session's server and returns its standard output.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = tmux
    // -N: a client never starts a server of its own.
    process.arguments = ["-N", "-S", socket] + arguments
    process.environment = Self.clientEnvironment(folder.url)
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try Self.check(process, arguments, said: String(decoding: errorData, as: UTF8.self))
    return String(decoding: outputData, as: UTF8.self)
  }

  private static func check(_ process: Process, _ arguments: [String], said errors: String?)
    throws
  {
    guard process.terminationStatus != 0 else { return }
    throw TerminalTestError(
      description: "tmux \(arguments.joined(separator: " ")) failed "
        + "(status \(process.terminationStatus)): \(errors ?? "")")
  }

  /// Runs `body` with no signal blocked on this thread. Tests run on pool threads that block
  /// nearly all signals, and a spawned process keeps its parent thread's mask: crosscheck
  /// would get a blocked SIGINT, so Ctrl-C would never reach it as it does for a person.
  private static func withSignalsUnblocked<T>(_ body: () throws -> T) rethrows -> T {
    var none = sigset_t()
    var previous = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  /// Fails if the tmux server, whose signal mask crosscheck inherits, has SIGINT blocked
  /// (Linux only: read from /proc). Keeps the Ctrl-C tests honest about the harness.
  private static func checkSignalMask(of pid: Int32) throws {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") }),
      let hex = line.split(whereSeparator: \.isWhitespace).last,
      let mask = UInt64(hex, radix: 16)
    else { return }
    if mask & (1 << (UInt64(SIGINT) - 1)) != 0 {
      throw TerminalTestError(description: "the tmux server has SIGINT blocked: \(line)")
    }
  }
}

/// One look at the terminal.
struct Screen: CustomStringConvertible {
  /// The terminal's rows as `capture-pane -N` gives them (trailing spaces kept).
  let rows: [String]
  let cursorColumn: Int
  let cursorRow: Int
  /// Whether the pane's process has ended (tmux keeps showing its last screen).
  let hasExited: Bool

  /// The rows without trailing spaces.
  var lines: [String] { rows.map(\.trimmingTrailingSpaces) }

  /// The row the cursor is on, without trailing spaces.
  var cursorLine: String { line(at: cursorRow) }

  /// The row above the cursor's, without trailing spaces: where a dropped line or a list of
  /// completions ends.
  var lineAboveCursor: String { line(at: cursorRow - 1) }

  /// The cursor's row up to the cursor: the prompt and what was typed before the cursor,
  /// trailing space included. (The characters used here each take one column.)
  var beforeCursor: String {
    let row = cursorRow < rows.count ? rows[cursorRow] : ""
    let padded = row + String(repeating: " ", count: max(0, cursorColumn - row.count))
    return String(padded.prefix(cursorColumn))
  }

  /// An empty prompt with the cursor right after it, and nothing below.
  var isAtEmptyPrompt: Bool {
    beforeCursor == TerminalSessionTests.prompt
      && cursorLine == TerminalSessionTests.prompt.trimmingTrailingSpaces
  }

  var lastNonEmptyLine: String { lines.last { !$0.isEmpty } ?? "" }

  func contains(_ text: String) -> Bool { rows.contains { $0.contains(text) } }

  private func line(at index: Int) -> String {
    rows.indices.contains(index) ? rows[index].trimmingTrailingSpaces : ""
  }

  /// The screen framed, with the cursor's position, for failure messages.
  var description: String {
    var shown = lines
    while shown.last?.isEmpty == true, shown.count > cursorRow + 1 { shown.removeLast() }
    let state = hasExited ? ", program ended" : ""
    return "screen (cursor at column \(cursorColumn), row \(cursorRow)\(state)):\n"
      + shown.map { "│" + $0 }.joined(separator: "\n")
  }
}

/// A fresh folder, removed when the last copy of the value is gone.
final class TemporaryFolder: Sendable {
  let url: URL

  init() throws {
    // Short, because a Unix socket path inside it must fit in about 100 bytes.
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("cc-e2e-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
