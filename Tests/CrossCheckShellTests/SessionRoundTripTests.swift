import Foundation
import Testing

@testable import CrossCheckCore
@testable import CrossCheckShell

/// A session made with every command that changes one: saved, it uses every field of the
/// schema; the direct reader (not JSONDecoder) reads it; opened and saved again, it gives the
/// same bytes.
@Suite("Sessions: every field saved and opened")
struct SessionRoundTripTests {
  /// Every key a JSON value holds, at any depth.
  static func keys(of value: Any) -> Set<String> {
    if let object = value as? [String: Any] {
      return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(of: $1.value)) }
    }
    if let array = value as? [Any] {
      return array.reduce(into: []) { $0.formUnion(keys(of: $1)) }
    }
    return []
  }

  @Test func aSessionOfEveryCommandRoundTrips() throws {
    let workspace = try SessionWorkspace()
    let clock = TestClock()
    let shell = RecordingShell.session(in: workspace, clock: clock)
    let rates = workspace.root + "/eurofxref-hist.csv"
    try workspace.write(
      "Date,USD,GBP,\n2025-12-01,1.1650,0.87825,\n2025-11-28,1.1600,,\n", to: rates)
    try workspace.write(
      #"{"title": "An outlet's story", "outlet": "Outlet", "date": "2025-12-02", "url": "https://example.org/a"}"#,
      to: workspace.corpus + "/bl0123.meta.json")
    let commands = [
      "unload bl0123", "load \(workspace.source("bl0123"))",
      "flag bl0122:9 il1203:11 --title 'Frozen assets'", "flag bl0123:3 il1203:11",
      "note D1 'checked against the ECB figure'",
      "verdicts add misquote 'a quotation was changed or cut'",
      "verdict D1 misquote", "tag D1 money assets", "tag D2 draft", "tag D2 draft --remove",
      "rate EUR USD 1.16 --date 2025-12-03 --source 'ECB reference rate'",
      "rate GBP USD 1.3", "rates import \(rates)", "set tolerance 0.2", "set author 'A. Checker'",
      "set report-date 2026-01-22", "set title 'Checked'", "set report-url https://example.org/r",
      "flag il1203:11 bl0122:9", "unflag D3", "undo", "redo", "unload bl0123 --force",
    ]
    for command in commands {
      clock.advance()
      #expect(shell.run(command) == .succeeded, "\(command): \(shell.errors)")
    }
    let path = workspace.session("every.json")
    #expect(shell.run("save \(path)") == .succeeded, "\(shell.errors)")
    let saved = try workspace.bytes(path)

    let written = Self.keys(of: try JSONSerialization.jsonObject(with: saved))
    let schema: Set<String> = [
      "schemaVersion", "toolVersion", "name", "created", "updated", "sources", "rates", "settings",
      "discrepancies", "nextDiscrepancy", "journal", "unloadedSources",
      "id", "path", "sha256", "metadata", "title", "outlet", "date", "url",
      "base", "quote", "rate", "source",
      "approxTolerance", "customVerdicts", "customVerdictMeanings", "misquote", "reportAuthor",
      "reportDate", "reportTitle", "reportURL",
      "figures", "notes", "verdict", "tags", "time", "text",
      "figure", "sourceSHA256", "position", "start", "end", "exact", "prefix", "suffix",
      "sequence", "command", "outcome", "anchors",
    ]
    #expect(
      written == schema,
      "missing: \(schema.subtracting(written)), new: \(written.subtracting(schema))")
    let direct = try #require(SessionFileReader.read(saved), "the direct reader refused it")
    #expect(direct == (try SessionFile.decodedByFoundation(saved, path: path)))

    let reopened = RecordingShell.session(in: workspace, clock: clock, loaded: false)
    #expect(reopened.run("open \(path)") == .succeeded, "\(reopened.errors)")
    #expect(reopened.shell.analysis == shell.shell.analysis)
    #expect(reopened.shell.journal.map(\.command) == shell.shell.journal.map(\.command))
    #expect(reopened.run("save") == .succeeded, "\(reopened.errors)")
    #expect(try workspace.bytes(path) == saved)
  }
}
