import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

/// Ctrl-C during `load` stops it between batches of files and leaves the session as it was.
@Suite("Interrupted load")
struct InterruptedLoadTests {
  @Test func ctrlCDuringALoadLeavesTheSessionAsItWas() throws {
    let folder = try TemporaryDirectory()
    for index in 0..<600 {  // several batches of files (at most 256 small files a batch)
      try folder.write(String(format: "many/f%03d.txt", index), "Article \(index) says 5%.\n")
    }
    let single = try folder.write("one.txt", "One article with 3 figures, 4 and 5.\n")
    let recording = RecordingShell()
    let shell = recording.shell!
    recording.run("load " + CommandTokenizer.quote(RecordingShell.corpusPath))
    let before = (shell.corpus.sources.map(\.id), shell.journal.count, shell.corpus.revision)
    // The key is pressed once the first file and the first batch of the folder are in (the
    // load looks before each batch and after each path).
    var looks = 0
    shell.isInterrupted = {
      looks += 1
      return looks > 3
    }
    recording.clear()
    let status = recording.run(
      "load " + CommandTokenizer.quote(single) + " "
        + CommandTokenizer.quote(folder.path + "/many"))
    #expect(status == .failed)
    #expect(recording.errors.contains("interrupted; nothing was loaded."))
    #expect(recording.output.isEmpty)
    #expect(looks == 4)
    #expect(shell.corpus.sources.map(\.id) == before.0)
    #expect(shell.journal.count == before.1)
    #expect(shell.corpus.revision == before.2)

    // Without the key, the same command loads the folder.
    shell.isInterrupted = { false }
    recording.clear()
    #expect(recording.run("load " + CommandTokenizer.quote(folder.path + "/many")) == .succeeded)
    #expect(shell.corpus.sources.count == before.0.count + 600)
  }

  @Test func progressIsDrawnOnlyForALoadThatTakesOverASecond() throws {
    #expect(
      ProgressMeter.text(
        verb: "loading",
        LoadProgress(files: 10, totalFiles: 40, bytes: 5_000_000, totalBytes: 20_000_000),
        seconds: 2) == "loading 10 of 40 files, 5.0 of 20.0 MB, 2.5 MB/s, about 6 s left")
    var meter = ProgressMeter(verb: "loading")
    #expect(
      meter.line(for: LoadProgress(files: 1, totalFiles: 2, bytes: 1, totalBytes: 2)) == nil)
    #expect(!meter.isShowing)
  }
}
