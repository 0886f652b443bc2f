import CrossCheckCore
import CrossCheckTestSupport
import Foundation
import Testing

@testable import CrossCheckShell

/// Ctrl-C during `scan` stops it and leaves the last complete scan (what S1, S2… name) in place;
/// during `export` it stops before anything is written; a listing of figures stops where it is.
@Suite("Interrupted scan and export")
struct InterruptedScanTests {
  @Test func ctrlCDuringAScanKeepsTheLastCompleteScan() throws {
    let recording = RecordingShell()
    let shell = recording.shell!
    recording.run("load " + CommandTokenizer.quote(RecordingShell.corpusPath))
    #expect(recording.run("scan --limit 5") == .succeeded)
    let before = shell.lastScan.map(\.subject)
    #expect(!before.isEmpty)
    let journal = shell.journal.count

    var looks = 0
    shell.isInterrupted = {
      looks += 1
      return looks > 2  // the key is pressed while the sources are being read
    }
    recording.clear()
    #expect(recording.run("scan --limit 50") == .failed)
    #expect(recording.errors.contains("interrupted; the scan stopped"), "\(recording.errors)")
    #expect(recording.output.isEmpty)
    #expect(looks == 3, "the scan stops at the first look after the key")
    #expect(shell.lastScan.map(\.subject) == before)
    #expect(shell.journal.count == journal)
  }

  @Test func ctrlCStopsAListingOfFigures() throws {
    let recording = RecordingShell()
    let shell = recording.shell!
    recording.run("load " + CommandTokenizer.quote(RecordingShell.corpusPath))
    recording.clear()
    #expect(recording.run("figures") == .succeeded)
    let full = recording.output
    #expect(full.contains(" figures"))

    var looks = 0
    var pressedAt = 0
    shell.isInterrupted = {
      looks += 1
      // The key is pressed once the listing has begun.
      if looks > 3 && pressedAt == 0 { pressedAt = looks }
      return pressedAt > 0
    }
    recording.clear()
    #expect(recording.run("figures") == .failed)
    #expect(recording.errors.contains("interrupted; the listing stopped."), "\(recording.errors)")
    #expect(
      recording.errors.components(separatedBy: "interrupted").count == 2, "\(recording.errors)")
    #expect(!recording.output.isEmpty && recording.output.count < full.count / 10)
  }

  /// A listing that does not look for Ctrl-C itself stops at its next line of output.
  @Test func ctrlCStopsAnyListingAtItsNextLine() throws {
    let recording = RecordingShell()
    let shell = recording.shell!
    recording.run("load " + CommandTokenizer.quote(RecordingShell.corpusPath))
    let figures = shell.corpus.sources.flatMap { $0.figures.filter(\.isComparable) }
    for (first, second) in zip(figures, figures.dropFirst()).prefix(40) {
      recording.run("flag \(first.id) \(second.id)")
    }
    recording.clear()
    #expect(recording.run("discrepancies") == .succeeded)
    let full = recording.output
    let revision = shell.session.revision
    let journal = shell.journal.count

    var looks = 0
    shell.isInterrupted = {
      looks += 1
      return looks > 5
    }
    recording.clear()
    #expect(recording.run("discrepancies") == .failed)
    #expect(recording.errors.contains("interrupted; the listing stopped."), "\(recording.errors)")
    #expect(recording.output.count < full.count / 2)
    #expect(shell.session.revision == revision)
    #expect(shell.journal.count == journal)
  }

  @Test func ctrlCBeforeASaveWritesNothing() throws {
    let folder = try TemporaryDirectory()
    let recording = RecordingShell()
    let shell = recording.shell!
    recording.run("load " + CommandTokenizer.quote(RecordingShell.corpusPath))
    shell.isInterrupted = { true }
    #expect(recording.run("save " + CommandTokenizer.quote(folder.path + "/s.json")) == .failed)
    #expect(recording.errors.contains("interrupted; nothing was saved."), "\(recording.errors)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    #expect(shell.hasUnsavedChanges)
    #expect(shell.sessionPath == nil)
  }

  @Test func aScanReportsItsStagesAndStopsWhenAsked() throws {
    var corpus = Corpus()
    _ = corpus.load(RecordingShell.corpusPath)
    let scanner = DiscrepancyScanner(comparator: Comparator())
    var stages: [ScanProgress.Stage] = []
    let full = try scanner.scan(
      corpus.sources, progress: { stages.append($0.stage) }, isCancelled: { false })
    #expect(full.map(\.subject) == scanner.scan(corpus.sources).map(\.subject))
    #expect(stages.first == .reading && stages.last == .comparing)
    // A look before each source, and one as their figures are renumbered.
    #expect(stages.filter { $0 == .reading }.count == corpus.sources.count + 1)

    var asked = 0
    #expect(throws: ScanInterrupted()) {
      try scanner.scan(
        corpus.sources, progress: { _ in },
        isCancelled: {
          asked += 1
          return asked > corpus.sources.count  // once every source is read: while comparing
        })
    }
    #expect(asked == corpus.sources.count + 1)
  }

  @Test func theScanLineNamesItsStage() {
    #expect(
      ProgressMeter.text(verb: "scanning", ScanProgress(stage: .comparing, done: 640, total: 3200))
        == "scanning: comparing figures, 640 of 3200 (20%)")
  }

  @Test func ctrlCDuringAnExportWritesNothing() throws {
    let folder = try TemporaryDirectory()
    let recording = RecordingShell()
    let shell = recording.shell!
    recording.run("load " + CommandTokenizer.quote(RecordingShell.corpusPath))
    #expect(recording.run("flag bl0122:9 il1203:11") == .succeeded)
    #expect(recording.run("flag bl0122:5 bl0123:2") == .succeeded)
    var looks = 0
    shell.isInterrupted = {
      looks += 1
      return looks > 1  // pressed after the first discrepancy
    }
    let path = folder.path + "/report.md"
    recording.clear()
    #expect(recording.run("export markdown " + CommandTokenizer.quote(path)) == .failed)
    #expect(recording.errors.contains("interrupted; no report was written."))
    #expect(!FileManager.default.fileExists(atPath: path))
    shell.isInterrupted = { false }
    #expect(recording.run("export markdown " + CommandTokenizer.quote(path)) == .succeeded)
    #expect(FileManager.default.fileExists(atPath: path))
  }
}
