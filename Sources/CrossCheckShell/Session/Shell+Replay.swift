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

  /// Re-runs a session's journal from an empty state against the sources as they are now, in a
  /// scratch session. With `verify` the scratch session is only compared with the saved one and
  /// the open session is left alone; otherwise the rebuilt session becomes the current one. Only
  /// state-changing CrossCheck commands run: a session file is data, so anything else in its
  /// journal is skipped and reported. Sources from outside the session's folder and the current
  /// one are read only when confirmed (see ``confirmTrust(of:session:trusted:)``).
  func replay(_ file: SessionFile, from path: String, step: Bool, verify: Bool, trusted: Bool)
    throws -> ReplayOutcome
  {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var outcome = ReplayOutcome()
    var replayError: String?
    let replayer = Shell(
      style: style,
      output: { [weak self] text in if step { self?.writeRaw(text) } },
      errorOutput: { text in replayError = (replayError ?? "") + text },
      status: { [weak self] text in if step { self?.forwardStatus(text) } })
    replayer.width = width
    replayer.showsOutput = step
    replayer.isReplaying = true
    replayer.readsPlainArguments = readsPlainArguments
    // The table this run reads (`rates update`), for flags whose journal entry pins no rate.
    replayer.referenceRates = referenceRates
    var time = file.created
    replayer.now = { time }
    for entry in file.journal {
      // Ctrl-C: the rebuilt session is dropped, the open one was never touched.
      if isInterrupted() {
        throw ShellError("interrupted; the replay stopped and the session is as it was.")
      }
      let command = JournalPaths.absolute(entry.command, from: folder)
      let name = CommandTokenizer.firstWord(of: command) ?? ""
      guard let type = Shell.command(named: name), type.changesState else {
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
      replayError = nil
      let (status, anchoring) = replayer.execute(command, replaying: entry.anchors)
      outcome.commands += 1
      outcome.anchoring += anchoring
      if status == .failed {
        outcome.failures += 1
        let message = (replayError ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
          .replacingOccurrences(of: "\u{1B}[1;31merror:\u{1B}[0m ", with: "").replacingOccurrences(
            of: "error: ", with: "")
        report("journal entry \(entry.sequence) ('\(entry.command)'): \(message)")
      } else if let text = replayError {
        // A replayed command's warnings (a journal's rate that this run's table contradicts)
        // reach the analyst too; only its status lines stay quiet.
        let prefix = style.warning("warning:") + " "
        for line in text.split(separator: "\n") where line.hasPrefix(prefix) {
          warn("journal entry \(entry.sequence): " + line.dropFirst(prefix.count))
        }
      }
    }
    try confirmTrust(
      of: replayer.corpus.sources.map(\.canonicalPath), session: path, trusted: trusted)
    if verify {
      outcome.differences = SessionComparison.differences(
        saved: file, rebuilt: replayer.sessionFile(for: path))
      return outcome
    }
    // The rebuilt session becomes the current one.
    session = replayer.session.adopted(
      as: file, from: path, unsaved: outcome.stopped || !outcome.skipped.isEmpty)
    lastScan = []
    return outcome
  }

  /// Writes text as a command's output would be, without a line break added.
  func writeRaw(_ text: String) {
    var text = text
    if text.hasSuffix("\n") { text.removeLast() }
    print(text)
  }
}
