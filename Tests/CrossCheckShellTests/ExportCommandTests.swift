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
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# CrossCheck report"))
  }

  @Test func completesFormats() {
    let shell = exampleShell()
    #expect(shell.shell.complete("export ht") == Completion(deleteCount: 2, insertion: "html "))
    #expect(shell.shell.complete("export c").alternatives == ["claimreview", "csv"])
    #expect(shell.shell.complete("export csv out.csv --ids D").alternatives == ["D1", "D2"])
  }
}
