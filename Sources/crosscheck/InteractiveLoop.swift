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

  func run() {
    InterruptSignal.install()
    if let historyFile {
      try? FileManager.default.createDirectory(
        atPath: (historyFile as NSString).deletingLastPathComponent,
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
    Swift.print(
      style.dim(
        "CrossCheck \(CrossCheckVersion.current). Type 'help' for the commands, Tab to complete, "
          + "Ctrl-D to leave."))
    shell.ask = { question in
      if case .line(let answer) = editor.readLine(prompt: question) { return answer }
      return "q"
    }
    var autosave =
      shell.sessionPath.map { AutosaveJournal(path: AutosaveJournal.path(besideSession: $0)) }
      ?? AutosaveJournal.untitledPath(environment: environment).map(AutosaveJournal.init)
    let unsaved = autosave?.entries() ?? []
    let recover = !unsaved.isEmpty && offerRecovery(of: unsaved, from: autosave!, editor: editor)
    // The autosave gets every journal entry not yet in it: the first change after a start also
    // writes the loads of the command line, so a recovery can rebuild the session from nothing.
    var autosaved = 0
    shell.onJournal = { _ in
      for entry in shell.journal[autosaved...] { autosave?.append(entry) }
      autosaved = shell.journal.count
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
        guard let line = reader.feed(text) else { continue }
        editor.addToHistory(line.text.replacingOccurrences(of: "\\\n", with: " "))
        InterruptSignal.reset()
        let session = shell.sessionPath
        shell.execute(line.text)
        fflush(nil)
        if shell.sessionPath != session, let path = shell.sessionPath {
          // Saved or opened: the autosave now lives beside the session file.
          let previous = autosave
          autosave = AutosaveJournal(path: AutosaveJournal.path(besideSession: path))
          if !shell.hasUnsavedChanges { previous?.clear() }
          if let beside = autosave, session == nil || shell.hasUnsavedChanges == false {
            let pending = beside.entries()
            if !pending.isEmpty && offerRecovery(of: pending, from: beside, editor: editor) {
              runRecovery(pending)
            }
          }
        }
        if !shell.hasUnsavedChanges {
          autosave?.clear()
          autosaved = shell.journal.count
        }
        if shell.exitRequested {
          if confirmLeaving(editor: editor, autosave: autosave) { return }
          shell.cancelExit()
        }
      case .interrupted:
        reader.discard()
      case .endOfInput:
        Swift.print()
        if confirmLeaving(editor: editor, autosave: autosave) { return }
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
      Swift.print("Not recovered; they are kept in \(autosave.path).discarded.")
    }
    return yes
  }

  private func runRecovery(_ entries: [JournalEntry]) {
    let result = shell.recover(entries)
    Swift.print(
      "recovered \(result.recovered) of \(entries.count) changes"
        + (result.failed > 0 ? " (\(result.failed) could not be re-run)" : ""))
    for line in result.report { Swift.print("  " + TerminalText.visible(line)) }
  }

  /// With unsaved changes, asks once whether to save before leaving. Returns false to stay.
  private func confirmLeaving(editor: LineEditor, autosave: AutosaveJournal?) -> Bool {
    guard shell.hasUnsavedChanges else { return true }
    let target = shell.sessionPath ?? "Sessions/\(shell.sessionName).json"
    let answer: String
    switch editor.readLine(
      prompt: "Save your changes to \(target) before leaving? [Y/n/c to cancel] ")
    {
    case .line(let text): answer = text.lowercased()
    case .interrupted: return false
    case .endOfInput: answer = "n"
    }
    if answer.hasPrefix("c") { return false }
    if answer.hasPrefix("n") {
      autosave?.clear()
      return true
    }
    return shell.execute("save") == .succeeded
  }

  /// The prompt with its colour codes marked as zero-width for libedit (`\u{1}` brackets them).
  private func promptText(_ text: String, style: Style) -> String {
    guard style.isEnabled else { return text }
    let name = text.dropLast(2)
    return "\u{1}\u{1B}[1;36m\u{1}\(name)\u{1}\u{1B}[0m\u{1}> "
  }
}
