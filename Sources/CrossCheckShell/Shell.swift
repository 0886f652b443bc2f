import ArgumentParser
import CrossCheckCore
import Foundation

/// The command interpreter: it holds the session's state, runs command lines against it and
/// renders what they show as text. It never touches the terminal itself: the executable (or a
/// test) hands it writers for standard output and standard error, the width to wrap to, and a way
/// to ask whether the analyst pressed Ctrl-C.
public final class Shell {
  /// Every command the language knows, in the order `help` lists them.
  public static let commands: [any ShellCommand.Type] = CommandRegistry.all

  /// Each command under its name and aliases (the first listed wins), so that finding the
  /// command of a line does not read every command's configuration (a long replay finds
  /// thousands).
  private static let commandsByName: [String: any ShellCommand.Type] = {
    var table: [String: any ShellCommand.Type] = [:]
    for command in commands {
      for name in [command.name] + command.configuration.aliases where table[name] == nil {
        table[name] = command
      }
    }
    return table
  }()

  /// The command called `name` (or with that alias), if there is one.
  static func command(named name: String) -> (any ShellCommand.Type)? {
    commandsByName[name]
  }

  /// The session document: sources, analysis, journal, undo and redo (see ``Session``).
  public internal(set) var session = Session()
  /// The loaded sources.
  public var corpus: Corpus { session.corpus }
  /// Rates, settings and discrepancies: what the analyst adds. Changed through ``change(_:)``
  /// so that `undo` and `redo` work.
  public var analysis: AnalysisState { session.analysis }
  private var currentCommand = ""
  /// The suggestions of the last `scan`, which `flag S3` refers to.
  public internal(set) var lastScan: [Suggestion] = []
  /// The clock for note and discrepancy times, in whole seconds so that times survive a save
  /// (tests and replays set their own).
  public var now: () -> Date = {
    Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
  }

  // MARK: Session

  /// The session's name: its file name without `.json` once saved or opened.
  public var sessionName: String { session.name }
  /// The file the session was last saved to or opened from.
  public var sessionPath: String? { session.path }
  public var created: Date? { session.created }
  /// When the state last changed.
  public var updated: Date? { session.updated }
  /// Every state-changing command, in order: what `save` writes and `replay` re-runs.
  public var journal: [JournalEntry] { session.journal }
  /// Whether an open session file is locked against a second CrossCheck (the executable turns
  /// it on; a test of one process may leave it off).
  public var locksSessions = false
  /// The session file's lock, read-only state and last known SHA-256.
  var fileGuard = SessionFileGuard()
  /// Whether the state changed since the last save or open.
  public var hasUnsavedChanges: Bool { session.hasUnsavedChanges }
  /// Called with each new journal entry as it happens (the autosave journal).
  public var onJournal: ((JournalEntry) -> Void)?
  /// While true, commands show nothing (a recovery re-runs them silently).
  var isQuiet = false
  /// While false, commands show no output but still report errors (a replay).
  var showsOutput = true
  /// True while a session file's journal is replayed: its commands must not reach the network.
  var isReplaying = false
  /// Whether commands read plain argument lines themselves (``PlainlyParsedCommand``) instead of
  /// through ArgumentParser; a test turns it off to compare the two readings.
  var readsPlainArguments = true
  /// The largest session file 'open' reads and 'save' writes, one limit for both so that what
  /// is saved can be opened (a test lowers it to check that without 64 MiB of JSON).
  var sessionFileLimit = SessionStore.maximumBytes
  /// The ECB reference rates conversions fall back on (`rates update` replaces them).
  var referenceRates = ReferenceRates.builtIn
  /// The time of the command being run: notes, discrepancies and the journal entry share it.
  var commandTime = Date(timeIntervalSince1970: 0)
  /// The folder the analyst works in: with the session file's folder, where a session's sources
  /// may be without asking (see ``SourceTrust``).
  public var currentFolder = FileManager.default.currentDirectoryPath
  /// Asks the analyst a question and returns the answer (nil: no one to ask, as in batch mode).
  public var ask: (String) -> String? = { _ in nil }
  /// Set by `quit`; the loop that drives the shell stops reading when it is true.
  public internal(set) var exitRequested = false

  public var style: Style
  /// The width to wrap text to, asked again for every command (the terminal may be resized).
  public var width: () -> Int = { 80 }
  /// Whether Ctrl-C was pressed since the command started; long commands stop when it is.
  public var isInterrupted: () -> Bool = { false }
  /// Draws a long command's progress line on standard error (text), or clears it (nil); set by
  /// the executable only when standard error is a terminal.
  public var showProgress: ((String?) -> Void)?

  /// Whether status lines (loaded, saved, flagged…) are shown on standard error; `-q` turns
  /// them off. Errors and warnings are always shown.
  public var showsStatus = true

  /// The format listings print in when a command has no `--format` (`set format`).
  public var outputFormat: OutputFormat = .table
  /// Whether each command's wall time is shown on standard error after it (`set timing`).
  public var timing = false
  /// When long output goes through a pager (`set pager`); the executable does the paging.
  public var pager: PagerMode = .on
  /// Where output goes instead of standard output until `output` alone (`output FILE`, `-o`).
  var outputFile: OutputFile?
  /// The file the next command's output goes to (`once FILE`).
  var onceFile: OutputFile?
  /// The file the running command's output goes to, if not standard output.
  private var commandOutput: OutputFile?

  /// Whether a script stops at its first failed command (`--bail`) instead of going on.
  public var bail = false
  /// Whether scripts show each command, after a `crosscheck> ` prompt, before its output
  /// (`--echo`).
  public var echo = false
  /// The commands that ran without an error, exactly as typed, in order: those typed at the
  /// prompt, given with `-c` or read from standard input (and the `load` of the command line's
  /// paths). Blank lines, `history` and
  /// `transcript`, and the commands inside script files (a `source` line stands for them) are
  /// left out, so that running the lines again as a script repeats the session.
  public private(set) var transcript: [String] = []

  /// How deeply script files may run inside one another (`--batch` and `source` count).
  public static let maximumScriptDepth = 16

  private let writeOutput: (String) -> Void
  private let writeError: (String) -> Void
  private let writeStatus: (String) -> Void
  private var location: ScriptLocation?
  private var currentCommandFailed = false
  /// Whether output of the running command was dropped because Ctrl-C was pressed.
  private(set) var outputCutShort = false
  /// How many `execute` calls are under way: more than one inside `source`.
  private var executionDepth = 0
  /// The script files being run, outermost first.
  private var scriptFrames: [(path: String, canonicalPath: String)] = []

  /// - Parameters:
  ///   - output: receives what commands show, a line at a time with its line break.
  ///   - errorOutput: receives errors and warnings, a line at a time with its line break.
  ///   - status: receives status lines (loaded, saved, flagged…); by default `errorOutput`.
  public init(
    style: Style = Style(isEnabled: false),
    output: @escaping (String) -> Void,
    errorOutput: @escaping (String) -> Void,
    status: ((String) -> Void)? = nil
  ) {
    self.style = style
    self.writeOutput = output
    self.writeError = errorOutput
    self.writeStatus = status ?? errorOutput
  }

  /// Runs one command line (possibly joined from continuation lines).
  /// - Parameter location: where the line came from in a script; nil at the prompt.
  @discardableResult
  public func execute(_ text: String, at location: ScriptLocation? = nil) -> CommandStatus {
    execute(text, at: location, replaying: nil).status
  }

  /// Runs one command line; `anchors` are the figures a journal recorded with it, when a replay
  /// or a recovery runs it again. Returns its status and what re-anchoring found.
  func execute(
    _ text: String, at location: ScriptLocation? = nil, replaying anchors: [FigureReference]?
  )
    -> (status: CommandStatus, anchoring: [String])
  {
    // A command may run others (`source`): what belongs to this one is put back afterwards.
    let outer = (location: self.location, failed: currentCommandFailed, command: currentCommand)
    self.location = location
    currentCommandFailed = false
    executionDepth += 1
    defer {
      executionDepth -= 1
      self.location = outer.location
      currentCommandFailed = outer.failed
      currentCommand = outer.command
    }

    let tokens = CommandTokenizer.tokenize(PsqlMetaCommand.expand(text))
    switch tokens.ending {
    case .complete:
      break
    case .continuation:
      report(
        SyntaxError(
          "the command ends with '\\' but no line follows it", column: text.unicodeScalars.count - 1
        ), in: text)
      return (.failed, [])
    case .openQuote(let quote, let column):
      report(
        SyntaxError(
          "this \(quote == "'" ? "single" : "double") quote is never closed; add a closing \(quote)",
          column: column), in: text)
      return (.failed, [])
    }
    guard let first = tokens.words.first else { return (.empty, []) }
    guard let command = Self.command(named: first.text) else {
      if let meta = PsqlMetaCommand.unknown(in: text) {
        report(
          "unknown command '\(meta)'; of psql's backslash commands CrossCheck has "
            + "\(PsqlMetaCommand.known) (type 'help' for its own commands).")
        return (.failed, [])
      }
      // A hostile script's megabyte-long word is not echoed whole.
      let shown = first.text.count > 40 ? first.text.prefix(40) + "…" : first.text
      var message = "unknown command '\(shown)'"
      if let guess = EditDistance.suggestion(for: first.text, among: Self.commands.map { $0.name })
      {
        message += " — did you mean '\(guess)'?"
      } else {
        message += "; type 'help' to list the commands."
      }
      report(message)
      return (.failed, [])
    }
    currentCommand = text
    commandTime = now()
    let before = command.changesState ? session.revision : nil
    let started = ContinuousClock.now
    let isTopLevel = executionDepth == 1
    // Timed when timing is on before and after it ('set timing on' itself is not).
    let timed = isTopLevel && timing
    let outputBefore = beginOutput(of: command)
    if isTopLevel { outputCutShort = false }
    let journaled = run(
      command, arguments: tokens.words.dropFirst().map(\.text), replaying: anchors)
    if isTopLevel && outputCutShort && !currentCommandFailed {
      report(
        command.changesState
          ? "interrupted; the rest of the command's output was not shown."
          : "interrupted; the listing stopped.")
    }
    endOutput(restoring: outputBefore, startedAt: timed && timing ? started : nil)
    if let before, before != session.revision {
      record(journaled, typed: text, failed: currentCommandFailed)
    }
    let anchoring = journaled?.anchoring ?? []
    if currentCommandFailed { return (.failed, anchoring) }
    if executionDepth == 1, scriptFrames.isEmpty, command.isRecordedInTranscript {
      transcript.append(text)
    }
    return (.succeeded, anchoring)
  }

  // MARK: - Script files

  /// Runs a script file's commands: errors read `crosscheck:FILE:LINE: message`, and relative
  /// paths in its commands are relative to its folder (see ``resolvePath(_:)``).
  ///
  /// Nothing runs, and the error says why, when the file is already running (a script that
  /// sources itself, directly or through others) or when it would nest scripts deeper than
  /// ``maximumScriptDepth``.
  public func run(_ script: ScriptFile) throws(ScriptFileError) -> ScriptRunner.Result {
    let canonicalPath = URL(fileURLWithPath: script.path).standardizedFileURL
      .resolvingSymlinksInPath().path
    if let first = scriptFrames.firstIndex(where: { $0.canonicalPath == canonicalPath }) {
      let cycle = (scriptFrames[first...].map(\.path) + [script.path]).joined(separator: " → ")
      throw ScriptFileError(
        "'\(script.path)' is already running (\(cycle)); a script cannot source itself, "
          + "directly or through others. Remove the 'source' line that closes the cycle.")
    }
    guard scriptFrames.count < Self.maximumScriptDepth else {
      throw ScriptFileError(
        "'\(script.path)' would run \(scriptFrames.count + 1) scripts deep; scripts can source "
          + "each other at most \(Self.maximumScriptDepth) deep. Shorten the chain of 'source' "
          + "lines.")
    }
    scriptFrames.append((script.path, canonicalPath))
    defer { scriptFrames.removeLast() }
    return ScriptRunner.run(script.lines, file: script.path, in: self)
  }

  /// A path a command was given, made usable from the current folder: inside a script file a
  /// relative path is relative to the script's folder; at the prompt, with `-c` and on
  /// standard input it is left as it is (relative to the current folder).
  public func resolvePath(_ path: String) -> String {
    guard !path.isEmpty, !path.hasPrefix("/"), let script = scriptFrames.last?.path else {
      return path
    }
    // By hand: Foundation's deletingLastPathComponent traps on a one-character name on Linux.
    guard let slash = script.lastIndex(of: "/") else { return path }
    let folder = slash == script.startIndex ? "/" : String(script[..<slash])
    return folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }

  /// Journals a command that changed the session: as the command says (``JournalRecord``), or
  /// as typed, with the paths of `load` and `rates import` made absolute so that a replay does
  /// not depend on the folder it runs in (a saved session turns them back into relative ones).
  private func record(_ journaled: JournalRecord?, typed text: String, failed: Bool) {
    let command =
      journaled?.command ?? JournalPaths.rewrite(text) { Shell.absolute(resolvePath($0)) }
    let entry = session.record(
      command, at: commandTime, failed: failed, anchors: journaled?.anchors)
    onJournal?(entry)
  }

  /// What Tab does at the end of `lineBeforeCursor`.
  public func complete(_ lineBeforeCursor: String) -> Completion {
    let context = CompletionContext(
      sourceIDs: corpus.sources.map(\.id.rawValue),
      discrepancyIDs: analysis.discrepancies.map(\.label),
      verdicts: analysis.verdicts,
      tags: analysis.tags,
      figureIDs: corpus.sources.flatMap { $0.figures.map(\.id.description) },
      figureTexts: Dictionary(
        corpus.sources.flatMap { $0.figures.map { ($0.id.description, $0.text) } },
        uniquingKeysWith: { first, _ in first }),
      listDirectory: FileListing.list)
    return Completer.complete(lineBeforeCursor, commands: Self.commands, context: context)
  }

  /// Parses and runs a command; a ``JournaledCommand`` says how it is journaled.
  private func run(
    _ type: any ShellCommand.Type, arguments: [String], replaying anchors: [FigureReference]?
  ) -> JournalRecord? {
    let command: any ShellCommand
    let arguments = NegativeOptionValue.joined(arguments, options: type.completion.options)
    do {
      command =
        readsPlainArguments ? try type.parseArguments(arguments) : try type.parse(arguments)
    } catch {
      if type.exitCode(for: error) == .success {
        print(type.helpText(width: width()))
      } else {
        let message = ArgumentMessage.oneLine(type.message(for: error))
        report(
          "\(type.name): \(message.prefix(1).lowercased() + message.dropFirst()); usage: \(type.usage)"
        )
      }
      return nil
    }
    do {
      if let journaled = command as? any JournaledCommand {
        return try journaled.perform(in: self, replaying: anchors)
      }
      try command.execute(in: self)
    } catch let error as ShellError {
      report(error.message)
    } catch {
      report("\(error)")
    }
    return nil
  }

  // MARK: - State changes

  /// Applies a change to the analysis state in place, remembering what it touched for `undo`.
  @discardableResult
  func change<T>(_ body: (inout AnalysisState) throws -> T) rethrows -> T {
    try session.change(as: currentCommand, body)
  }

  /// Restores the state before the last change; returns the command that made it.
  func undo() -> String? {
    session.undo()
  }

  /// Counts the state as saved: the sources loaded from the command line are where a session
  /// starts, not changes to ask about when leaving.
  public func markClean() {
    session.hasUnsavedChanges = false
  }

  /// Takes back a `quit` (the analyst chose to stay).
  public func cancelExit() {
    exitRequested = false
  }

  /// Re-applies the last undone change; returns the command that made it.
  func redo() -> String? {
    session.redo()
  }

  /// `path` made absolute against the current folder.
  static func absolute(_ path: String) -> String {
    SessionStore.absolutePath(of: path, from: FileManager.default.currentDirectoryPath)
  }

  /// The figure with this id and its source, or an error that says what to type instead.
  func figure(_ id: String) throws -> (Figure, Source) {
    guard let figureID = FigureID(id) else {
      throw ShellError("'\(id)' is not a figure id; ids look like bl0122:9 (see 'figures').")
    }
    guard let source = corpus.source(figureID.source) else {
      throw ShellError(SourceLoadError.notLoaded(id: figureID.source.rawValue).description)
    }
    guard let figure = source.figure(figureID) else {
      throw ShellError("\(source.id) has \(source.figures.count) figures; there is no \(id).")
    }
    return (figure, source)
  }

  /// The discrepancy with this label (D3), or an error naming the ones there are.
  func discrepancy(_ label: String) throws -> Discrepancy {
    guard let number = Discrepancy.number(from: label) else {
      throw ShellError(
        "'\(label)' is not a discrepancy id; they look like D1 (see 'discrepancies').")
    }
    guard let discrepancy = analysis.discrepancy(number) else {
      let known = analysis.discrepancies.map(\.label).joined(separator: ", ")
      throw ShellError(
        "there is no \(label)"
          + (known.isEmpty ? "; none are recorded yet." : "; recorded: \(known)."))
    }
    return discrepancy
  }

  // MARK: - Output for commands

  /// Shows a line of output (nothing while quiet).
  /// The line is only built when it is shown (a replay shows nothing, and formats nothing).
  func print(_ line: @autoclosure () -> String = "") {
    if !isQuiet && showsOutput { emit(line() + "\n") }
  }

  /// Sends output to the command's file (`output`, `once`), made safe to read, or to the
  /// writer for standard output. After Ctrl-C nothing more is shown: a long listing stops
  /// where it is, and the command then says it was interrupted.
  private func emit(_ text: String) {
    if outputCutShort || isInterrupted() {
      outputCutShort = true
      return
    }
    if let file = commandOutput ?? outputFile {
      file.write(TerminalText.visible(text))
    } else {
      writeOutput(text)
    }
  }

  /// Chooses where a command's output goes (a pending `once` file takes the next command, in a
  /// script too), with colour off for a file. Returns what ``endOutput`` puts back.
  private func beginOutput(of command: any ShellCommand.Type) -> (
    output: OutputFile?, style: Style, ownsOnce: Bool
  ) {
    let outer = (output: commandOutput, style: style)
    var ownsOnce = false
    if !command.managesOutput, let once = onceFile {
      onceFile = nil
      commandOutput = once
      ownsOnce = true
    }
    if commandOutput ?? outputFile != nil { style = Style(isEnabled: false) }
    return (outer.output, outer.style, ownsOnce)
  }

  /// Closes the command's `once` file, says a file that could not be written, restores the
  /// colour, and says the command's time (`set timing`) when `started` is given.
  private func endOutput(
    restoring outer: (output: OutputFile?, style: Style, ownsOnce: Bool),
    startedAt started: ContinuousClock.Instant?
  ) {
    style = outer.style
    for file in [commandOutput, outputFile].compactMap({ $0 }) {
      if let failure = file.failure {
        warn("could not write to '\(file.path)': \(failure); output goes to the screen again.")
        if file === outputFile { outputFile = nil }
      }
    }
    if outer.ownsOnce {
      commandOutput?.close()
      commandOutput = outer.output
    }
    if let started {
      writeError(Self.timingLine(ContinuousClock.now - started))
    }
  }

  /// Shows a status line: what a command did (loaded, saved, flagged…) rather than what was
  /// asked for. It goes to standard error, so that standard output holds only the data a pipe
  /// wants; `-q` (``showsStatus``) silences it.
  func status(_ line: @autoclosure () -> String) {
    if !isQuiet && showsOutput && showsStatus { writeStatus(line() + "\n") }
  }

  /// Passes on status lines another shell wrote (a replay's, step by step).
  func forwardStatus(_ text: String) {
    if !isQuiet && showsStatus { writeStatus(text) }
  }

  /// Writes text exactly as it is (a report: no line break added, CRLF kept).
  func write(_ text: String) {
    if !isQuiet { emit(text) }
  }

  /// Stops a command that only shows something (it changes nothing) once Ctrl-C was pressed:
  /// asked between the pieces of a long listing.
  func stopListingIfInterrupted() throws {
    if isInterrupted() { throw ShellError("interrupted; the listing stopped.") }
  }

  /// Shows several lines of output.
  func print(lines: @autoclosure () -> [String]) {
    guard !isQuiet && showsOutput else { return }
    for line in lines() { print(line) }
  }

  /// Shows a command before it runs, as the prompt would (`--echo`); blank lines and comments
  /// are not shown.
  func echoCommand(_ text: String) {
    guard !CommandTokenizer.tokenize(text).words.isEmpty else { return }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      emit(style.dim(index == 0 ? "crosscheck> " : "       ...> ") + line + "\n")
    }
  }

  /// Makes the running command count as failed without a message of its own (the errors were
  /// reported already, as those of a sourced script are).
  func markFailed() {
    currentCommandFailed = true
  }

  /// Reports an error: the command counts as failed, and the session goes on.
  func report(_ message: String) {
    currentCommandFailed = true
    if isQuiet { return }
    if let location {
      writeError("crosscheck:\(location.file):\(location.line): \(message)\n")
    } else {
      writeError(style.error("error:") + " \(message)\n")
    }
  }

  /// Reports an error about a line of a script that did not become a command (too long, or past
  /// the end of what a script may be).
  func reportInput(_ message: String, at location: ScriptLocation) {
    let outer = self.location
    self.location = location
    defer { self.location = outer }
    report(message)
  }

  /// Reports a command too long to run, at the script line it began on (nil at the prompt).
  public func refuse(_ command: OverlongCommand, at location: ScriptLocation? = nil) {
    let sentence = ScriptInputMessage.sentence(command)
    if let location { reportInput(sentence, at: location) } else { report(sentence) }
  }

  /// Reports a syntax error with a caret under the column it is about.
  func report(_ error: SyntaxError, in text: String) {
    report(error.message)
    let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    guard error.column <= firstLine.unicodeScalars.count else { return }
    writeError("  \(firstLine)\n  \(String(repeating: " ", count: error.column))^\n")
  }

  /// Shows a warning: something the analyst should know, which does not fail the command.
  func warn(_ message: String) {
    if isQuiet { return }
    if let location {
      writeError("crosscheck:\(location.file):\(location.line): warning: \(message)\n")
    } else {
      writeError(style.warning("warning:") + " \(message)\n")
    }
  }
}
