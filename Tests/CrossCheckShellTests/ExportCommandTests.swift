import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

@Suite("The export command")
struct ExportCommandTests {
  static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sessions")

  func exampleShell() -> RecordingShell {
    let shell = RecordingShell()
    shell.run("open " + Self.sessions.appendingPathComponent("frozen-assets.json").path)
    shell.clear()
    return shell
  }

  /// The example reports in Sessions/ are what exporting the example session gives now.
  @Test(arguments: ReportFormat.allCases)
  func theExampleReportsAreCurrent(_ format: ReportFormat) throws {
    let shell = exampleShell()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let name =
      format == .json ? "frozen-assets.report.json" : "frozen-assets.\(format.fileExtension)"
    let out = folder.appendingPathComponent(name).path
    #expect(shell.run("export \(format.rawValue) \(out)") == .succeeded, "\(shell.errors)")
    let fresh = try Data(contentsOf: URL(fileURLWithPath: out))
    let committed = try Data(contentsOf: Self.sessions.appendingPathComponent(name))
    #expect(fresh == committed, "Sessions/\(name) is out of date: run the example script again")
  }

  @Test func printsWithoutAFileAndFilters() {
    let shell = exampleShell()
    #expect(shell.run("export markdown --verdict counting-difference") == .succeeded)
    #expect(shell.output.contains("## D2 — Witkoff's meetings with Putin"))
    #expect(!shell.output.contains("## D1"))
    shell.clear()
    shell.run("export csv --ids D1")
    #expect(shell.output.components(separatedBy: "\r\n").count == 1 + 5 + 1)  // and the end
    shell.clear()
    shell.run("export markdown --tag witkoff")
    #expect(shell.output.contains("Discrepancies: 1"))
    shell.clear()
    #expect(shell.run("export markdown --ids D9") == .failed)
    #expect(shell.errors.contains("there is no D9"))
  }

  @Test func claimReviewsURLIsTheReportURLSettingAndItsAbsenceIsAWarning() {
    let shell = exampleShell()
    // The example session sets one.
    #expect(shell.run("export claimreview") == .succeeded, "\(shell.errors)")
    #expect(
      shell.output.contains("\"url\" : \"https://example.org/fact-checks/frozen-assets.html\""))
    #expect(shell.errors.isEmpty)
    shell.clear()
    #expect(shell.run("set report-url") == .succeeded)
    #expect(shell.status.contains("report-url cleared"))
    shell.clear()
    #expect(shell.run("export claimreview") == .succeeded)
    #expect(shell.errors.contains("warning: the ClaimReview has no 'url', which Google requires"))
    #expect(!shell.output.contains("\"url\" : \"https://example.org"))
    // Other formats need no url.
    shell.clear()
    #expect(shell.run("export json") == .succeeded)
    #expect(shell.errors.isEmpty)
    // Only an http or https address is taken.
    #expect(shell.run("set report-url javascript:alert(1)") == .failed)
    #expect(shell.errors.contains("report-url takes an http or https address"))
    #expect(shell.shell.analysis.settings.reportURL == nil)
  }

  @Test func theTitleSettingTitlesTheReports() {
    let shell = exampleShell()
    #expect(shell.run("set title Assets & visits") == .succeeded)
    shell.clear()
    shell.run("export html")
    #expect(shell.output.contains("<h1>Assets &amp; visits</h1>"))
    shell.clear()
    shell.run("set")
    #expect(shell.output.contains("title        Assets & visits"))
    // Cleared, the first discrepancy's title stands in.
    shell.run("set title")
    shell.clear()
    shell.run("export markdown")
    #expect(shell.output.hasPrefix("# Russia's frozen assets\n"))
  }

  @Test func explainsUnknownFormatsAndNeverOverwrites() throws {
    let shell = exampleShell()
    #expect(shell.run("export htlm") == .failed)
    #expect(shell.errors.contains("did you mean 'html'?"))
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kept-\(UUID().uuidString).md")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data("mine".utf8).write(to: file)
    shell.clear()
    #expect(shell.run("export markdown \(file.path)") == .failed)
    #expect(shell.errors.contains("already exists; add --force"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    #expect(shell.run("export markdown \(file.path) --force") == .succeeded)
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Frozen Russian assets"))
  }

  @Test func completesFormats() {
    let shell = exampleShell()
    #expect(shell.shell.complete("export ht") == Completion(deleteCount: 2, insertion: "html "))
    #expect(shell.shell.complete("export c").alternatives == ["claimreview", "csv"])
    #expect(shell.shell.complete("export csv out.csv --ids D").alternatives == ["D1", "D2"])
  }
}
