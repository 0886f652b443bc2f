import CrossCheckCore
import Foundation
import Testing

@testable import CrossCheckShell

@Suite("The scan command")
struct ScanCommandTests {
  func loadedShell() -> RecordingShell {
    let shell = RecordingShell(width: 100)
    shell.run("load \(RecordingShell.corpusPath)")
    shell.clear()
    return shell
  }

  @Test func printsRankedSuggestionsWithExplanations() {
    let shell = loadedShell()
    #expect(shell.run("scan") == .succeeded)
    #expect(shell.output.hasPrefix("S1  "))
    #expect(shell.output.contains("a count and an ordinal: six before,"))
    #expect(shell.output.contains("“€185 billion”"))
  }

  @Test func printsJSONWithTheDocumentedFields() throws {
    let shell = loadedShell()
    #expect(shell.run("scan --format json --limit 5") == .succeeded)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(shell.output.utf8)) as? [[String: Any]])
    #expect(array.count == 5)
    #expect(array.map { $0["rank"] as? Int } == [1, 2, 3, 4, 5])
    for suggestion in array {
      #expect(suggestion["subject"] is String)
      #expect(suggestion["explanation"] is String)
      let figures = try #require(suggestion["figures"] as? [[String: Any]])
      #expect(figures.count >= 2)
      for figure in figures {
        for key in ["source", "start", "end", "text", "value", "unit"] {
          #expect(figure.keys.contains(key), "missing \(key)")
        }
        #expect((figure["source"] as? String)?.hasSuffix(".txt") == true)
      }
      let reasons = try #require(suggestion["reasons"] as? [String])
      let known = Set(ScanReason.allCases.map(\.rawValue))
      #expect(reasons.allSatisfy(known.contains), "\(reasons)")
      #expect(suggestion["evidence"] is [String])
    }
    #expect(array.contains { ($0["reasons"] as? [String])?.isEmpty == false })
    #expect(array.contains { ($0["evidence"] as? [String])?.isEmpty == false })
  }

  @Test func showsOutletsDatesReasonsAndEvidenceAtThePrompt() {
    let shell = loadedShell()
    #expect(shell.run("scan --limit 5") == .succeeded)
    #expect(shell.output.contains("Bloomberg News · 2026-01-22"))
    #expect(shell.output.contains("reasons: "))
    #expect(shell.output.contains("evidence: "))
    #expect(shell.output.contains("counting_difference — counted differently"))
  }

  @Test func aNarrowTerminalKeepsEverySourceDateWhole() throws {
    let shell = RecordingShell(width: 60)
    shell.run("load \(RecordingShell.corpusPath)")
    shell.clear()
    #expect(shell.run("scan --limit 5") == .succeeded)
    let dates = Set(shell.shell.corpus.sources.compactMap(\.metadata.date))
    let shown = shell.output.split(separator: "\n").filter { $0.contains(" · ") }
    #expect(!shown.isEmpty)
    for line in shown {
      let date = try #require(line.split(separator: " · ").last)
      #expect(dates.contains(String(date)), "cut source line: \(line)")
    }
    let figureLines = shell.output.split(separator: "\n").filter { $0.contains("”") }
    #expect(figureLines.allSatisfy { $0.count <= 60 }, "\(figureLines)")
  }

  @Test func compareNamesTheSameReasons() throws {
    let shell = loadedShell()
    let six = try #require(
      shell.shell.corpus.sources.flatMap(\.figures).first { $0.text == "six" })
    let seventh = try #require(
      shell.shell.corpus.sources.flatMap(\.figures).first { $0.text == "seventh" })
    #expect(shell.run("compare \(six.id) \(seventh.id)") == .succeeded)
    #expect(shell.output.contains("reasons: counting_difference"))
    #expect(shell.output.contains("evidence: "))
  }

  @Test func flagsASuggestionByItsNumber() {
    let shell = loadedShell()
    #expect(shell.run("flag S1") == .failed)
    #expect(shell.errors.contains("run 'scan' first"))
    shell.clear()
    shell.run("scan --limit 3")
    #expect(shell.run("flag S1") == .succeeded)
    #expect(shell.status.contains("flagged D1"))
    let discrepancy = shell.shell.analysis.discrepancies.first
    #expect(discrepancy?.figures.count == shell.shell.lastScan[0].figures.count)
    #expect(discrepancy?.title == shell.shell.lastScan[0].subject)
    #expect(shell.run("flag S9") == .failed)
    #expect(shell.errors.contains("S1–S3"))
  }
}
