import CrossCheckCore
import Foundation

extension Shell {
  /// Re-runs journal entries that were never saved (from an autosave journal) on the current
  /// state, each at its recorded time, with its figures re-anchored by quote. Returns how many
  /// ran and the re-anchoring report.
  public func recover(_ entries: [JournalEntry]) -> (recovered: Int, failed: Int, report: [String])
  {
    let clock = now
    isQuiet = true
    defer {
      now = clock
      replayAnchors = nil
      isQuiet = false
    }
    var recovered = 0
    var failed = 0
    var report: [String] = []
    for entry in entries {
      let name = CommandTokenizer.tokenize(entry.command).words.first?.text ?? ""
      guard let type = Shell.commands.first(where: { $0.matches(name) }), type.changesState else {
        continue
      }
      now = { entry.time }
      replayAnchors = entry.anchors
      replayReport = []
      let sources = corpus.sources.map(\.id)
      let status = execute(entry.command)
      if status == .failed && name == "load" && corpus.sources.map(\.id) == sources {
        recovered += 1  // the sources are loaded already (this start loaded them)
      } else if status == .failed {
        failed += 1
      } else {
        recovered += 1
      }
      report += replayReport
    }
    return (recovered, failed, report)
  }
}
