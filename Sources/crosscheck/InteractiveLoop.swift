import CrossCheckCore
import CrossCheckShell
import Foundation
import LineEditor

/// The prompt: read a line with libedit, run it, repeat until `quit` or Ctrl-D. Every state
/// change is also written to an autosave journal as it happens; a session that ended without
/// saving is offered back at the next start, and leaving with unsaved changes asks once.
struct InteractiveLoop {
  let shell: Shell
  let historyFile: String?
  /// Sources to load before the first prompt.
  let paths: [String]
  let environment: [String: String]
  /// Holds each command's output to page it (nil when standard output is not a terminal).
  let pager: Pager?

  func run() {
    InterruptSignal.install()
    if let historyFile {
      try? FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: historyFile).deletingLastPathComponent().path,
        withIntermediateDirectories: true)
    }
    let editor = LineEditor(programName: "crosscheck", historyFile: historyFile) { [shell] before in
      let completion = shell.complete(before)
      return EditorCompletion(
        deleteCount: completion.deleteCount, insertion: completion.insertion,
        // File names from a folder listing may hold control characters too.
        alternatives: completion.alternatives.map { TerminalText.visible($0) })
    }
    let style = shell.style
    // The greeting is chatter too: -q leaves it out, as psql -q does.
    if shell.showsStatus {
      Swift.print(
        style.dim(
          "CrossCheck \(CrossCheckVersion.current). Type 'help' for the commands, Tab to complete, "
            + "Ctrl-D to leave."))
    }
    shell.ask = { [pager] question in
      pager?.release()
      if case .line(let answer) = editor.readLine(prompt: question) { return answer }
      return "q"
    }
    // Each session has its own journal: beside its file, or a new one for an untitled session.
    var autosave =
      shell.sessionPath.map { AutosaveJournal(path: AutosaveJournal.path(besideSession: $0)) }
      ?? AutosaveJournal.untitledFolder(environment: environment).map {
        AutosaveJournal(path: AutosaveJournal.newUntitledPath(in: $0))
      }
    // What a run that ended without saving left: the journal beside the session, or the latest
    // untitled journal no running CrossCheck holds. Entries already saved are not offered.
    let leftover =
      shell.sessionPath == nil
      ? AutosaveJournal.abandonedUntitled(environment: environment).last.map {
        AutosaveJournal(path: $0)
      }
      : autosave.flatMap { AutosaveJournal.isAbandoned($0.path) ? $0 : nil }
    let unsaved = shell.notInJournal(leftover?.entries() ?? [])
    if unsaved.isEmpty, let leftover, leftover.problem == nil { leftover.clear() }
    // A refused or failing journal is said once, when it happens, and again at quit.
    // Only this session's own journal's problem is reminded of at quit: a leftover of another
    // run is said at start and is not this session's autosave.
    var autosaveProblem: AutosaveProblem?
    func sayProblem(of journal: AutosaveJournal?) {
      guard let problem = journal?.problem, problem != autosaveProblem else { return }
      if journal === autosave { autosaveProblem = problem }
      FileHandle.standardError.write(
        Data((style.warning("warning:") + " " + AutosaveMessage.sentence(problem) + "\n").utf8))
    }
    sayProblem(of: leftover)
    let recover = !unsaved.isEmpty && offerRecovery(of: unsaved, from: leftover!, editor: editor)
    // The autosave gets every journal entry not yet in it: the first change after a start also
    // writes the loads of the command line, so a recovery can rebuild the session from nothing.
    var autosaved = 0
    shell.onJournal = { _ in
      for entry in shell.journal[autosaved...] { autosave?.append(entry) }
      autosaved = shell.journal.count
      sayProblem(of: autosave)
    }
    for path in paths { shell.execute("load " + CommandTokenizer.quote(path)) }
    shell.markClean()
    if recover { runRecovery(unsaved) }

    let prompt = promptText("crosscheck> ", style: style)
    let continuation = promptText("       ...> ", style: style)
    var reader = LogicalLineReader()
    while true {
      switch editor.readLine(prompt: reader.isContinuing ? continuation : prompt) {
      case .line(let text):
        guard let input = reader.feed(text) else { continue }
        guard case .line(let line) = input else {
          if case .tooLong(let command) = input { shell.refuse(command) }
          continue
        }
        editor.addToHistory(line.text.replacingOccurrences(of: "\\\n", with: " "))
        InterruptSignal.reset()
        let session = shell.sessionPath
        if shell.pager != .off { pager?.begin() }
        let ran = shell.execute(line.text)
        let saved = ran == .succeeded && line.text.split(separator: " ").first == "save"
        pager?.end(mode: shell.pager)
        fflush(nil)
        if shell.sessionPath != session, let path = shell.sessionPath {
          // Saved or opened: the autosave now lives beside the session file.
          let previous = autosave
          autosave = AutosaveJournal(path: AutosaveJournal.path(besideSession: path))
          if !shell.hasUnsavedChanges { previous?.clear() }
          if let beside = autosave, session == nil || shell.hasUnsavedChanges == false,
            AutosaveJournal.isAbandoned(beside.path)
          {
            let pending = shell.notInJournal(beside.entries())
            sayProblem(of: beside)
            if !pending.isEmpty && offerRecovery(of: pending, from: beside, editor: editor) {
              runRecovery(pending)
            }
          }
        }
        if !shell.hasUnsavedChanges {
          autosave?.clear()
          autosaved = shell.journal.count
          // Saved: an own journal too large to read is moved aside and autosave starts anew.
          if saved, let journal = autosave, let aside = journal.setAsideTooLarge() {
            autosaveProblem = nil
            status(AutosaveMessage.setAside(journal.path, to: aside))
          }
        }
        if shell.exitRequested {
          if confirmLeaving(editor: editor, autosave: autosave, problem: autosaveProblem) {
            return
          }
          shell.cancelExit()
        }
      case .interrupted:
        reader.discard()
      case .endOfInput:
        Swift.print()
        if confirmLeaving(editor: editor, autosave: autosave, problem: autosaveProblem) {
          return
        }
      }
    }
  }

  /// Asks whether to recover changes a previous run did not save. Declined changes are kept
  /// aside in a `.discarded` file rather than deleted.
  private func offerRecovery(
    of entries: [JournalEntry], from autosave: AutosaveJournal, editor: LineEditor
  ) -> Bool {
    let last = entries.last.map { ISO8601DateFormatter().string(from: $0.time) } ?? ""
    Swift.print(
      "A previous session ended without saving \(entries.count) change\(entries.count == 1 ? "" : "s") (the last at \(last))."
    )
    let answer: String
    if case .line(let text) = editor.readLine(prompt: "Recover them? [Y/n] ") {
      answer = text
    } else {
      answer = "n"
    }
    let yes = !answer.lowercased().hasPrefix("n")
    if yes {
      autosave.clear()
    } else {
      rename(autosave.path, autosave.path + ".discarded")
      status("Not recovered; they are kept in \(autosave.path).discarded.")
    }
    return yes
  }

  private func runRecovery(_ entries: [JournalEntry]) {
    let result = shell.recover(entries)
    status(
      "recovered \(result.recovered) of \(entries.count) changes"
        + (result.failed > 0 ? " (\(result.failed) could not be re-run)" : ""))
    for line in result.report { status("  " + TerminalText.visible(line)) }
  }

  /// A status line on standard error, unless `-q` silenced them. It may name a file (the
  /// journal's path), so its control characters are made visible as all output's are.
  private func status(_ line: String) {
    guard shell.showsStatus else { return }
    fflush(nil)
    FileHandle.standardError.write(
      Data((TerminalText.visible(line, keeping: shell.style.sequences) + "\n").utf8))
  }

  /// With unsaved changes, asks once whether to save before leaving. Returns false to stay.
  /// A save removes the autosave journal it made redundant. An autosave that failed during
  /// the session is said again here, so it is not missed.
  private func confirmLeaving(
    editor: LineEditor, autosave: AutosaveJournal?, problem: AutosaveProblem?
  ) -> Bool {
    if let problem, shell.hasUnsavedChanges {
      FileHandle.standardError.write(
        Data(
          (shell.style.warning("warning:") + " " + AutosaveMessage.reminder(problem) + "\n").utf8))
    }
    guard shell.hasUnsavedChanges else { return true }
    // A file the save can write: the session's own, or a name no other session has.
    let target = shell.leavingSavePath
    let answer: String
    switch editor.readLine(
      prompt:
        "Save your changes to \(TerminalText.visible(target)) before leaving? "
        + "[Y/n/c to cancel, or type a file name] ")
    {
    case .line(let text): answer = text.trimmingCharacters(in: .whitespaces)
    case .interrupted: return false
    case .endOfInput: answer = "n"
    }
    switch answer.lowercased() {
    case "c", "cancel": return false
    case "n", "no":
      autosave?.clear()
      return true
    case "", "y", "yes":
      guard shell.execute("save " + CommandTokenizer.quote(target)) == .succeeded else {
        return false
      }
    default:
      guard shell.execute("save " + CommandTokenizer.quote(answer)) == .succeeded else {
        return false
      }
    }
    autosave?.clear()
    return true
  }

  /// The prompt with its colour codes marked as zero-width for libedit (`\u{1}` brackets them).
  private func promptText(_ text: String, style: Style) -> String {
    guard style.isEnabled else { return text }
    let name = text.dropLast(2)
    return "\u{1}\u{1B}[1;36m\u{1}\(name)\u{1}\u{1B}[0m\u{1}> "
  }
}
