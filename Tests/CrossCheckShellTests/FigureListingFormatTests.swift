import Foundation
import Testing

@testable import CrossCheckCore
@testable import CrossCheckShell

/// `figures --format json|jsonl|csv|markdown` writes its rows as it lists them
/// (``FigureRowWriter``): the bytes must be those ``RecordRenderer`` makes of the same rows
/// (JSON through `JSONEncoder`), on every devset article.
@Suite("Figure listings in data formats")
struct FigureListingFormatTests {
  private static let devset = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/devset")

  @Test(arguments: [OutputFormat.jsonl, .json, .csv, .markdown])
  func rowsWrittenAsListedAreThoseOfTheRenderer(format: OutputFormat) throws {
    let recording = RecordingShell()
    for folder in ["news-a", "news-b"] {
      let path = Self.devset.appendingPathComponent(folder + "/articles").path
      #expect(recording.run("load '\(path)'") == .succeeded)
    }
    #expect(recording.run("load '\(RecordingShell.corpusPath)'") == .succeeded)
    let sources = recording.shell.corpus.sources
    let rows = sources.flatMap { source in source.figures.map { ($0, source) } }
    #expect(rows.count > 500)
    let expected = RecordRenderer.render(
      FigureRows.records(rows), as: format, width: 80, style: Style(isEnabled: false))
    recording.clear()
    #expect(recording.run("figures --format \(format.rawValue)") == .succeeded)
    #expect(recording.output == expected)
    #expect(recording.errors.isEmpty)
  }

  /// No figure to list: JSON is an empty array, as the encoder writes one.
  @Test func anEmptyListingIsAnEmptyArray() throws {
    let recording = RecordingShell()
    #expect(recording.run("load '\(RecordingShell.corpusPath)'") == .succeeded)
    recording.clear()
    #expect(recording.run("figures --grep zzzqqq --format json") == .succeeded)
    let expected = RecordRenderer.render(
      FigureRows.records([]), as: .json, width: 80, style: Style(isEnabled: false))
    #expect(recording.output == expected)
    #expect(expected == "[\n\n]\n")
  }
}
