import CrossCheckCore
import Foundation

extension Shell {
  /// What a replay did.
  struct ReplayOutcome {
    var commands = 0
    var failures = 0
    var skipped: [String] = []
    /// Re-anchoring of figures in changed sources: exact, relocated, orphaned.
    var anchoring: [String] = []
    /// With --verify: how the rebuilt state differs from the saved one (empty: identical).
    var differences: [String] = []
    var stopped = false
  }

  /// Re-runs a session's journal from an empty state against the sources as they are now, then
  /// makes the rebuilt session the current one. Only state-changing CrossCheck commands run: a
  /// session file is data, so anything else in its journal is skipped and reported.
  func replay(_ file: SessionFile, from path: String, step: Bool, verify: Bool) throws
    -> ReplayOutcome
  {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var outcome = ReplayOutcome()
    var replayError: String?
    let replayer = Shell(
      style: style,
      output: { [weak self] text in if step { self?.writeRaw(text) } },
      errorOutput: { text in replayError = (replayError ?? "") + text })
    replayer.width = width
    replayer.showsOutput = step
    replayer.isReplaying = true
    var time = file.created
    replayer.now = { time }
    for entry in file.journal {
      let command = JournalPaths.absolute(entry.command, from: folder)
      let name = CommandTokenizer.tokenize(command).words.first?.text ?? ""
      guard let type = Shell.commands.first(where: { $0.matches(name) }), type.changesState else {
        outcome.skipped.append(
          "entry \(entry.sequence): '\(entry.command)' is not a state-changing CrossCheck command; skipped"
        )
        continue
      }
      if step {
        print(style.bold("[\(entry.sequence)/\(file.journal.count)] ") + entry.command)
        guard let answer = ask("Enter runs it, s skips it, q stops the replay: ") else {
          throw ShellError(
            "replay --step needs someone at the prompt to answer; run it interactively, or without --step."
          )
        }
        let choice = answer.trimmingCharacters(in: .whitespaces).lowercased()
        if choice == "q" {
          outcome.stopped = true
          break
        }
        if choice == "s" {
          outcome.skipped.append("entry \(entry.sequence): skipped at your request")
          continue
        }
      }
      time = entry.time
      replayer.replayAnchors = entry.anchors
      replayer.replayReport = []
      replayError = nil
      let status = replayer.execute(command)
      outcome.commands += 1
      outcome.anchoring += replayer.replayReport
      if status == .failed {
        outcome.failures += 1
        let message = (replayError ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
          .replacingOccurrences(of: "\u{1B}[1;31merror:\u{1B}[0m ", with: "").replacingOccurrences(
            of: "error: ", with: "")
        report("journal entry \(entry.sequence) ('\(entry.command)'): \(message)")
      }
    }
    replayer.replayAnchors = nil
    if verify {
      outcome.differences = SessionComparison.differences(
        saved: file, rebuilt: replayer.sessionFile(for: path))
    }
    // The rebuilt session becomes the current one.
    corpus = replayer.corpus
    analysis = replayer.analysis
    journal = replayer.journal
    created = file.created
    updated = replayer.updated ?? file.updated
    sessionName = file.name
    sessionPath = path
    hasUnsavedChanges = !outcome.differences.isEmpty || outcome.stopped || !outcome.skipped.isEmpty
    lastScan = []
    clearHistory()
    return outcome
  }

  /// Writes text as a command's output would be, without a line break added.
  func writeRaw(_ text: String) {
    var text = text
    if text.hasSuffix("\n") { text.removeLast() }
    print(text)
  }
}
