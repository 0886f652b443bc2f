import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

/// The worked example in Sessions/ must keep working: its JSON replays to the same state.
@Suite("The example session")
struct ExampleSessionTests {
  static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sessions")

  @Test func replaysWithVerifyToTheSavedState() {
    let shell = RecordingShell()
    shell.shell.currentFolder = Self.sessions.deletingLastPathComponent().path
    let path = Self.sessions.appendingPathComponent("frozen-assets.json").path
    #expect(shell.run("replay \(path) --verify") == .succeeded, "\(shell.errors)")
    #expect(shell.output.contains("verified: the rebuilt state matches the saved one"))
    #expect(shell.run("replay \(path)") == .succeeded, "\(shell.errors)")
    let discrepancies = shell.shell.analysis.discrepancies
    #expect(discrepancies.map(\.verdict) == ["scope-difference", "counting-difference"])
    #expect(
      discrepancies[0].figures.map(\.quote.exact) == [
        "$300 billion", "€210 billion", "€185 billion", "€200 billion",
        "about $4 billion to $5 billion",
      ])
    #expect(discrepancies[1].figures.map(\.quote.exact) == ["six", "seventh"])
    #expect(discrepancies.allSatisfy { !$0.notes.isEmpty && !$0.tags.isEmpty })
    #expect(shell.shell.analysis.rates.rates.count == 1)
  }

  @Test func theScriptStillProducesTheSameState() throws {
    // Run the batch script into a scratch copy of the folder, then compare with the saved file.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "example-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let root = Self.sessions.deletingLastPathComponent()
    try FileManager.default.createDirectory(
      at: scratch.appendingPathComponent("Sessions"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Corpus"), to: scratch.appendingPathComponent("Corpus"))
    try FileManager.default.copyItem(
      at: Self.sessions.appendingPathComponent("frozen-assets.cc"),
      to: scratch.appendingPathComponent("Sessions/frozen-assets.cc"))
    let shell = RecordingShell()
    #expect(
      shell.run("source " + scratch.appendingPathComponent("Sessions/frozen-assets.cc").path)
        == .succeeded, "\(shell.errors)")
    let fresh = try SessionStore.read(
      scratch.appendingPathComponent("Sessions/frozen-assets.json").path)
    let saved = try SessionStore.read(
      Self.sessions.appendingPathComponent("frozen-assets.json").path)
    #expect(fresh.journal.map(\.command) == saved.journal.map(\.command))
    #expect(fresh.discrepancies.map(\.figures) == saved.discrepancies.map(\.figures))
    #expect(fresh.sources == saved.sources)
  }
}
