import CrossCheckCore
import Foundation

extension Shell {
  /// Re-runs journal entries that were never saved (from an autosave journal) on the current
  /// state, each at its recorded time, with its figures re-anchored by quote. Entries the
  /// session's journal already holds (the same sequence number, time and command: they were
  /// saved) are skipped, so recovering twice, or after a save, never applies one twice. Returns
  /// how many ran and the re-anchoring report.
  public func recover(_ entries: [JournalEntry]) -> (recovered: Int, failed: Int, report: [String])
  {
    let clock = now
    isQuiet = true
    defer {
      now = clock
      isQuiet = false
    }
    var recovered = 0
    var failed = 0
    var report: [String] = []
    for entry in notInJournal(entries) {
      let name = CommandTokenizer.firstWord(of: entry.command) ?? ""
      guard let type = Shell.command(named: name), type.changesState else {
        continue
      }
      now = { entry.time }
      let sources = corpus.sources.map(\.id)
      let (status, anchoring) = execute(entry.command, replaying: entry.anchors)
      if status == .failed && name == "load" && corpus.sources.map(\.id) == sources {
        recovered += 1  // the sources are loaded already (this start loaded them)
      } else if status == .failed {
        failed += 1
      } else {
        recovered += 1
      }
      report += anchoring
    }
    return (recovered, failed, report)
  }

  /// The entries of an autosave journal that the session's journal does not hold yet: the ones
  /// to offer for recovery.
  public func notInJournal(_ entries: [JournalEntry]) -> [JournalEntry] {
    session.notInJournal(entries)
  }
}
