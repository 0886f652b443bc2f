import ArgumentParser
import CrossCheckCore

/// `replay FILE [--step] [--verify]`: re-runs a session's journal from an empty state.
struct ReplayCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Re-run a saved session's journal from an empty state against the sources.",
    discussion: """
      --step pauses before each command: Enter runs it, s skips it, q stops. --verify compares \
      the rebuilt state with the saved one and lists every difference; it rebuilds into a scratch \
      session and leaves the open one as it is. Figures flagged in a \
      source whose text changed are found again by their quotes and reported as exact, \
      relocated (old and new offsets) or orphaned. Only CrossCheck's state-changing commands \
      run; anything else in a journal is skipped and reported.
      """)
  static let example = "replay Sessions/frozen-assets.json --verify"
  static let completion = CommandCompletion(
    [.path], options: ["--step": nil, "--verify": nil, "--force": nil, "--trust": nil])

  @Argument(help: "The session file.")
  var file: String
  @Flag(help: "Pause before each command.")
  var step = false
  @Flag(help: "Compare the rebuilt state with the saved one.")
  var verify = false
  @Flag(help: "Discard unsaved changes of the current session.")
  var force = false
  @Flag(help: "Read sources outside the session's folder and the current one without asking.")
  var trust = false

  func execute(in shell: Shell) throws {
    // --verify rebuilds into a scratch session: the open one is not replaced, so its unsaved
    // changes are not at risk.
    let (session, file, sha256) = try shell.readSession(
      self.file, force: force || verify, forceHint: "add --force")
    let outcome = try shell.replay(
      session, from: file, step: step, verify: verify, trusted: trust)
    if !verify, let warning = shell.claimSessionFile(file, sha256: sha256, force: force) {
      shell.warn(warning)
    }
    shell.print(
      "replayed \(outcome.commands) of \(session.journal.count) journal entries from \(file)"
        + (outcome.failures > 0 ? "; \(outcome.failures) failed" : "")
        + (outcome.stopped ? "; stopped at your request" : ""))
    for line in outcome.skipped { shell.warn(line) }
    for line in outcome.anchoring { shell.print("  " + line) }
    guard verify else { return }
    if outcome.differences.isEmpty {
      shell.print("verified: the rebuilt state matches the saved one")
    } else {
      for line in outcome.differences { shell.print("  differs: " + line) }
      throw ShellError(
        "the rebuilt state differs from the saved one in \(outcome.differences.count) way(s), listed above."
      )
    }
  }
}
